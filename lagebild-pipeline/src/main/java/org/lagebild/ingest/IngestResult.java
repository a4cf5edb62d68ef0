package org.lagebild.ingest;

import java.util.List;
import org.lagebild.model.Article;
import org.lagebild.model.Rejection;

/** Everything one {@link ArticleReader#readAll} found: articles and rejections, in input order. */
public record IngestResult(List<Article> articles, List<Rejection> rejected) {

  public IngestResult {
    articles = List.copyOf(articles);
    rejected = List.copyOf(rejected);
  }
}
