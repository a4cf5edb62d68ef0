package org.lagebild.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lagebild.clean.NoiseDetector;
import org.lagebild.model.AnnotatedDocument;
import org.lagebild.model.Article;
import org.lagebild.model.LanguageGuess;
import org.lagebild.model.Stage;
import org.lagebild.testing.BaseStageTestCase;

class LanguageIdentifierTest extends BaseStageTestCase {

  /** A tiny stand-in for the model: function words decide, short text is undetermined. */
  static final class FunctionWordDetector implements LanguageDetector {
    final List<String> seen = Collections.synchronizedList(new ArrayList<>());

    @Override
    public LanguageGuess detect(CharSequence text) {
      String s = " " + text + " ";
      seen.add(text.toString());
      if (s.strip().length() < 10) {
        return new LanguageGuess(LanguageGuess.UNDETERMINED, 0.0, "detected");
      }
      int de = count(s, " der ") + count(s, " die ") + count(s, " und ");
      int en = count(s, " the ") + count(s, " and ") + count(s, " of ");
      return de >= en ? new LanguageGuess("de", 0.9, "detected") : new LanguageGuess("en", 0.9, "detected");
    }

    private static int count(String s, String word) {
      int n = 0;
      for (int i = s.indexOf(word); i >= 0; i = s.indexOf(word, i + 1)) {
        n++;
      }
      return n;
    }
  }

  private final FunctionWordDetector detector = new FunctionWordDetector();
  private final NoiseDetector noise = new NoiseDetector();

  @Override
  protected Stage stage() {
    return new LanguageIdentifier(detector);
  }

  @Override
  protected AnnotatedDocument prepare(Article article) {
    return noise.process(AnnotatedDocument.of(article));
  }

  private LanguageGuess identify(Article article) {
    return stage().process(prepare(article)).get(LanguageIdentifier.LANGUAGE);
  }

  @Test
  void declaredLanguageWins() {
    Article english = new Article("a", "a", null, null, null, "de-DE", null, null, "The cat and the dog.");
    assertThat(identify(english)).isEqualTo(new LanguageGuess("de", 1.0, "metadata"));
    assertThat(detector.seen).isEmpty();
  }

  @Test
  void unusableDeclarationFallsBackToDetection() {
    Article odd = new Article("a", "a", null, null, null, "unknown language", null, null,
        "The cat and the dog of the house.");
    assertThat(identify(odd)).isEqualTo(new LanguageGuess("en", 0.9, "detected"));
    assertThat(LanguageIdentifier.declaredCode("EN_gb")).isEqualTo("en");
    assertThat(LanguageIdentifier.declaredCode("und")).isNull();
  }

  @Test
  void detectorSeesTheTextWithDebrisBlanked() {
    String text = "Lesen Sie auch: the house of the rising sun and the moon\nDer Hund und die Katze.";
    assertThat(identify(Article.of("a", text)).code()).isEqualTo("de");
    assertThat(detector.seen).hasSize(1);
    assertThat(detector.seen.get(0)).hasSameSizeAs(text).doesNotContain("rising").contains("Der Hund");
  }

  @Test
  void emptyTextIsUndetermined() {
    assertThat(identify(Article.of("a", "   "))).isEqualTo(new LanguageGuess("und", 0.0, "detected"));
  }

  @Test
  void failingDetectorLeavesTheArticleUndetermined() {
    LanguageIdentifier stage = new LanguageIdentifier(text -> {
      throw new IllegalStateException("broken");
    });
    assertThat(stage.process(prepare(Article.of("a", "Der Text."))).get(LanguageIdentifier.LANGUAGE).code())
        .isEqualTo("und");
  }
}
