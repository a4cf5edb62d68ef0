package org.lagebild.discrepancies;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lagebild.clean.NoiseDetector;
import org.lagebild.model.AnnotatedDocument;
import org.lagebild.model.Article;
import org.lagebild.model.dossier.Discrepancy;
import org.lagebild.model.dossier.Quote;
import org.lagebild.model.dossier.Story;
import org.lagebild.model.dossier.StoryEntity;

class DiscrepancyFinderTest {

  private final DiscrepancyFinder finder = new DiscrepancyFinder();

  private static AnnotatedDocument doc(String id, String published, String text) {
    Article a = new Article(id, id, null, null, null, "de", published, null, text);
    return new NoiseDetector().process(AnnotatedDocument.of(a));
  }

  private static Story story(List<AnnotatedDocument> docs) {
    return Story.of("s", "t", docs.stream().map(AnnotatedDocument::id).toList(), List.of());
  }

  private List<Discrepancy> find(AnnotatedDocument... docs) {
    return finder.find(story(List.of(docs)), List.of(docs));
  }

  @Test
  void vagueAndRoundTroopFiguresDisagreeAcrossThreeArticles() {
    List<Discrepancy> found = find(
        doc("a", null, "Zehntausende russische Soldaten stehen nahe der ukrainischen Grenze. Der Westen ist besorgt."),
        doc("b", null, "Die Nato kritisiert einen Aufmarsch von rund 100.000 russischen Soldaten an der Grenze zur Ukraine."),
        doc("c", null, "Zehntausende von russischen Truppen sind an der Grenze der Ukraine zusammengezogen worden."));
    assertThat(found).hasSize(1);
    Discrepancy d = found.get(0);
    assertThat(d.kind()).isEqualTo("figure");
    assertThat(d.versions()).extracting(Discrepancy.Version::articleId).containsExactly("a", "b", "c");
    assertThat(d.versions()).extracting(Discrepancy.Version::value)
        .containsExactly("20000-99999", "~100000", "20000-99999");
    for (Discrepancy.Version v : d.versions()) {
      assertThat(v.text()).isNotBlank();
    }
  }

  @Test
  void wordingDifferencesAreNotDiscrepancies() {
    assertThat(find(
        doc("a", null, "In dem Projekt haben sich mehr als 65.000 freiwillige Helfer den Quellcode angesehen."),
        doc("b", null, "In dem Projekt haben sich über 65 000 freiwillige Helfer den Quellcode angesehen.")))
        .isEmpty();
    assertThat(find(
        doc("a", null, "Auf den Straßen der Hauptstadt demonstrierten einige tausend Menschen gegen die Regeln."),
        doc("b", null, "Auf den Straßen der Hauptstadt demonstrierten Tausende Menschen gegen die Regeln.")))
        .isEmpty();
  }

  @Test
  void runningCountsFromDifferentDaysAreNotContradictions() {
    String a = "Das Robert Koch-Institut meldete binnen eines Tages 8.103 Neuinfektionen in Deutschland.";
    String b = "Das Robert Koch-Institut meldete binnen eines Tages 5011 Neuinfektionen in Deutschland.";
    assertThat(find(doc("a", "2021-03-07T07:00:00+01:00", a), doc("b", "2021-03-08T10:00:00+01:00", b)))
        .isEmpty();
    assertThat(find(doc("a", "2021-03-07T07:00:00+01:00", a), doc("b", "2021-03-07T10:00:00+01:00", b)))
        .hasSize(1);
    assertThat(find(
        doc("a", null, "Am Mittwoch meldete das Institut 1.147 Neuinfektionen in ganz Deutschland."),
        doc("b", null, "Am Donnerstag meldete das Institut 1.045 Neuinfektionen in ganz Deutschland.")))
        .isEmpty();
  }

  @Test
  void partsOfSumsAndSecondFiguresInTheSameArticleAreNotContradictions() {
    assertThat(find(
        doc("a", null, "Die Staatsanwaltschaft der Stadt ermittelt gegen zwei Vorstände und drei weitere Mitarbeiter der Förderbank."),
        doc("b", null, "Die Staatsanwaltschaft der Stadt ermittelt gegen fünf Vorstände und Mitarbeiter der Förderbank.")))
        .isEmpty();
    assertThat(find(
        doc("a", null, "Für den Kandidaten im Parlament haben sich 61 Abgeordnete ausgesprochen."),
        doc("b", null, "Für den Kandidaten im Parlament hat sich eine Mehrheit von 61 der 120 Abgeordneten ausgesprochen.")))
        .isEmpty();
  }

