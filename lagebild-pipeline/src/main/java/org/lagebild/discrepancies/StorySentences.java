package org.lagebild.discrepancies;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lagebild.clean.AnalysisText;
import org.lagebild.clean.NoiseDetector;
import org.lagebild.linguistics.LinguisticStage;
import org.lagebild.model.AnnotatedDocument;
import org.lagebild.model.Sentence;

/**
 * Sentences of an article as the story sections read them: the analysed sentence spans with debris
 * blanked, or a punctuation split when no linguistic stage ran (evaluations on raw corpora).
 */
public final class StorySentences {

  /** One sentence: its trimmed span in the original text and its text with debris blanked. */
  public record Item(int start, int end, String text) {}

  /** A sentence end: terminal punctuation (not after a one- or two-digit ordinal) then a space. */
  private static final Pattern FALLBACK_END =
      Pattern.compile("(?<!(?:^|\\s)\\d{1,2})[.!?]+[\"“”»«']?(?=\\s+[\\p{Lu}\\d\"„»«])|\\n\\s*\\n|\\n(?=\\s*\\p{Lu})");
  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\-]*");
  private static final Set<String> STOPWORDS =
      java.util.Set.copyOf(java.util.Arrays.asList(
          "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines",
          "und", "oder", "aber", "auch", "noch", "nicht", "mit", "von", "vom", "zum", "zur", "für",
          "auf", "aus", "bei", "nach", "vor", "über", "unter", "sich", "sie", "ihr", "ihre", "ihren",
          "sein", "seine", "seiner", "seinen", "hat", "haben", "hatte", "hatten", "ist", "sind", "war",
          "waren", "wird", "werden", "wurde", "wurden", "kann", "können", "soll", "sollen", "dass",
          "wie", "als", "wenn", "man", "nur", "schon", "sei", "seien", "diese", "dieser", "dieses",
          "diesem", "diesen", "einem", "durch", "gegen", "ohne", "sehr", "mehr", "dem", "beim", "bis",
          "seit", "zwischen", "damit", "dabei", "darauf", "wurde", "worden", "sagte", "sagt", "heißt",
          "laut", "nach", "rund", "etwa", "the", "and", "was", "wir", "ich", "ihm", "ihn", "uns"));

  private StorySentences() {}

  /** The article's sentences in text order, each at least one letter long. */
  public static List<Item> of(AnnotatedDocument doc) {
    String text = AnalysisText.masked(doc.text(), doc.getOrDefault(NoiseDetector.NOISE, List.of()));
    List<Item> items = new ArrayList<>();
    List<Sentence> sentences = doc.getOrDefault(LinguisticStage.SENTENCES, null);
    if (sentences != null) {
      for (Sentence s : sentences) {
        add(items, text, s.start(), s.end());
      }
    } else {
      Matcher m = FALLBACK_END.matcher(text);
      int from = 0;
      while (m.find()) {
        add(items, text, from, m.end());
        from = m.end();
      }
      add(items, text, from, text.length());
    }
    return items;
  }

  private static void add(List<Item> items, String text, int start, int end) {
    end = Math.min(end, text.length());
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start && text.substring(start, end).chars().anyMatch(Character::isLetter)) {
      items.add(new Item(start, end, text.substring(start, end)));
    }
  }

  /**
   * Content words folded to their first six letters (lower case, umlauts kept): a cheap stem that
   * makes "Grenze"/"Grenzen" and "Polen"/"polnischen" meet.
   */
  public static Set<String> contentStems(String text) {
    Set<String> stems = new java.util.LinkedHashSet<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String w = m.group().toLowerCase(Locale.ROOT);
      if (w.length() < 3 || STOPWORDS.contains(w)) {
        continue;
      }
      stems.add(w.length() > 6 ? w.substring(0, 6) : w);
    }
    return stems;
  }

  /** The share of {@code a}'s stems that {@code b} also has (0 when {@code a} is empty). */
  public static double containment(Set<String> a, Set<String> b) {
    if (a.isEmpty()) {
      return 0;
    }
    int shared = 0;
    for (String s : a) {
      if (b.contains(s)) {
        shared++;
      }
    }
    return shared / (double) a.size();
  }
}
