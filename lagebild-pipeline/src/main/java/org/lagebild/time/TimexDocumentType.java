package org.lagebild.time;

/**
 * How relative expressions are anchored. News speaks from its publication date and tense decides
 * whether "am Freitag" is past or coming; a narrative (history, Wikipedia) moves its own time
 * along, so "zwei Tage später" and "im März" count from the last date the text mentioned.
 */
public enum TimexDocumentType {
  NEWS,
  NARRATIVE
}
