package org.lagebild.language;

import java.util.Set;
import org.lagebild.clean.NoiseDetector;
import org.lagebild.model.AnnotatedDocument;
import org.lagebild.model.LanguageGuess;
import org.lagebild.model.Layer;
import org.lagebild.model.Stage;

/** Decides each article's language. (Placeholder until the language stage lands: metadata or und.) */
public final class LanguageIdentifier implements Stage {

  public static final Layer<LanguageGuess> LANGUAGE = Layer.of("language");

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
    String declared = document.article().language();
    return document.with(
        LANGUAGE,
        declared != null
            ? new LanguageGuess(declared, 1.0, "metadata")
            : new LanguageGuess("de", 0.0, "detected"));
  }
}
