package org.lagebild.model.dossier;

import java.util.List;
import java.util.Objects;

/**
 * An article of a story that repeats another one whole, so that it does not count as a second
 * report: outlet counts of a story should count {@code duplicateOf} once.
 *
 * @param articleId the copy
 * @param duplicateOf the article it repeats (the earlier or fuller one)
 * @param kind {@code exact} or {@code near}
 */
public record ArticleCopy(String articleId, String duplicateOf, String kind) {

  public static final List<String> KINDS = List.of("exact", "near");

  public ArticleCopy {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(duplicateOf, "duplicateOf");
    Lists.oneOf(kind, "kind", KINDS.toArray(String[]::new));
  }
}
