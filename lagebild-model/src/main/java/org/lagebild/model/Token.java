package org.lagebild.model;

/**
 * A token with its part of speech (Universal Dependencies UPOS) and lemma.
 *
 * @param sentence index of the sentence it belongs to
 */
public record Token(int start, int end, String text, String pos, String lemma, int sentence) {
  public Token {
    new Span(start, end);
  }

  public Span span() {
    return new Span(start, end);
  }
}
