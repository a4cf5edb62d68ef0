package org.lagebild.model.dossier;

import java.util.List;
import java.util.Objects;

/**
 * A passage two articles share (wire copy), with the similarity of the two wordings (0..1). The
 * later fields are optional extras ({@code null} or empty when unknown): what the two articles are
 * to each other as a whole, which carries more text, and the edits from a's wording to b's.
 *
 * @param kind {@code exact} (the two articles are the same text), {@code near} (near-duplicates)
 *     or {@code shared} (they share passages only), or {@code null}
 * @param carriesMore the id of the article with more text of its own, or {@code null} when equal
 *     or unknown
 * @param edits word-level differences from {@code a} to {@code b}, offsets into each article
 */
public record SharedPassage(Citation a, Citation b, double similarity, String kind,
    String carriesMore, List<Edit> edits) {

  public static final List<String> KINDS = List.of("exact", "near", "shared");

  public SharedPassage {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    if (kind != null) {
      Lists.oneOf(kind, "kind", KINDS.toArray(String[]::new));
    }
    edits = Lists.copy(edits);
  }

  /** The passage without the optional extras. */
  public SharedPassage(Citation a, Citation b, double similarity) {
    this(a, b, similarity, null, null, List.of());
  }

  /**
   * Words of a replaced by words of b; an empty side is an insertion or a deletion (its span is
   * the empty position where the words would stand).
   */
  public record Edit(int aStart, int aEnd, String aText, int bStart, int bEnd, String bText) {
    public Edit {
      Lists.checkOffsets(aStart, aEnd);
      Lists.checkOffsets(bStart, bEnd);
      aText = aText == null ? "" : aText;
      bText = bText == null ? "" : bText;
    }
  }
}
