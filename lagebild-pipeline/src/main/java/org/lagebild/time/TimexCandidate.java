package org.lagebild.time;

import org.lagebild.time.DateEvidence.Tense;

/**
 * A temporal expression as found, before it is anchored: its span, TIMEX3 type and an unresolved
 * value. Kept unresolved so a story can normalise it again when its publication date changes.
 *
 * <p>{@code pattern} is either a final TIMEX3 value ({@code 1939-09-01}, {@code P2W}, {@code
 * PAST_REF}, {@code XXXX-WXX-1}) or one of these, resolved by {@link TimexNormalizer}:
 *
 * <ul>
 *   <li>{@code UNDEF-year-MM-DD}, {@code UNDEF-year-MM}, {@code UNDEF-year-SP}: the year is missing
 *       ("am 21. Januar", "im März", "im Frühjahr");
 *   <li>{@code UNDEF-cent-YY-MM-DD}: a two-digit year ("1.9.39");
 *   <li>{@code UNDEF-weekday-N}: weekday N (ISO, 1 = Monday), past or future by tense;
 *   <li>{@code UNDEF-REL-unit±N}: N days, weeks, months or years from the speaker's now ("gestern",
 *       "vor zwei Wochen", "letzte Woche"): the publication date in news;
 *   <li>{@code UNDEF-ANA-unit±N}: from the last date the text mentioned ("am Tag darauf", "zwei Jahre
 *       später");
 *   <li>{@code UNDEF-today}: "heute", the publication day in news, {@code PRESENT_REF} in narratives;
 *   <li>{@code UNDEF-time-Thh:mm}: a clock time on the day in focus.
 * </ul>
 *
 * Any of them may end in a part of day or clock time ({@code TEV}, {@code T14:00}).
 *
 * @param type {@code DATE}, {@code TIME}, {@code DURATION} or {@code SET}
 * @param tense the tense cue of the sentence, used to send weekdays and dates to past or future
 * @param aside in parentheses or after "seit": it does not move a narrative's current date
 */
public record TimexCandidate(
    int start, int end, String text, String type, String pattern, Tense tense, boolean aside) {

  /** Whether the value still depends on an anchor date. */
  public boolean anchored() {
    return pattern.startsWith("UNDEF");
  }
}
