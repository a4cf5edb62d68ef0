package org.lagebild.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lagebild.linguistics.LinguisticStage;
import org.lagebild.model.AnnotatedDocument;
import org.lagebild.model.Article;
import org.lagebild.model.EntityMention;
import org.lagebild.model.PublicationDate;
import org.lagebild.model.Stage;
import org.lagebild.model.Token;
import org.lagebild.testing.BaseStageTestCase;

class TermVectorStageTest extends BaseStageTestCase {

  private static final TestAnnotator ANNOTATOR =
      new TestAnnotator(
          List.of(TestAnnotator.per("Olaf Scholz"), TestAnnotator.loc("Paris"),
              TestAnnotator.loc("Russland"), TestAnnotator.loc("Russlands")),
          List.of());

  private final TermVectorStage stage = new TermVectorStage();

  @Override
  protected Stage stage() {
    return stage;
  }

  @Override
  protected AnnotatedDocument prepare(Article article) {
    return ANNOTATOR.annotate(article, PublicationDate.UNKNOWN);
  }

  @Override
  protected List<String> sampleTexts() {
    return List.of(
        "Berlin (dpa) - Bundeskanzler Olaf Scholz traf am Mittwoch in Paris den französischen"
            + " Präsidenten. \"Wir sind uns einig\", sagte er.\n\nDie Gespräche sollen am Freitag"
            + " fortgesetzt werden.",
        "Russlands Truppen stehen an der Grenze. Russland bestreitet Angriffspläne.");
  }

  private static AnnotatedDocument doc(String text, List<Token> tokens, List<EntityMention> ents) {
    return AnnotatedDocument.of(Article.of("d", text))
        .with(LinguisticStage.TOKENS, tokens)
        .with(LinguisticStage.ENTITIES, ents);
  }

  @Test
  void countsContentLemmasLowerCasedAndSkipsTheRest() {
    String text = "IRAN Gespräche sagte die gut Zeit Abkommen Abkommen ab";
    List<Token> tokens =
        List.of(
            new Token(0, 4, "IRAN", "PROPN", "IRAN", 0),
            new Token(5, 14, "Gespräche", "NOUN", "Gespräch", 0),
            new Token(15, 20, "sagte", "VERB", "sagen", 0),
            new Token(21, 24, "die", "DET", "der", 0),
            new Token(25, 28, "gut", "ADJ", "gut", 0),
            new Token(29, 33, "Zeit", "NOUN", "Zeit", 0),
            new Token(34, 42, "Abkommen", "NOUN", "_", 0),
            new Token(43, 51, "Abkommen", "NOUN", null, 0),
            new Token(52, 54, "ab", "ADP", "ab", 0));

    Map<String, Integer> terms = stage.process(doc(text, tokens, List.of())).get(TermVectorStage.TERMS);

    // Root locale: "IRAN" becomes "iran", not Turkish "ıran"; missing lemmas fall back to the word.
    assertThat(terms).containsExactly(
        Map.entry("abkommen", 2), Map.entry("gespräch", 1), Map.entry("iran", 1));
  }

  @Test
  void entityKeysDropTheGenitiveOnlyWhenTheBaseFormOccurs() {
    String text = "Russlands Russland Paris NATO Nato";
    List<EntityMention> ents =
        List.of(
            new EntityMention(0, 9, "Russlands", "LOC"),
            new EntityMention(10, 18, "Russland", "LOC"),
            new EntityMention(19, 24, "Paris", "LOC"),
            new EntityMention(25, 29, "NATO", "ORG"),
            new EntityMention(30, 34, "Nato", "ORG"));

    Map<String, Integer> terms = stage.process(doc(text, List.of(), ents)).get(TermVectorStage.TERMS);

    assertThat(terms).containsExactly(
        Map.entry("ent:nato", 2), Map.entry("ent:paris", 1), Map.entry("ent:russland", 2));
  }

  @Test
  void aGenitiveAloneStaysAsItIs() {
    String text = "Russlands Truppen";
    Map<String, Integer> terms =
        stage.process(doc(text, List.of(), List.of(new EntityMention(0, 9, "Russlands", "LOC"))))
            .get(TermVectorStage.TERMS);
    assertThat(terms).containsExactly(Map.entry("ent:russlands", 1));
  }

  @Test
  void stopWordsComeFromTheBundledList() {
    assertThat(TermVectorStage.loadStopWords()).contains("sagen", "werden", "mittwoch")
        .doesNotContain("", "#");
  }
}