  @Test
  void differentDaysForTheSameEventAreADateDiscrepancy() {
    List<Discrepancy> found = find(
        doc("a", "2020-05-03T13:30:00+02:00", "Das Kreuzfahrtschiff liegt seit Dienstag im Hafen von Cuxhaven unter Quarantäne, weil ein Besatzungsmitglied positiv getestet wurde."),
        doc("b", "2020-05-04T21:48:00+02:00", "Das Kreuzfahrtschiff liegt seit Freitag im Hafen von Cuxhaven unter Quarantäne, weil ein Besatzungsmitglied positiv getestet wurde."));
    assertThat(found).extracting(Discrepancy::kind).containsExactly("date");
    assertThat(found.get(0).versions()).extracting(Discrepancy.Version::value).containsExactly("Dienstag", "Freitag");
    // the same day named from two publication dates is no discrepancy
    assertThat(find(
        doc("a", "2020-05-03T13:30:00+02:00", "Das Kreuzfahrtschiff liegt seit Dienstag im Hafen von Cuxhaven unter Quarantäne, weil ein Besatzungsmitglied positiv getestet wurde."),
        doc("b", "2020-05-03T21:48:00+02:00", "Das Kreuzfahrtschiff liegt seit Dienstag im Hafen von Cuxhaven unter Quarantäne, weil ein Besatzungsmitglied positiv getestet wurde.")))
        .isEmpty();
  }

  @Test
  void oneQuoteWithTwoSpeakersIsAnAttributionDiscrepancy() {
    AnnotatedDocument a = doc("a", null, "Er sagte: Wir bleiben hart.");
    AnnotatedDocument b = doc("b", null, "Sie sagte: Wir bleiben hart.");
    Story s = story(List.of(a, b)).withQuotes(List.of(
        new Quote("q1", "a", 11, 26, "Wir bleiben hart", "direct", new Quote.Speaker("e1", "Olaf Scholz"), null, "g1"),
        new Quote("q2", "b", 12, 27, "Wir bleiben hart", "direct", new Quote.Speaker("e2", "Annalena Baerbock"), null, "g1")));
    List<Discrepancy> found = finder.find(s, List.of(a, b));
    assertThat(found).extracting(Discrepancy::kind).containsExactly("attribution");
    assertThat(found.get(0).versions()).extracting(Discrepancy.Version::value)
        .containsExactly("Olaf Scholz", "Annalena Baerbock");
  }

  @Test
  void spellingVariantsButNotLongerFormsOrInflectionAreNameDiscrepancies() {
    AnnotatedDocument a = doc("a", null, "Selenskyj traf Joe Biden in Russlands Nachbarland.");
    AnnotatedDocument b = doc("b", null, "Selensky traf Biden nahe Russland.");
    List<StoryEntity> entities = List.of(
        new StoryEntity("p1", "Selenskyj", "PER", List.of("Selenskyj", "Selensky"), List.of(), List.of(
            new StoryEntity.Mention("a", 0, 9, "Selenskyj"), new StoryEntity.Mention("b", 0, 8, "Selensky"))),
        new StoryEntity("p2", "Joe Biden", "PER", List.of("Joe Biden", "Biden"), List.of(), List.of(
            new StoryEntity.Mention("a", 15, 24, "Joe Biden"), new StoryEntity.Mention("b", 14, 19, "Biden"))),
        new StoryEntity("l1", "Russland", "LOC", List.of("Russlands", "Russland"), List.of(), List.of(
            new StoryEntity.Mention("a", 28, 37, "Russlands"), new StoryEntity.Mention("b", 25, 33, "Russland"))));
    Story s = Story.of("s", "t", List.of("a", "b"), entities);
    List<Discrepancy> found = finder.find(s, List.of(a, b));
    assertThat(found).extracting(Discrepancy::kind).containsExactly("name");
    assertThat(found.get(0).versions()).extracting(Discrepancy.Version::text).containsExactly("Selenskyj", "Selensky");
  }

