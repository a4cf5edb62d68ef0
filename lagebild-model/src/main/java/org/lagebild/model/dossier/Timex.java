package org.lagebild.model.dossier;

import java.util.Objects;

/**
 * A temporal expression with its TIMEX3 value, normalised against the article's publication date.
 *
 * @param type {@code DATE}, {@code TIME}, {@code DURATION} or {@code SET}
 * @param value TIMEX3 value ({@code 2022-01-19}, {@code P2Y}, {@code PAST_REF}), or {@code null}
 * @param anchor the date a relative expression was counted from ("am Mittwoch" from the publication
 *     date), or {@code null} for absolute ones
 */
public record Timex(
    String articleId, int start, int end, String text, String type, String value, String anchor) {
  public Timex {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(text, "text");
    Lists.checkOffsets(start, end);
    Lists.oneOf(type, "timex type", "DATE", "TIME", "DURATION", "SET");
  }

  /** An expression whose value needed no anchor. */
  public Timex(String articleId, int start, int end, String text, String type, String value) {
    this(articleId, start, end, text, type, value, null);
  }
}
