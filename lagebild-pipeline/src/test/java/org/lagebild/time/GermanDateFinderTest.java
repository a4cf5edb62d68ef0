package org.lagebild.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.lagebild.time.DateEvidence.FullDate;
import org.lagebild.time.DateEvidence.PartialDate;
import org.lagebild.time.DateEvidence.Tense;
import org.lagebild.time.DateEvidence.WeekdayMention;

class GermanDateFinderTest {

  @Test
  void namedMonthDatesWithAndWithoutTime() {
    String text = "19. Januar 2022, 19:14 Uhr\n\nAm 3. Jän. 2021 und am 5. Sept. 2020 um 8.30 Uhr.";
    var fulls = GermanDateFinder.find(text).fullDates();
    assertThat(fulls).extracting(FullDate::value)
        .containsExactly("2022-01-19T19:14", "2021-01-03", "2020-09-05T08:30");
    assertThat(fulls.get(0).text()).isEqualTo("19. Januar 2022, 19:14 Uhr");
    assertThat(fulls.get(1).text()).isEqualTo("3. Jän. 2021");
  }

  @Test
  void numericAndIsoDates() {
    var fulls = GermanDateFinder.find("Stand: 03.03.2021. Erfasst 2022-01-19T07:05:00 und 2021-12-31.").fullDates();
    assertThat(fulls).extracting(FullDate::date)
        .containsExactly(LocalDate.of(2021, 3, 3), LocalDate.of(2022, 1, 19), LocalDate.of(2021, 12, 31));
    assertThat(fulls.get(1).time()).isEqualTo(LocalTime.of(7, 5));
  }

  @Test
  void impossibleDatesAreIgnored() {
    var evidence = GermanDateFinder.find("31.12.9999 00.00.0000 2022-13-45 am 31. Februar 2021");
    assertThat(evidence.fullDates()).isEmpty();
    assertThat(evidence.partialDates()).isEmpty();
  }

  @Test
  void partialDatesAndYears() {
    var evidence = GermanDateFinder.find("Er kommt am 20. Januar. Im März 2021 war das anders. Seit 2014 gilt es, 1000 Gäste.");
    assertThat(evidence.partialDates()).extracting(PartialDate::day, PartialDate::month, PartialDate::year)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(20, 1, null),
            org.assertj.core.groups.Tuple.tuple(null, 3, 2021));
    assertThat(evidence.years()).extracting(DateEvidence.YearMention::year).containsExactly(2014);
  }

  @Test
  void weekdayNextToADateIsKeptWithTheDate() {
    var evidence = GermanDateFinder.find("Das Treffen ist am Donnerstag, 20. Januar geplant.");
    assertThat(evidence.partialDates()).singleElement()
        .satisfies(p -> assertThat(p.statedWeekday()).isEqualTo(DayOfWeek.THURSDAY));
    assertThat(evidence.weekdays()).isEmpty();
  }

  @Test
  void weekdayTenseFromItsSentence() {
    String text = "Blinken wird am Mittwoch Kiew besuchen. Lawrow sagte am Dienstag, es gebe Hoffnung. "
        + "Die am Donnerstag geplanten Gespräche. Seit Montag üben Truppen. Am kommenden Freitag beginnt es. "
        + "Stoltenberg erklärte am Dienstagabend, man sei bereit. Am Sonntag regnet es.";
    assertThat(GermanDateFinder.find(text).weekdays())
        .extracting(WeekdayMention::day, WeekdayMention::tense)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(DayOfWeek.WEDNESDAY, Tense.FUTURE),
            org.assertj.core.groups.Tuple.tuple(DayOfWeek.TUESDAY, Tense.PAST),
            org.assertj.core.groups.Tuple.tuple(DayOfWeek.THURSDAY, Tense.FUTURE),
            org.assertj.core.groups.Tuple.tuple(DayOfWeek.MONDAY, Tense.PAST),
            org.assertj.core.groups.Tuple.tuple(DayOfWeek.FRIDAY, Tense.FUTURE),
            org.assertj.core.groups.Tuple.tuple(DayOfWeek.TUESDAY, Tense.PAST),
            org.assertj.core.groups.Tuple.tuple(DayOfWeek.SUNDAY, Tense.UNKNOWN));
  }

  @Test
  void habitualWeekdaysAreNoMentions() {
    assertThat(GermanDateFinder.find("Der Markt ist montags geschlossen.").weekdays()).isEmpty();
  }

  @Test
  void relativeWords() {
    var relatives = GermanDateFinder.find("Heute tagt der Rat, gestern sprach er. Am Vortag war es ruhig. Am Morgen regnete es.").relatives();
    assertThat(relatives).extracting(DateEvidence.RelativeMention::text, DateEvidence.RelativeMention::offsetDays,
            DateEvidence.RelativeMention::fromPublication)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Heute", 0, true),
            org.assertj.core.groups.Tuple.tuple("gestern", -1, true),
            org.assertj.core.groups.Tuple.tuple("Am Vortag", -1, false));
  }

  @Test
  void ordinalsDoNotEndSentences() {
    int[] starts = GermanDateFinder.sentenceStarts("Am 19. Januar kam er. Dann ging er.");
    assertThat(starts).containsExactly(0, 22);
  }

  @Test
  void spansPointAtTheirText() {
    String text = "Berlin, 3. März 2021 – Am Mittwoch, 20. Januar, sagte er heute: seit 2014.";
    var e = GermanDateFinder.find(text);
    e.fullDates().forEach(d -> assertThat(text.substring(d.start(), d.end())).isEqualTo(d.text()));
    e.partialDates().forEach(d -> assertThat(text.substring(d.start(), d.end())).isEqualTo(d.text()));
    e.relatives().forEach(d -> assertThat(text.substring(d.start(), d.end())).isEqualTo(d.text()));
    e.years().forEach(y -> assertThat(text.substring(y.start(), y.end())).isEqualTo(String.valueOf(y.year())));
  }
}
