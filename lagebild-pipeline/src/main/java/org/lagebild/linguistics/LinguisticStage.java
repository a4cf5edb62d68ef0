package org.lagebild.linguistics;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lagebild.clean.AnalysisText;
import org.lagebild.clean.NoiseDetector;
import org.lagebild.language.LanguageIdentifier;
import org.lagebild.model.AnnotatedDocument;
import org.lagebild.model.EntityMention;
import org.lagebild.model.EntityScores;
import org.lagebild.model.Layer;
import org.lagebild.model.Sentence;
import org.lagebild.model.Stage;
import org.lagebild.model.Token;

/**
 * Runs the analyzer for the article's language over the analysis text (debris blanked out). Articles
 * in a language without an analyzer get empty layers: they are kept and listed, not analysed.
 */
public final class LinguisticStage implements Stage {

  public static final Layer<List<Sentence>> SENTENCES = Layer.of("sentences");
  public static final Layer<List<Token>> TOKENS = Layer.of("tokens");
  public static final Layer<List<EntityMention>> ENTITIES = Layer.of("entities");

  /** The entity tagger's per-token confidence where it sees some chance of a name (may be empty). */
  public static final Layer<List<EntityScores>> ENTITY_SCORES = Layer.of("entity-scores");

  /** The number of tokens, kept after the bulky token layer has been dropped. */
  public static final Layer<Integer> TOKEN_COUNT = Layer.of("token-count");

  private final Map<String, LinguisticAnalyzer> analyzers;

  public LinguisticStage(List<LinguisticAnalyzer> analyzers) {
    this.analyzers =
        analyzers.stream()
            .collect(Collectors.toUnmodifiableMap(LinguisticAnalyzer::language, Function.identity()));
  }

  @Override
  public String name() {
    return "linguistics";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(NoiseDetector.NOISE, LanguageIdentifier.LANGUAGE);
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(SENTENCES, TOKENS, ENTITIES, ENTITY_SCORES, TOKEN_COUNT);
  }

  /** Whether articles in this language get the full linguistic layer. */
  public boolean analyses(String language) {
    return analyzers.containsKey(language);
  }

  @Override
  public AnnotatedDocument process(AnnotatedDocument document) {
    LinguisticAnalyzer analyzer = analyzers.get(document.get(LanguageIdentifier.LANGUAGE).code());
    LinguisticAnalyzer.Result result =
        analyzer == null
            ? LinguisticAnalyzer.Result.EMPTY
            : analyzer.analyze(
                AnalysisText.masked(document.text(), document.get(NoiseDetector.NOISE)));
    return document
        .with(SENTENCES, result.sentences())
        .with(TOKENS, result.tokens())
        .with(ENTITIES, result.entities())
        .with(ENTITY_SCORES, result.entityScores())
        .with(TOKEN_COUNT, result.tokens().size());
  }
}
