package org.lagebild.language;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.lagebild.clean.AnalysisText;
import org.lagebild.clean.NoiseDetector;
import org.lagebild.model.AnnotatedDocument;
import org.lagebild.model.LanguageGuess;
import org.lagebild.model.Layer;
import org.lagebild.model.Stage;

/**
 * Decides each article's language. A language the input declares wins (basis {@code metadata}):
 * the publisher knows better than a character model. Otherwise the {@link LanguageDetector} judges
 * the analysis text with debris blanked, so URLs and bylines do not sway it.
 */
public final class LanguageIdentifier implements Stage {

  public static final Layer<LanguageGuess> LANGUAGE = Layer.of("language");

  private final LanguageDetector detector;

  public LanguageIdentifier(LanguageDetector detector) {
    this.detector = Objects.requireNonNull(detector, "detector");
  }

  @Override
  public String name() {
    return "language";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(NoiseDetector.NOISE);
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(LANGUAGE);
  }

  @Override
  public AnnotatedDocument process(AnnotatedDocument document) {
    String declared = declaredCode(document.article().language());
    if (declared != null) {
      return document.with(LANGUAGE, new LanguageGuess(declared, 1.0, "metadata"));
    }
    String text = AnalysisText.masked(document.text(), document.get(NoiseDetector.NOISE));
    LanguageGuess guess;
    try {
      guess = detector.detect(text);
    } catch (RuntimeException e) {
      // A detector failure on odd text leaves the article undetermined rather than stopping a batch.
      guess = null;
    }
    if (guess == null || guess.code() == null) {
      guess = new LanguageGuess(LanguageGuess.UNDETERMINED, 0.0, "detected");
    }
    return document.with(LANGUAGE, guess);
  }

  /**
   * The declared language as a lower-case primary subtag ({@code de-DE}, {@code DE}, {@code de_AT}
   * all give {@code de}); {@code null} when absent or not a language code.
   */
  static String declaredCode(String declared) {
    if (declared == null) {
      return null;
    }
    String primary = declared.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
    if (!primary.matches("[a-z]{2,3}") || primary.equals(LanguageGuess.UNDETERMINED)) {
      return null;
    }
    return primary;
  }
}
