package org.lagebild.passages;

/**
 * How much two articles share: the part of each one's words inside shared passages, what kind of
 * copy that is, and which article carries more of its own text.
 *
 * @param coverageA share of a's sentence words inside shared passages (0..1)
 * @param coverageB the same for b
 * @param kind {@link Kind#EXACT_DUPLICATE}, {@link Kind#NEAR_DUPLICATE} or {@link Kind#SHARED_PASSAGES}
 * @param carriesMore the id of the article with more words of its own outside the shared passages
 *     (the fuller version), or {@code null} when both carry the same
 */
public record ArticleOverlap(String a, String b, double coverageA, double coverageB, Kind kind,
    String carriesMore) {

  /** Exact duplicates and near-duplicates count as one outlet's report, not two. */
  public enum Kind { EXACT_DUPLICATE, NEAR_DUPLICATE, SHARED_PASSAGES }

  public boolean duplicate() {
    return kind != Kind.SHARED_PASSAGES;
  }
}
