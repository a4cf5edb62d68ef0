package org.lagebild.model;

/**
 * A named-entity mention found in one article.
 *
 * @param type {@code PER}, {@code ORG}, {@code LOC} or {@code MISC}
 */
public record EntityMention(int start, int end, String text, String type) {
  public EntityMention {
    new Span(start, end);
  }

  public Span span() {
    return new Span(start, end);
  }
}
