package org.lagebild.model;

/**
 * A half-open character range {@code [start, end)} into an article's text, as Java {@code String}
 * indices. Validated on construction so that no annotation can point outside the range it claims.
 */
public record Span(int start, int end) implements Comparable<Span> {

  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
    }
  }

  public int length() {
    return end - start;
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** The covered text; fails loudly if the span does not fit the text. */
  public String of(CharSequence text) {
    if (end > text.length()) {
      throw new IllegalArgumentException(this + " lies outside a text of length " + text.length());
    }
    return text.subSequence(start, end).toString();
  }

  @Override
  public int compareTo(Span o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }
}
