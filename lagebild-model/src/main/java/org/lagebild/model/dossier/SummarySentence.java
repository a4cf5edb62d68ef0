package org.lagebild.model.dossier;

import java.util.List;
import java.util.Objects;

/** One summary sentence and the source spans it rests on (never empty in a finished summary). */
public record SummarySentence(String text, List<Citation> citations) {
  public SummarySentence {
    Objects.requireNonNull(text, "text");
    citations = Lists.copy(citations);
  }
}
