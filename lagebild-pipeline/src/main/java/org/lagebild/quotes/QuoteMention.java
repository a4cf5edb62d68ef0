package org.lagebild.quotes;

import java.util.Objects;
import org.lagebild.model.Span;

/**
 * One piece of direct or reported speech found in an article, before speakers are linked to the
 * story's entities. Compact on purpose: it outlives the token layer it was found with.
 *
 * @param start start of the quoted or reported words (quotation marks excluded)
 * @param end end of the quoted or reported words
 * @param text the words, without quotation marks (paragraph-opening marks of a quote that runs over
 *     several paragraphs removed too)
 * @param kind {@code direct} or {@code indirect}
 * @param cue the speech verb or attribution phrase ("sagte", "so", "laut", "zufolge"), or {@code null}
 * @param speaker who said it, or {@code null} when nobody could be named (also a report whose cue's
 *     phrase cannot speak, "ein härteres Vorgehen fordert, dass …", and nobody else is named)
 */
public record QuoteMention(int start, int end, String text, String kind, Span cue, Speaker speaker) {

  public static final String DIRECT = "direct";
  public static final String INDIRECT = "indirect";

  public QuoteMention {
    new Span(start, end);
    Objects.requireNonNull(text, "text");
    if (!DIRECT.equals(kind) && !INDIRECT.equals(kind)) {
      throw new IllegalArgumentException("kind must be direct or indirect, was " + kind);
    }
  }

  public Span span() {
    return new Span(start, end);
  }

  /**
   * The speaker as the article names or describes it.
   *
   * @param name the name as written ("Hansen"), or the description of an unnamed speaker ("ein
   *     hochrangiger Beamter des US-Außenministeriums")
   * @param mention the span of the name this speaker was resolved to (the antecedent for pronouns and
   *     role phrases), or {@code null} for an unnamed speaker
   * @param phrase the words at the cue that refer to the speaker ("er", "der Beamte", "Hansen"), or
   *     {@code null} when the speaker is carried over from the previous quote
   * @param via how it was resolved: {@code name}, {@code role}, {@code pronoun}, {@code previous},
   *     {@code repeated} (a heading quote takes the speaker of the later quote repeating it),
   *     {@code description}, {@code ranked} (chosen by {@link SpeakerRanker} instead of the rules)
   */
  public record Speaker(String name, Span mention, Span phrase, String via) {
    public Speaker {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(via, "via");
    }
  }
}
