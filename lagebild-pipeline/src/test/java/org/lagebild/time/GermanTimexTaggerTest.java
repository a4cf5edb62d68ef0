package org.lagebild.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lagebild.time.DateEvidence.Tense;

/** One short invented sentence per rule, normalised as news against Wednesday, 19 January 2022. */
class GermanTimexTaggerTest {

  private static final LocalDate WEDNESDAY = LocalDate.of(2022, 1, 19);

  private static List<String> news(String text) {
    return TimexNormalizer.normalize(GermanTimexTagger.tag(text), TimexDocumentType.NEWS, WEDNESDAY).stream()
        .map(n -> n.candidate().text() + "=" + n.value())
        .toList();
  }

  private static List<String> narrative(String text) {
    return TimexNormalizer.normalize(GermanTimexTagger.tag(text), TimexDocumentType.NARRATIVE, WEDNESDAY).stream()
        .map(n -> n.candidate().text() + "=" + n.value())
        .toList();
  }

  @Test
  void weekdaysGoToThePastOrTheFutureByTense() {
    assertThat(news("Der Minister traf am Montag seinen Amtskollegen.")).containsExactly("Montag=2022-01-17");
    assertThat(news("Der Minister wird am Freitag nach Genf reisen.")).containsExactly("Freitag=2022-01-21");
    // A future weekday earlier in the week than the report lies in the next week.
    assertThat(news("Die Gespräche sollen am Dienstag fortgesetzt werden.")).containsExactly("Dienstag=2022-01-25");
    assertThat(news("Die Polizei meldete am Freitag einen Anstieg.")).containsExactly("Freitag=2022-01-14");
  }

  @Test
  void weekdayModifiersOverrideTense() {
    assertThat(news("Er kam am kommenden Montag.")).containsExactly("kommenden Montag=2022-01-24");
    assertThat(news("Sie wird wie am vergangenen Freitag sprechen.")).containsExactly("vergangenen Freitag=2022-01-14");
    assertThat(news("An diesem Freitag endet die Frist.")).containsExactly("diesem Freitag=2022-01-21");
  }

  @Test
  void weekdaysWithPartOfDay() {
    assertThat(news("Er landete am Dienstagabend in Kiew.")).containsExactly("Dienstagabend=2022-01-18TEV");
    assertThat(news("Die Krawalle in der Nacht zu Sonntag waren heftig.")).containsExactly("Nacht zu Sonntag=2022-01-15TNI");
    assertThat(news("Wir sprechen heute Abend darüber.")).containsExactly("heute Abend=2022-01-19TEV");
  }

  @Test
  void deicticDaysAndWeeks() {
    assertThat(news("Gestern sagte er ab, heute kommt er, morgen reist er.")).containsExactly(
        "Gestern=2022-01-18", "heute=2022-01-19", "morgen=2022-01-20");
    assertThat(news("Die Gespräche endeten letzte Woche ohne Ergebnis.")).containsExactly("letzte Woche=2022-W02");
    assertThat(news("Das Treffen ist für nächste Woche geplant.")).containsExactly("nächste Woche=2022-W04");
    assertThat(news("Der Streit begann vor zwei Wochen.")).containsExactly("vor zwei Wochen=2022-W01");
    assertThat(news("Er war vor drei Tagen in Berlin.")).containsExactly("vor drei Tagen=2022-01-16");
    assertThat(news("Die Frist endet in zwei Monaten.")).containsExactly("in zwei Monaten=2022-03");
    assertThat(news("Die Lage hat sich in dieser Woche verschärft.")).containsExactly("dieser Woche=2022-W03");
    assertThat(news("Schon Anfang der Woche kamen die Ersten.")).containsExactly("Anfang der Woche=2022-W03");
  }

  @Test
  void weekendsLookBackUnlessAnnounced() {
    assertThat(news("Die Krawalle vom Wochenende werden aufgearbeitet.")).containsExactly("Wochenende=2022-W02-WE");
    assertThat(news("Am Wochenende wird gewählt.")).containsExactly("Wochenende=2022-W03-WE");
  }

  @Test
  void calendarDatesWithAndWithoutYear() {
    assertThat(news("Das Abkommen wurde am 3. März 2021 unterzeichnet.")).containsExactly("3. März 2021=2021-03-03");
    assertThat(news("Am 21. Januar wird er Lawrow treffen.")).containsExactly("21. Januar=2022-01-21");
    // Past tense sends a later day-month to the previous year.
    assertThat(news("Am 15. Dezember legte Russland Entwürfe vor.")).containsExactly("15. Dezember=2021-12-15");
    // A future cue of the main clause does not send a recent past day a year ahead.
    assertThat(news("Es wird über die am 15. Dezember vorgelegten Entwürfe gesprochen."))
        .containsExactly("15. Dezember=2021-12-15");
    assertThat(news("Er kam im Januar oder Februar.")).containsExactly("Januar=2022-01", "Februar=2021-02");
    assertThat(news("Am 03.03.2021 um 14:30 Uhr begann es.")).containsExactly("03.03.2021=2021-03-03",
        "14:30 Uhr=2021-03-03T14:30");
  }

