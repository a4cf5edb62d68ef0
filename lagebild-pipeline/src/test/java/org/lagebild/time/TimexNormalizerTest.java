package org.lagebild.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lagebild.time.DateEvidence.Tense;
import org.lagebild.time.TimexNormalizer.Normalized;

class TimexNormalizerTest {

  private static TimexCandidate candidate(String pattern, Tense tense) {
    return new TimexCandidate(0, 1, "x", "DATE", pattern, tense, false);
  }

  @Test
  void sameCandidatesGiveNewValuesWithANewAnchor() {
    List<TimexCandidate> found = GermanTimexTagger.tag("Blinken wird am Mittwoch Kiew besuchen.");
    Normalized monday = TimexNormalizer.normalize(found, TimexDocumentType.NEWS, LocalDate.of(2022, 1, 17)).get(0);
    Normalized thursday = TimexNormalizer.normalize(found, TimexDocumentType.NEWS, LocalDate.of(2022, 1, 20)).get(0);
    assertThat(monday.value()).isEqualTo("2022-01-19");
    assertThat(monday.anchor()).isEqualTo("2022-01-17");
    assertThat(thursday.value()).isEqualTo("2022-01-26");
  }

  @Test
  void unknownPublicationDateLeavesDeicticValuesOpen() {
    List<Normalized> values = TimexNormalizer.normalize(
        List.of(candidate("UNDEF-weekday-3", Tense.PAST), candidate("P2W", Tense.UNKNOWN)),
        TimexDocumentType.NEWS, null);
    assertThat(values).extracting(Normalized::value).containsExactly(null, "P2W");
  }

  @Test
  void weekdayArithmetic() {
    LocalDate wednesday = LocalDate.of(2022, 1, 19);
    assertThat(TimexNormalizer.weekday(wednesday, 3, Tense.PAST, false)).isEqualTo(wednesday);
    assertThat(TimexNormalizer.weekday(wednesday, 3, Tense.PAST, true)).isEqualTo(LocalDate.of(2022, 1, 12));
    assertThat(TimexNormalizer.weekday(wednesday, 3, Tense.FUTURE, true)).isEqualTo(LocalDate.of(2022, 1, 26));
    assertThat(TimexNormalizer.weekday(wednesday, 7, Tense.UNKNOWN, false)).isEqualTo(LocalDate.of(2022, 1, 16));
    assertThat(TimexNormalizer.weekday(wednesday, 6, Tense.UNKNOWN, false)).isEqualTo(LocalDate.of(2022, 1, 22));
  }

  @Test
  void yearsBeforeChristCountAcrossZero() {
    assertThat(TimexNormalizer.yearText(0)).isEqualTo("BC0001");
    assertThat(TimexNormalizer.yearText(-489)).isEqualTo("BC0490");
    assertThat(TimexNormalizer.yearText(1939)).isEqualTo("1939");
  }

  @Test
  void anImpossibleValueStaysUnresolvedInsteadOfFailing() {
    List<Normalized> values = TimexNormalizer.normalize(
        List.of(candidate("UNDEF-year-02-30", Tense.UNKNOWN)), TimexDocumentType.NEWS, LocalDate.of(2022, 1, 19));
    assertThat(values).hasSize(1);
  }
}
