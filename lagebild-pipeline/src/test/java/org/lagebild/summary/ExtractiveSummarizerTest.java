package org.lagebild.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lagebild.clean.NoiseDetector;
import org.lagebild.model.AnnotatedDocument;
import org.lagebild.model.Article;
import org.lagebild.model.dossier.Citation;
import org.lagebild.model.dossier.Dossier;
import org.lagebild.model.dossier.DossierArticle;
import org.lagebild.model.dossier.Story;
import org.lagebild.model.dossier.SummarySentence;

class ExtractiveSummarizerTest {

  private static final String WIRE =
      "Der Außenminister der Vereinigten Staaten reist am Mittwoch zu Gesprächen nach Kiew und Berlin.";

  private static AnnotatedDocument doc(String id, String published, String text) {
    Article a = new Article(id, id, null, null, null, "de", published, null, text);
    return new NoiseDetector().process(AnnotatedDocument.of(a));
  }

  private static List<AnnotatedDocument> story() {
    return List.of(
        doc("a", "2022-01-18", WIRE + " Die Regierung in Moskau weist jede Absicht eines Angriffs auf das Nachbarland zurück."
            + " Am Freitag will er in Genf den russischen Außenminister treffen, teilte das Ministerium mit."),
        doc("b", "2022-01-18", "h2 Krise\n" + WIRE.replace("Gesprächen", "Beratungen")
            + " Die Börsen in Europa reagierten am Dienstag mit deutlichen Kursverlusten auf die Nachrichten."
            + " Schlagzeile ohne Punkt am Ende"),
        doc("c", "2022-01-19", "Beobachter halten eine rasche Einigung zwischen den Regierungen für unwahrscheinlich. " + WIRE
            + " Die Gespräche in Genf sollen nach Angaben beider Seiten in der kommenden Woche fortgesetzt werden."));
  }

  private static Dossier dossier(List<AnnotatedDocument> docs, List<SummarySentence> summary) {
    List<DossierArticle> articles = new ArrayList<>();
    for (AnnotatedDocument d : docs) {
      articles.add(new DossierArticle(d.id(), d.id(), null, null, null, "de", null, null, d.text(), List.of(),
          null, null, null));
    }
    Story s = Story.of("s", "t", docs.stream().map(AnnotatedDocument::id).toList(), List.of()).withSummary(summary);
    return new Dossier(null, articles, List.of(), List.of(s));
  }

  @Test
  void aFactCarriedByThreeArticlesIsOneSentenceCitingAllThree() {
    List<AnnotatedDocument> docs = story();
    List<SummarySentence> summary = new ExtractiveSummarizer().summarize(
        Story.of("s", "t", List.of("a", "b", "c"), List.of()), docs);
    assertThat(summary).hasSizeBetween(4, 8);
    SummarySentence first = summary.get(0);
    assertThat(first.text()).isEqualTo(WIRE);
    assertThat(first.citations()).extracting(Citation::articleId).containsExactly("a", "b", "c");
    assertThat(summary).allSatisfy(s -> assertThat(s.citations()).isNotEmpty());
    assertThat(summary).extracting(SummarySentence::text)
        .noneMatch(t -> t.contains("h2") || t.contains("Schlagzeile"));
    assertThat(new SummaryCitationCheck().check(dossier(docs, summary)).problems()).isEmpty();
  }

  @Test
  void aSingleArticleGetsAtMostThreeSentencesAndEmptyInputNone() {
    List<AnnotatedDocument> one = List.of(story().get(0));
    List<SummarySentence> summary = new ExtractiveSummarizer().summarize(
        Story.of("s", "t", List.of("a"), List.of()), one);
    assertThat(summary).hasSizeBetween(1, 3);
    assertThat(new ExtractiveSummarizer().summarize(Story.of("s", "t", List.of("e"), List.of()),
        List.of(doc("e", null, "")))).isEmpty();
  }

  @Test
  void sentencesAreOrderedByPublicationDateThenPosition() {
    List<AnnotatedDocument> docs = story();
    List<SummarySentence> summary = new ExtractiveSummarizer().summarize(
        Story.of("s", "t", List.of("a", "b", "c"), List.of()), docs);
    List<String> firstCited = summary.stream().map(s -> s.citations().get(0).articleId()).toList();
    assertThat(firstCited).isSortedAccordingTo(String::compareTo);
  }

  @Test
  void mostlyQuotedFragmentsAndHeadingsAreNotUsable() {
    assertThat(ExtractiveSummarizer.usable("„Wir werden nicht zulassen, dass die Grenze verletzt wird, niemals.“")).isFalse();
    assertThat(ExtractiveSummarizer.usable("„Wir werden nicht zulassen, dass die Grenze verletzt wird“, sagte der Minister.")).isTrue();
    assertThat(ExtractiveSummarizer.usable("Ein Titel ohne Satzzeichen")).isFalse();
    assertThat(ExtractiveSummarizer.usable("und dann ging es weiter mit dem Text.")).isFalse();
  }
}
