package org.lagebild.model;

/** A sentence as a span of the article text. */
public record Sentence(int start, int end) {
  public Sentence {
    new Span(start, end);
  }

  public Span span() {
    return new Span(start, end);
  }
}
