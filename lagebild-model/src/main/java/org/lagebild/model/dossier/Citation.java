package org.lagebild.model.dossier;

import java.util.Objects;

/** A span of one article that supports a claim: {@code [start, end)} into that article's text. */
public record Citation(String articleId, int start, int end) {
  public Citation {
    Objects.requireNonNull(articleId, "articleId");
    Lists.checkOffsets(start, end);
  }
}
