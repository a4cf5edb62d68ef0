package org.lagebild.model.dossier;

import java.util.Objects;

/**
 * Direct or reported speech.
 *
 * @param text the quoted words without quotation marks
 * @param kind {@code direct} or {@code indirect}
 * @param speaker who said it, or {@code null} when unresolved
 * @param cue the speech verb or phrase ("sagte", "so"), or {@code null}
 * @param groupId shared by the same utterance reported in different articles, or {@code null}
 */
public record Quote(
    String id,
    String articleId,
    int start,
    int end,
    String text,
    String kind,
    Speaker speaker,
    Cue cue,
    String groupId) {

  public Quote {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(text, "text");
    Lists.checkOffsets(start, end);
    Lists.oneOf(kind, "quote kind", "direct", "indirect");
  }

  /**
   * @param entityId id of an entity of the same story, or {@code null} when the speaker is not one
   */
  public record Speaker(String entityId, String name) {
    public Speaker {
      Objects.requireNonNull(name, "name");
    }
  }

  /** The words that introduce the quote, as a span of the same article. */
  public record Cue(int start, int end, String text) {
    public Cue {
      Objects.requireNonNull(text, "text");
      Lists.checkOffsets(start, end);
    }
  }
}