  @Test
  void hostileInputNeverThrowsAndVersionsStayInsideTheText() {
    List<String> texts = List.of("", " ", "999999999999999999999999 Soldaten.", "1,5,5 Millionen Millionen Menschen",
        "„\u0000\uD800 Zehntausende", "mehr als", "50 000 000 000 000 000 000 000 Euro Euro Euro",
        "12. 13. 14. Januar Montag Dienstag", "0 bis 0 Menschen. 5 bis 3 Menschen.");
    List<AnnotatedDocument> docs = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      docs.add(doc("d" + i, null, texts.get(i)));
    }
    for (Discrepancy d : finder.find(story(docs), docs)) {
      for (Discrepancy.Version v : d.versions()) {
        String text = docs.stream().filter(x -> x.id().equals(v.articleId())).findFirst().orElseThrow().text();
        assertThat(v.end()).isLessThanOrEqualTo(text.length());
        assertThat(text.substring(v.start(), v.end())).isEqualTo(v.text());
      }
    }
  }

  @Test
  void unnamedSpeakersWithTheSameHeadNounAreOneSpeaker() {
    assertThat(DiscrepancyFinder.speakerKey(
            new Quote.Speaker(null, "ein hochrangiger Beamter des Ministeriums")))
        .isEqualTo(DiscrepancyFinder.speakerKey(new Quote.Speaker(null, "der hohe Beamte")));
    assertThat(DiscrepancyFinder.speakerKey(new Quote.Speaker(null, "eine Sprecherin der Stadt")))
        .isNotEqualTo(DiscrepancyFinder.speakerKey(new Quote.Speaker(null, "der Beamte")));
    assertThat(DiscrepancyFinder.speakerKey(new Quote.Speaker("e1", "die Ministerin")))
        .isEqualTo("e1");
  }

  @Test
  void crowdSizesOfOneRallyDisagreeAcrossDaysAndNouns() {
    List<Discrepancy> found = find(
        doc("a", "2021-05-08T18:00:00+02:00",
            "In Nordstadt haben am Samstag nach Angaben der Polizei 8.000 Menschen gegen die Auflagen demonstriert."),
        doc("b", "2021-05-11T09:00:00+02:00",
            "Die Veranstalter sprechen von bis zu 900.000 Teilnehmern, die Polizei zählte 8.000 Demonstranten."));
    assertThat(found).extracting(Discrepancy::kind).containsExactly("figure");
    assertThat(found.get(0).versions()).extracting(Discrepancy.Version::value).contains("~8000", "~900000");
    // the same crowd in other words is no discrepancy
    assertThat(find(
        doc("a", "2021-05-08T18:00:00+02:00", "Am Samstag demonstrierten in Nordstadt rund 8.000 Menschen."),
        doc("b", "2021-05-09T09:00:00+02:00", "Zu der Kundgebung in Nordstadt kamen etwa 8000 Teilnehmer.")))
        .isEmpty();
  }

  @Test
  void crowdsOfTwoPlacesOrPlanAndOutcomeAreNotCompared() {
    assertThat(find(
        doc("a", "2021-05-08T18:00:00+02:00", "In Nordstadt demonstrierten am Samstag 8.000 Menschen."),
        doc("b", "2021-05-08T19:00:00+02:00", "In Südhafen demonstrierten am Samstag 300 Menschen.")))
        .isEmpty();
    assertThat(find(
        doc("a", "2021-05-08T18:00:00+02:00", "Für die Demonstration in Nordstadt waren 2.000 Teilnehmer angemeldet."),
        doc("b", "2021-05-08T19:00:00+02:00", "Zu der Demonstration in Nordstadt kamen 8.000 Teilnehmer.")))
        .isEmpty();
  }

  @Test
  void theSameNamedDayIsComparedAcrossDaysAndDifferentNamedDaysNever() {
    String a = "Das Landesamt meldete am Samstag 4.321 Neuinfektionen in Westland.";
    String b = "Am Samstag hatte das Landesamt 4.123 Neuinfektionen in Westland gemeldet.";
    // Saturday 8 May named from a Saturday and from the Monday after: the same day, two figures
    assertThat(find(doc("a", "2021-05-08T12:00:00+02:00", a), doc("b", "2021-05-10T12:00:00+02:00", b)))
        .extracting(Discrepancy::kind).containsExactly("figure");
    // a Saturday a week later is another day
    assertThat(find(doc("a", "2021-05-08T12:00:00+02:00", a), doc("b", "2021-05-17T12:00:00+02:00", b)))
        .isEmpty();
    assertThat(DiscrepancyFinder.referenceDay("Am Samstagabend zählte das Amt 400 Fälle.",
        java.time.LocalDate.of(2021, 5, 10))).isEqualTo(java.time.LocalDate.of(2021, 5, 8));
    assertThat(DiscrepancyFinder.referenceDay("Das sind 400 Fälle mehr als am Sonntag vor einer Woche.",
        java.time.LocalDate.of(2021, 5, 10))).isNull();
  }

  @Test
  void anOwnTallyAgainstTheInstitutesCountOfTheSameDayIsADiscrepancy() {
    List<Discrepancy> found = find(
        doc("a", "2021-05-08T06:00:00+02:00",
            "Das Landesamt hat binnen eines Tages 4.123 Neuinfektionen verzeichnet. "
                + "Nach eigenen Recherchen der Westpost liegen die Zahlen höher, bei 4.321 Neuinfektionen."),
        doc("b", "2021-05-08T09:00:00+02:00",
            "Nach Angaben des Landesamts wurden innerhalb eines Tages 4.123 Neuinfektionen gemeldet."));
    assertThat(found).extracting(Discrepancy::kind).containsExactly("figure");
    assertThat(found.get(0).versions()).extracting(Discrepancy.Version::value).contains("4321", "4123");
    assertThat(DiscrepancyFinder.source("Das Robert Meier-Institut (RMI) hat 5 Fälle gemeldet."))
        .isEqualTo(DiscrepancyFinder.source("Das sind laut RMI 5 Fälle."));
  }
}
