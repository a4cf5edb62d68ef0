package org.lagebild.passages;

/**
 * One difference between two aligned passages: words of {@code a} replaced by words of {@code b}
 * (either side may be empty: an insertion or a deletion). Offsets are into each article's text.
 */
public record PassageEdit(int aStart, int aEnd, String aText, int bStart, int bEnd, String bText) {

  /** {@code insert}, {@code delete} or {@code replace}, seen from a to b. */
  public String kind() {
    return aText.isEmpty() ? "insert" : bText.isEmpty() ? "delete" : "replace";
  }
}
