package org.lagebild.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lagebild.linguistics.LinguisticAnalyzer;
import org.lagebild.model.EntityMention;
import org.lagebild.model.EntityScores;
import org.lagebild.model.Sentence;
import org.lagebild.model.Token;

/** The evaluator scores the product's entity pipeline: the analyzer's mentions after refinement. */
class EvalNerCommandTest {

  /** An analyzer that tags "deutschen" MISC and "Berlin" LOC, as the German CRF does. */
  private static final LinguisticAnalyzer FAKE =
      new LinguisticAnalyzer() {
        @Override
        public String language() {
          return "de";
        }

        @Override
        public Result analyze(String text) {
          // "Die deutschen Gäste reisen nach Berlin ."
          List<Token> tokens =
              List.of(
                  new Token(0, 3, "Die", "DET", "der", 0),
                  new Token(4, 13, "deutschen", "ADJ", "deutsch", 0),
                  new Token(14, 19, "Gäste", "NOUN", "Gast", 0),
                  new Token(20, 26, "reisen", "VERB", "reisen", 0),
                  new Token(27, 31, "nach", "ADP", "nach", 0),
                  new Token(32, 38, "Berlin", "PROPN", "Berlin", 0),
                  new Token(39, 40, ".", "PUNCT", ".", 0));
          return new Result(
              List.of(new Sentence(0, 40)),
              tokens,
              List.of(
                  new EntityMention(4, 13, "deutschen", "MISC"),
                  new EntityMention(32, 38, "Berlin", "LOC")));
        }
      };

  private static final String TEXT = "Die deutschen Gäste reisen nach Berlin .";

  @Test
  void refinedRecognizerDropsDerivedAdjectives() {
    List<EntityMention> refined = EvalNerCommand.productRecognizer(FAKE, true).apply(TEXT);
    assertThat(refined).extracting(EntityMention::text).containsExactly("Berlin");
  }

  /** The same sentence, but the tagger left "Berlin" untagged although it was 60% sure of LOC. */
  private static final LinguisticAnalyzer UNSURE =
      new LinguisticAnalyzer() {
        @Override
        public String language() {
          return "de";
        }

        @Override
        public Result analyze(String text) {
          Result tagged = FAKE.analyze(text);
          return new Result(
              tagged.sentences(),
              tagged.tokens(),
              List.of(),
              List.of(new EntityScores(32, 38, 0.05, 0.6, 0.05, 0)));
        }
      };

  @Test
  void refinedRecognizerUsesTheTaggersConfidence() {
    assertThat(EvalNerCommand.productRecognizer(UNSURE, true).apply(TEXT))
        .extracting(EntityMention::text, EntityMention::type)
        .containsExactly(org.assertj.core.api.Assertions.tuple("Berlin", "LOC"));
    assertThat(EvalNerCommand.productRecognizer(UNSURE, false).apply(TEXT)).isEmpty();
  }

  @Test
  void rawRecognizerKeepsTheAnalyzersMentions() {
    List<EntityMention> raw = EvalNerCommand.productRecognizer(FAKE, false).apply(TEXT);
    assertThat(raw).extracting(EntityMention::text).containsExactly("deutschen", "Berlin");
  }
}
