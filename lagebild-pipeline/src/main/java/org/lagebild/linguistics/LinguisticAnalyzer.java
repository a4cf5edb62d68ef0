package org.lagebild.linguistics;

import java.util.List;
import org.lagebild.model.EntityMention;
import org.lagebild.model.EntityScores;
import org.lagebild.model.Sentence;
import org.lagebild.model.Token;

/**
 * Sentences, tokens (with UPOS tags and lemmas) and named entities for one text. Implementations
 * wrap a model library (see the {@code lagebild-nlp} module), load their models once and are
 * thread-safe: one instance serves every worker thread.
 */
public interface LinguisticAnalyzer {

  /** ISO 639-1 code of the language this analyzer handles, e.g. {@code de}. */
  String language();

  /**
   * Analyses {@code text}; every offset in the result is a {@code String} index into it. Callers pass
   * the analysis text (debris blanked out, same length as the original), so offsets are also those
   * of the original.
   */
  Result analyze(String text);

  /**
   * @param entityScores the entity tagger's per-token confidence, for the tokens where it sees some
   *     chance of a name (empty when the analyzer has no such scores)
   */
  record Result(
      List<Sentence> sentences,
      List<Token> tokens,
      List<EntityMention> entities,
      List<EntityScores> entityScores) {
    public static final Result EMPTY = new Result(List.of(), List.of(), List.of());

    public Result {
      sentences = List.copyOf(sentences);
      tokens = List.copyOf(tokens);
      entities = List.copyOf(entities);
      entityScores = List.copyOf(entityScores);
    }

    /** A result without entity scores. */
    public Result(List<Sentence> sentences, List<Token> tokens, List<EntityMention> entities) {
      this(sentences, tokens, entities, List.of());
    }
  }
}
