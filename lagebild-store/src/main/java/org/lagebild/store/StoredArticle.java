package org.lagebild.store;

import java.util.Objects;
import org.lagebild.model.Article;

/**
 * An article as kept by the store.
 *
 * @param contentHash SHA-256 of the text (hex); the same text under another id is a duplicate
 * @param sequence ingest order, increasing; a replaced article gets a new one
 */
public record StoredArticle(Article article, String contentHash, long sequence) {
  public StoredArticle {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(contentHash, "contentHash");
  }
}
