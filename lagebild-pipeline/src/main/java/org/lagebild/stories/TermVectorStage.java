package org.lagebild.stories;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.lagebild.entities.GermanEntityRefiner;
import org.lagebild.linguistics.LinguisticStage;
import org.lagebild.model.AnnotatedDocument;
import org.lagebild.model.EntityMention;
import org.lagebild.model.Layer;
import org.lagebild.model.Stage;
import org.lagebild.model.Token;

/**
 * Counts what an article is about: lower-cased lemmas of content words (NOUN, PROPN, VERB, ADJ;
 * stop-words and words under three characters skipped) and entity names as {@code ent:} keys. The
 * counts feed {@link BaselineStoryGrouper}'s TF-IDF vectors.
 */
public final class TermVectorStage implements Stage {

  /** Term counts, sorted by term so that the value prints the same everywhere. */
  public static final Layer<Map<String, Integer>> TERMS = Layer.of("terms");

  /** Prefix of entity keys, so that "Berlin" the entity and "berlin" the lemma stay apart. */
  public static final String ENTITY_PREFIX = "ent:";

  private static final Set<String> CONTENT_POS = Set.of("NOUN", "PROPN", "VERB", "ADJ");
  private static final int MIN_LENGTH = 3;

  private final Set<String> stopWords;

  public TermVectorStage() {
    this(loadStopWords());
  }

  /** With a caller's stop-word list (lower-case words). */
  public TermVectorStage(Set<String> stopWords) {
    this.stopWords = Set.copyOf(stopWords);
  }

  @Override
  public String name() {
    return "terms";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(LinguisticStage.TOKENS, LinguisticStage.ENTITIES);
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(TERMS);
  }

  @Override
  public AnnotatedDocument process(AnnotatedDocument document) {
    return document.with(TERMS, terms(document));
  }

  private SortedMap<String, Integer> terms(AnnotatedDocument document) {
    String text = document.text();
    TreeMap<String, Integer> counts = new TreeMap<>();
    for (Token token : document.getOrDefault(LinguisticStage.TOKENS, List.of())) {
      if (token.pos() == null || !CONTENT_POS.contains(token.pos())) {
        continue;
      }
      String term = lemmaTerm(token);
      if (term != null) {
        counts.merge(term, 1, Integer::sum);
      }
    }
    // The refined entities and derived words where the refiner ran first (standard pipeline), else
    // the tagger's: "russischen" tells what a story is about even though it names nobody.
    List<EntityMention> mentions = document.getOrDefault(LinguisticStage.ENTITIES, List.of());
    if (document.has(GermanEntityRefiner.ENTITIES)) {
      mentions = new java.util.ArrayList<>(document.get(GermanEntityRefiner.ENTITIES));
      mentions.addAll(document.getOrDefault(GermanEntityRefiner.DERIVED, List.of()));
    }
    List<String> keys = new java.util.ArrayList<>(mentions.size());
    for (EntityMention mention : mentions) {
      String surface =
          mention.end() <= text.length() ? text.substring(mention.start(), mention.end())
              : mention.text();
      String key = EntityKeys.fold(surface == null ? "" : surface);
      if (hasLetter(key)) {
        keys.add(key);
      }
    }
    Set<String> known = new HashSet<>(keys);
    for (String key : keys) {
      counts.merge(ENTITY_PREFIX + EntityKeys.withoutGenitive(key, known), 1, Integer::sum);
    }
    return Collections.unmodifiableSortedMap(counts);
  }

  private String lemmaTerm(Token token) {
    String lemma = token.lemma();
    if (lemma == null || lemma.isBlank() || lemma.equals("_") || lemma.equals("--")
        || lemma.startsWith("<")) {
      lemma = token.text();
    }
    if (lemma == null) {
      return null;
    }
    String term = lemma.strip().toLowerCase(Locale.ROOT);
    if (term.codePointCount(0, term.length()) < MIN_LENGTH || !hasLetter(term)
        || stopWords.contains(term)) {
      return null;
    }
    return term;
  }

  private static boolean hasLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** The bundled German stop-word list (light verbs, generic news nouns, weekdays). */
  public static Set<String> loadStopWords() {
    try (InputStream in = TermVectorStage.class.getResourceAsStream("stopwords-de.txt")) {
      if (in == null) {
        throw new IllegalStateException("stopwords-de.txt missing from the classpath");
      }
      Set<String> words = new HashSet<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String word = line.strip();
        if (!word.isEmpty() && !word.startsWith("#")) {
          words.add(word.toLowerCase(Locale.ROOT));
        }
      }
      return Set.copyOf(words);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
