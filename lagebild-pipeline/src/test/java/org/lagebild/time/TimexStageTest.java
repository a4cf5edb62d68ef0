package org.lagebild.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lagebild.language.LanguageIdentifier;
import org.lagebild.linguistics.LinguisticStage;
import org.lagebild.model.AnnotatedDocument;
import org.lagebild.model.Article;
import org.lagebild.model.LanguageGuess;
import org.lagebild.model.PublicationDate;
import org.lagebild.model.Stage;
import org.lagebild.model.Token;
import org.lagebild.stories.TestAnnotator;
import org.lagebild.testing.BaseStageTestCase;
import org.lagebild.time.TimexStage.EventCandidate;

class TimexStageTest extends BaseStageTestCase {

  static final TestAnnotator ANNOTATOR =
      new TestAnnotator(
          List.of(TestAnnotator.per("Olaf Scholz"), TestAnnotator.per("Blinken"), TestAnnotator.per("Lawrow"),
              TestAnnotator.loc("Paris"), TestAnnotator.loc("Kiew"), TestAnnotator.loc("Genf"),
              TestAnnotator.org("NATO"), TestAnnotator.misc("russischen")),
          List.of());
  private static final Set<String> VERBS = Set.of("traf", "besuchte", "treffen", "reist", "sagte", "besuchen", "fortgesetzt",
      "vorstellte", "lobte", "schwieg", "flog", "sprach");

  private final TimexStage stage = new TimexStage();

  @Override
  protected Stage stage() {
    return stage;
  }

  @Override
  protected AnnotatedDocument prepare(Article article) {
    return annotate(article, PublicationDate.UNKNOWN);
  }

  /** The test annotator's layers, with the few verbs of these sentences tagged VERB. */
  static AnnotatedDocument annotate(Article article, PublicationDate published) {
    AnnotatedDocument doc = ANNOTATOR.annotate(article, published);
    List<Token> tokens = new ArrayList<>();
    for (Token t : doc.get(LinguisticStage.TOKENS)) {
      tokens.add(VERBS.contains(t.text()) ? new Token(t.start(), t.end(), t.text(), "VERB", t.text(), t.sentence()) : t);
    }
    return doc.with(LinguisticStage.TOKENS, tokens);
  }

  @Test
  void eventsComeFromSentencesWithADatedExpression() {
    String text = "Blinken besuchte am Mittwoch Kiew. Die Lage ist ernst. Blinken will den russischen Minister Lawrow"
        + " am Freitag in Genf treffen."
        + " Seit Wochen wächst die Sorge.";
    AnnotatedDocument out = stage.process(annotate(Article.of("a", text), PublicationDate.UNKNOWN));

    assertThat(out.get(TimexStage.TIMEXES)).extracting(TimexCandidate::text)
        .containsExactly("Mittwoch", "Freitag", "Wochen");
    List<EventCandidate> events = out.get(TimexStage.EVENTS);
    assertThat(events).hasSize(2); // "seit Wochen" is a duration: no event day
    assertThat(events.get(0).verb()).isEqualTo("besuchte");
    assertThat(events.get(0).place().text()).isEqualTo("Kiew");
    assertThat(events.get(0).participants()).extracting(e -> e.text()).containsExactly("Blinken");
    // "russischen" (MISC) is an adjective, no participant.
    assertThat(events.get(1).participants()).extracting(e -> e.text()).containsExactly("Blinken", "Lawrow");
    assertThat(events.get(1).place().text()).isEqualTo("Genf");
    assertThat(text.substring(events.get(1).timexStart())).startsWith("Freitag");
  }

  @Test
  void participantsComeFromTheClauseThatCarriesTheDate() {
    String text = "Olaf Scholz lobte den Plan, den Blinken am Freitag vorstellte. "
        + "Lawrow traf am Mittwoch Blinken in Genf, und die NATO schwieg. "
        + "Blinken, der am Montag Kiew besuchte, schwieg. "
        + "Lawrow sagte, dass Blinken am Dienstag reist. "
        + "Blinken flog nach Genf, wo er am Donnerstag mit Olaf Scholz, Lawrow, der Kiew besuchte, "
        + "sowie der NATO sprach. "
        + "Lawrow, der Sprecher der NATO, sagte am Montag nichts. "
        + "Am Montag flog Olaf Scholz nach Paris, der Minister Blinken traf Lawrow in Genf.";
    List<EventCandidate> events =
        stage.process(annotate(Article.of("a", text), PublicationDate.UNKNOWN)).get(TimexStage.EVENTS);
    assertThat(events).hasSize(7);
    // A relative clause with the date: its own names, not the main clause's subject.
    assertThat(events.get(0).participants()).extracting(e -> e.text()).containsExactly("Blinken");
    // A main clause with the date: not the coordinated clause after ", und".
    assertThat(events.get(1).participants()).extracting(e -> e.text()).containsExactly("Lawrow", "Blinken");
    // A relative clause is about the name it follows.
    assertThat(events.get(2).participants()).extracting(e -> e.text()).containsExactly("Blinken");
    // A "dass" clause: the speaker outside it is not a participant.
    assertThat(events.get(3).participants()).extracting(e -> e.text()).containsExactly("Blinken");
    // Commas inside an embedded clause separate a list until a verb closes it.
    assertThat(events.get(4).participants()).extracting(e -> e.text())
        .containsExactly("Olaf Scholz", "Lawrow", "NATO");
    // An apposition after the subject ends at its comma; the main clause goes on.
    assertThat(events.get(5).participants()).extracting(e -> e.text()).containsExactly("Lawrow");
    // "der" opening a clause with its verb inside is an article: a second main clause.
    assertThat(events.get(6).participants()).extracting(e -> e.text())
        .containsExactly("Olaf Scholz", "Blinken", "Lawrow");
  }

  @Test
  void timexAndEventSpansStayInsideTheText() {
    List<String> texts = new ArrayList<>(sampleTexts());
    texts.addAll(hostileTexts());
    for (String text : texts) {
      AnnotatedDocument out = stage.process(prepare(Article.of("t", text)));
      for (TimexCandidate c : out.get(TimexStage.TIMEXES)) {
        assertThat(c.start()).isBetween(0, c.end());
        assertThat(c.end()).isLessThanOrEqualTo(text.length());
        assertThat(text.substring(c.start(), c.end())).isEqualTo(c.text());
      }
      for (EventCandidate e : out.get(TimexStage.EVENTS)) {
        assertThat(e.start()).isBetween(0, e.end());
        assertThat(e.end()).isLessThanOrEqualTo(text.length());
        assertThat(e.timexStart()).isBetween(e.start(), e.end());
      }
    }
  }

  @Test
  void articlesInOtherLanguagesGetEmptyLayers() {
    AnnotatedDocument doc = annotate(Article.of("e", "On Monday he met the minister."), PublicationDate.UNKNOWN)
        .with(LanguageIdentifier.LANGUAGE, new LanguageGuess("en", 0.99, "detected"));
    AnnotatedDocument out = stage.process(doc);
    assertThat(out.get(TimexStage.TIMEXES)).isEmpty();
    assertThat(out.get(TimexStage.EVENTS)).isEmpty();
  }
}
