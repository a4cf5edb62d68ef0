package org.lagebild.model.dossier;

import java.util.List;
import java.util.Objects;

/**
 * Outlets contradicting each other on one point, every side cited.
 *
 * @param topic what the versions are about, e.g. "Truppenstärke an der Grenze"
 * @param kind {@code figure}, {@code date}, {@code name}, {@code attribution}...
 */
public record Discrepancy(String topic, String kind, List<Version> versions) {
  public Discrepancy {
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(kind, "kind");
    versions = Lists.copy(versions);
  }

  /**
   * One side: the span that states it and the value it states.
   *
   * @param value the normalised value ("100000", "2022-01-19"), or {@code null}
   */
  public record Version(String articleId, int start, int end, String text, String value) {
    public Version {
      Objects.requireNonNull(articleId, "articleId");
      Objects.requireNonNull(text, "text");
      Lists.checkOffsets(start, end);
    }
  }
}
