package org.lagebild.ingest;

import org.lagebild.model.Article;
import org.lagebild.model.Rejection;

/**
 * Receives what {@link ArticleReader} finds, one item at a time, so that large inputs never have to
 * be held in memory. Called on the reading thread, in input order.
 */
public interface IngestSink {

  /** An article that was read, with an id unique within this read. */
  void article(Article article);

  /** An input (file or record) that could not be read, with the reason. */
  void rejected(Rejection rejection);
}
