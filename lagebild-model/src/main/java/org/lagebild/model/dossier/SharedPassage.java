package org.lagebild.model.dossier;

import java.util.Objects;

/** A passage two articles share (wire copy), with the similarity of the two wordings (0..1). */
public record SharedPassage(Citation a, Citation b, double similarity) {
  public SharedPassage {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
  }
}
