package org.lagebild.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * What an article's text says about dates, with character offsets into the article text: full
 * dates, partial dates, bare years, weekday mentions and relative words, each with the tense cue
 * of its sentence, and the dates written into the addresses of pages it links to. The publication
 * date inferrers read it; nothing here is resolved yet.
 */
public record DateEvidence(
    List<FullDate> fullDates,
    List<PartialDate> partialDates,
    List<YearMention> years,
    List<WeekdayMention> weekdays,
    List<RelativeMention> relatives,
    List<LinkedDate> linkedDates) {

  public static final DateEvidence EMPTY =
      new DateEvidence(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

  public DateEvidence {
    fullDates = List.copyOf(fullDates);
    partialDates = List.copyOf(partialDates);
    years = List.copyOf(years);
    weekdays = List.copyOf(weekdays);
    relatives = List.copyOf(relatives);
    linkedDates = List.copyOf(linkedDates);
  }

  /** Evidence from the prose alone, without linked addresses. */
  public DateEvidence(
      List<FullDate> fullDates,
      List<PartialDate> partialDates,
      List<YearMention> years,
      List<WeekdayMention> weekdays,
      List<RelativeMention> relatives) {
    this(fullDates, partialDates, years, weekdays, relatives, List.of());
  }

  /** The same evidence with the dates of linked addresses. */
  public DateEvidence withLinkedDates(List<LinkedDate> linked) {
    return new DateEvidence(fullDates, partialDates, years, weekdays, relatives, linked);
  }

  /**
   * The newest date of a page the article links to: the article cannot be older than a page it
   * cites, so this is a lower bound on its publication day.
   */
  public java.util.Optional<LocalDate> notBefore() {
    return linkedDates.stream().map(LinkedDate::date).max(LocalDate::compareTo);
  }

  /** Whether the sentence around a mention speaks of the past, the future, or gives no cue. */
  public enum Tense {
    PAST,
    FUTURE,
    UNKNOWN
  }

  /**
   * A calendar date with year ("19. Januar 2022", "03.03.2021", "2022-01-19"), with its time of day
   * when one follows ("19:14 Uhr").
   *
   * @param time time of day, or {@code null}
   * @param statedWeekday the weekday written next to it ("Donnerstag, 20. Januar 2022"), or {@code null}
   */
  public record FullDate(
      int start, int end, String text, LocalDate date, LocalTime time, DayOfWeek statedWeekday, Tense tense) {

    /** ISO 8601: the date, or the date-time when a time was given. */
    public String value() {
      return time == null ? date.toString() : date.atTime(time).toString();
    }

    /** False when a stated weekday contradicts the calendar: a typo or a misread date. */
    public boolean weekdayAgrees() {
      return statedWeekday == null || statedWeekday == date.getDayOfWeek();
    }
  }

  /**
   * A date missing a part: day and month without year ("20. Januar", {@code year} null) or month and
   * year without day ("Januar 2022", {@code day} null).
   */
  public record PartialDate(
      int start, int end, String text, Integer day, int month, Integer year, DayOfWeek statedWeekday,
      Tense tense) {}

  /** A bare year ("seit 2014"). */
  public record YearMention(int start, int end, int year) {}

  /** A weekday not attached to a date ("am Mittwoch", "Dienstagabend"). */
  public record WeekdayMention(int start, int end, String text, DayOfWeek day, Tense tense) {}

  /**
   * A relative day word: {@code heute} (0), {@code gestern} (-1), {@code morgen} (+1)... counted
   * from the publication date when {@code fromPublication}, otherwise from an event the text names
   * ("am Vortag").
   */
  public record RelativeMention(
      int start, int end, String text, int offsetDays, boolean fromPublication, Tense tense) {}

  /**
   * A date in the address of a linked page ({@code https://example.org/politik/2021-03-04/bericht},
   * {@code .../2021/03/04/...}); the span covers the date inside the address.
   */
  public record LinkedDate(int start, int end, LocalDate date) {}
}
