/**
 * Discrepancies between the articles of a story: differing figures (German numerals, number words
 * and vague quantities such as "Zehntausende" understood as ranges), differing days for the same
 * event, one quote attributed to different speakers, and differing spellings of one name. Needs the
 * story's documents (sentences and debris layers are used when present) and, for attributions and
 * names, the story's quotes and entities; every version is cited.
 */
package org.lagebild.discrepancies;