  @Test
  void yearsAndNumbersThatAreNoYears() {
    assertThat(news("Seit 2014 gelten Sanktionen.")).containsExactly("2014=2014");
    assertThat(news("Die Armee schickte 1500 Soldaten an die Grenze.")).isEmpty();
    assertThat(news("Im Jahr 1990 fiel die Mauer, 1991 zerfiel die Sowjetunion.")).containsExactly(
        "Jahr 1990=1990", "1991=1991");
    // WikiWarsDE keeps the article with a decade ("den 1930er-Jahren").
    assertThat(news("Das war im 20. Jahrhundert und in den 1920er Jahren.")).containsExactly(
        "20. Jahrhundert=19", "den 1920er Jahren=192");
  }

  @Test
  void durationsSetsAndVagueReferences() {
    assertThat(news("Die Verhandlungen dauern seit zwei Jahren an.")).containsExactly("zwei Jahren=P2Y");
    assertThat(news("Die Lage ist seit Wochen angespannt.")).containsExactly("Wochen=PXW");
    assertThat(news("Die Wahl dauerte 24 Stunden.")).containsExactly("24 Stunden=PT24H");
    assertThat(news("Er kommt jeden Montag.")).containsExactly("jeden Montag=XXXX-WXX-1");
    assertThat(news("Die Zahlen steigen täglich.")).containsExactly("täglich=P1D");
    assertThat(news("Er werde zu gegebener Zeit entscheiden.")).containsExactly("zu gegebener Zeit=FUTURE_REF");
    assertThat(news("Derzeit gibt es keine Pläne.")).containsExactly("Derzeit=PRESENT_REF");
    assertThat(news("Vor Kurzem wurde er festgenommen.")).containsExactly("Vor Kurzem=PAST_REF");
  }

  @Test
  void narrativesCountFromTheLastMentionedDate() {
    assertThat(narrative("Am 1. September 1939 begann der Krieg. Zwei Tage später erklärte Frankreich den Krieg."
        + " Am 17. September marschierte die Rote Armee ein. Heute erinnert ein Denkmal daran."))
        .containsExactly("1. September 1939=1939-09-01", "Zwei Tage später=1939-09-03",
            "17. September=1939-09-17", "Heute=PRESENT_REF");
    // A year in parentheses or after "bis" is an aside and does not move the narrative's year.
    assertThat(narrative("Im März 1862 siegte die Union. Die Bande raubte bis 1881 Banken. Im August griff sie an."))
        .containsExactly("März 1862=1862-03", "1881=1881", "August=1862-08");
    assertThat(narrative("Im Jahr 480 v. Chr. kam es zur Schlacht. Im Jahr 479 siegten die Griechen."))
        .containsExactly("Jahr 480 v. Chr.=BC0480", "Jahr 479=BC0479");
  }

  @Test
  void aRequestedDassClauseSpeaksOfTheFuture() {
    String asked = "Die Regierung hat beantragt, dass der Rat am Montag öffentlich zusammentritt, um zu beraten.";
    assertThat(GermanTimexTagger.tag(asked).get(0).tense()).isEqualTo(Tense.FUTURE);
    String reported = "Die Regierung hat bestätigt, dass der Rat am Montag zusammentrat.";
    assertThat(GermanTimexTagger.tag(reported).get(0).tense()).isNotEqualTo(Tense.FUTURE);
    String ownCue = "Die Regierung forderte, dass der Rat am Montag hätte zusammentreten sollen, sagte sie.";
    assertThat(GermanTimexTagger.tag(ownCue).get(0).tense()).isNotEqualTo(Tense.UNKNOWN);
  }

  @Test
  void clauseTenseBeatsTheSentence() {
    String text = "Moskau könnte im Februar angreifen, sagte der Beamte.";
    TimexCandidate february = GermanTimexTagger.tag(text).get(0);
    assertThat(february.tense()).isEqualTo(Tense.FUTURE);
  }

  @Test
  void oddTextYieldsNoExpressionsAndNoException() {
    assertThat(GermanTimexTagger.tag("")).isEmpty();
    assertThat(GermanTimexTagger.tag("31.02.2021 99:99 Uhr 00. Januar 0000")).noneMatch(c -> c.pattern().contains("02-31"));
    assertThat(GermanTimexTagger.tag("9".repeat(5000))).isEmpty();
  }
}
