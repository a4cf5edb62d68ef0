package org.lagebild.store;

import java.util.Objects;

/**
 * The stored per-article analysis: an opaque encoding (the server decides what it holds, {@code
 * format} says which encoding) valid for the article text with {@code contentHash}.
 */
public record ArticleAnalysis(String articleId, String contentHash, int format, byte[] data) {
  public ArticleAnalysis {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(contentHash, "contentHash");
    Objects.requireNonNull(data, "data");
  }
}
