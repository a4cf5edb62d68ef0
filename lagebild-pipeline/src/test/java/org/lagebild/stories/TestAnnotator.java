package org.lagebild.stories;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lagebild.clean.NoiseDetector;
import org.lagebild.language.LanguageIdentifier;
import org.lagebild.linguistics.LinguisticStage;
import org.lagebild.model.AnnotatedDocument;
import org.lagebild.model.Article;
import org.lagebild.model.EntityMention;
import org.lagebild.model.LanguageGuess;
import org.lagebild.model.Noise;
import org.lagebild.model.PublicationDate;
import org.lagebild.model.Sentence;
import org.lagebild.model.Token;
import org.lagebild.time.PublicationDateInferrer;

/**
 * Hand-made annotation for tests, since no NLP model is available in this module: tokens from a
 * letter regex (capitalised words tagged NOUN, as German nouns are capitalised; a few function words
 * DET; the rest X), entities where a hand-listed name occurs as a whole word, sentences split at
 * ". ", debris from hand-given patterns.
 */
public final class TestAnnotator {

  /** A hand-listed name and its type. */
  public record Name(String text, String type) {}

  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}]*");
  private static final Set<String> FUNCTION_WORDS =
      Set.of("der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "als", "nach", "bei",
          "in", "im", "am", "an", "auf", "zu", "mit", "von", "und", "oder", "aber", "wir", "er",
          "sie", "es", "ich", "dies", "diese", "dabei", "dennoch", "auch", "zuvor", "laut", "was",
          "wie", "obwohl", "trotz", "seit", "danach", "anschließend", "gleichzeitig", "da", "wenn");

  private final List<Name> names;
  private final List<Pattern> debris;

  public TestAnnotator(List<Name> names, List<Pattern> debris) {
    this.names = new ArrayList<>(names);
    this.names.sort(Comparator.comparingInt((Name n) -> -n.text().length()));
    this.debris = debris;
  }

  public static Name per(String s) {
    return new Name(s, "PER");
  }

  public static Name loc(String s) {
    return new Name(s, "LOC");
  }

  public static Name org(String s) {
    return new Name(s, "ORG");
  }

  public static Name misc(String s) {
    return new Name(s, "MISC");
  }

  /** A document with NOISE, LANGUAGE, PUBLISHED, SENTENCES, TOKENS and ENTITIES layers. */
  public AnnotatedDocument annotate(Article article, PublicationDate published) {
    String text = article.text();
    List<Noise> noise = noise(text);
    return AnnotatedDocument.of(article)
        .with(NoiseDetector.NOISE, noise)
        .with(LanguageIdentifier.LANGUAGE, new LanguageGuess("de", 0.99, "detected"))
        .with(PublicationDateInferrer.PUBLISHED, published)
        .with(LinguisticStage.SENTENCES, sentences(text))
        .with(LinguisticStage.TOKENS, tokens(text, noise))
        .with(LinguisticStage.ENTITIES, entities(text, noise));
  }

  public List<Noise> noise(String text) {
    List<Noise> noise = new ArrayList<>();
    for (Pattern p : debris) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        if (m.end() > m.start()) {
          String kind = m.group().startsWith("http") ? "url" : m.group().startsWith("h2") ? "markup" : "byline";
          noise.add(new Noise(m.start(), m.end(), kind));
        }
      }
    }
    noise.sort(Comparator.comparingInt(Noise::start));
    return noise;
  }

  static List<Sentence> sentences(String text) {
    List<Sentence> sentences = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c == '.' || c == '!' || c == '?' || c == '\n')
          && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
        if (!text.substring(start, i + 1).isBlank()) {
          sentences.add(new Sentence(start, i + 1));
        }
        start = i + 1;
      }
    }
    if (start < text.length() && !text.substring(start).isBlank()) {
      sentences.add(new Sentence(start, text.length()));
    }
    return sentences;
  }

  static List<Token> tokens(String text, List<Noise> noise) {
    List<Token> tokens = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      if (inside(noise, m.start(), m.end())) {
        continue;
      }
      String w = m.group();
      String lower = w.toLowerCase(Locale.ROOT);
      String pos =
          FUNCTION_WORDS.contains(lower) ? "DET" : Character.isUpperCase(w.charAt(0)) ? "NOUN" : "X";
      tokens.add(new Token(m.start(), m.end(), w, pos, w, 0));
    }
    return tokens;
  }

  List<EntityMention> entities(String text, List<Noise> noise) {
    boolean[] taken = new boolean[text.length()];
    List<EntityMention> found = new ArrayList<>();
    for (Name name : names) {
      int from = 0;
      for (int i = text.indexOf(name.text(), from); i >= 0; i = text.indexOf(name.text(), from)) {
        int end = i + name.text().length();
        from = i + 1;
        boolean wordStart = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
        boolean wordEnd = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
        if (!wordStart || !wordEnd || inside(noise, i, end) || taken[i] || taken[end - 1]) {
          continue;
        }
        for (int k = i; k < end; k++) {
          taken[k] = true;
        }
        found.add(new EntityMention(i, end, name.text(), name.type()));
      }
    }
    found.sort(Comparator.comparingInt(EntityMention::start));
    return found;
  }

  private static boolean inside(List<Noise> noise, int start, int end) {
    for (Noise n : noise) {
      if (start < n.end() && n.start() < end) {
        return true;
      }
    }
    return false;
  }
}
