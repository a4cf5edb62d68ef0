package org.lagebild.passages;

import java.util.List;
import org.lagebild.model.dossier.Citation;

/**
 * A passage two articles share: both spans, the word-level similarity of the two wordings (0..1,
 * 1 for identical words), the edits from a to b, and which side carries more words.
 *
 * @param longer {@code "a"}, {@code "b"} or {@code "same"}
 */
public record AlignedPassage(Citation a, Citation b, double similarity, List<PassageEdit> edits,
    String longer) {
  public AlignedPassage {
    edits = List.copyOf(edits);
  }
}
