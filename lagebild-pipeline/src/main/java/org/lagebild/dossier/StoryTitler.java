package org.lagebild.dossier;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lagebild.clean.AnalysisText;
import org.lagebild.clean.NoiseDetector;
import org.lagebild.linguistics.LinguisticStage;
import org.lagebild.model.AnnotatedDocument;
import org.lagebild.model.Noise;
import org.lagebild.model.Sentence;
import org.lagebild.model.dossier.StoryEntity;
import org.lagebild.stories.StoryGroup;

/**
 * Chooses a story's title. The most central article is the one that shares most entities with the
 * rest of the story (each shared entity counts once per story article mentioning it). Its own
 * headline is the title; when it has none, the headline of the most central titled article; when no
 * article has one, the lead of the most central article whose lead can open a story (see {@link
 * #standsAlone}), else of the most central one: its first real sentence (not a dateline or a
 * byline), cut at a clause or word boundary to headline length. A list of entity names is no title.
 */
final class StoryTitler {

  /** Longest lead kept whole; longer leads are cut at a clause, else at a word boundary. */
  static final int MAX_CHARS = 100;
  /** A clause cut shorter than this reads as a fragment; cut at a word boundary instead. */
  private static final int MIN_CLAUSE_CHARS = 35;
  /** Sentences looked at for the lead: a dateline and a byline or two may come first. */
  private static final int LEAD_SENTENCES = 6;
  /** How much of a text is searched for its lead when no sentence spans are given. */
  private static final int HEAD_CHARS = 4000;

  /**
   * Words that open a subordinate clause ("Nachdem die Gespräche endeten, ..."): such a clause
   * alone is no headline, so a lead opening with one is cut at a word boundary, not at its comma.
   */
  private static final Set<String> SUBORDINATORS = Set.of(
      "als", "bevor", "bis", "da", "damit", "dass", "falls", "indem", "nachdem", "ob", "obwohl",
      "obgleich", "seit", "seitdem", "sobald", "solange", "sofern", "während", "weil", "wenn",
      "wie", "wo", "um", "trotz", "angesichts", "wegen", "nach", "mit");

  /** Lead words that refer to something said before, so the sentence cannot open a story. */
  private static final Set<String> BACK_REFERENCES = Set.of(
      "er", "sie", "es", "dies", "diese", "dieser", "dieses", "dabei", "dazu", "daher", "deshalb",
      "dort", "damals", "zudem", "außerdem", "auch", "so", "doch", "aber", "und");

  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…][\"“”»«'’]?)\\s+(?=[\\p{Lu}\"„“»«(])");
  private static final Pattern CLAUSE = Pattern.compile("\\s*(?:,|;|:|\\s[–—-]\\s)\\s*");

  private StoryTitler() {}

  static String title(StoryGroup group, Map<String, AnnotatedDocument> byId, List<StoryEntity> entities) {
    Map<String, Set<String>> entitiesByArticle = new HashMap<>();
    Map<String, Integer> spread = new HashMap<>();
    for (StoryEntity e : entities) {
      Set<String> articles = new HashSet<>();
      for (StoryEntity.Mention m : e.mentions()) {
        articles.add(m.articleId());
        entitiesByArticle.computeIfAbsent(m.articleId(), a -> new HashSet<>()).add(e.id());
      }
      spread.put(e.id(), articles.size());
    }
    String bestTitled = null;
    int bestTitledScore = -1;
    List<AnnotatedDocument> ranked = new ArrayList<>();
    Map<AnnotatedDocument, Integer> scores = new HashMap<>();
    for (String id : group.articleIds()) {
      AnnotatedDocument doc = byId.get(id);
      int score = 0;
      for (String e : entitiesByArticle.getOrDefault(id, Set.of())) {
        score += spread.get(e);
      }
      scores.put(doc, score);
      ranked.add(doc);
      String title = doc.article().title();
      if (title != null && !title.isBlank() && score > bestTitledScore) {
        bestTitled = title.strip().replaceAll("\\s+", " ");
        bestTitledScore = score;
      }
    }
    // Stable: equally central articles keep the story's order.
    ranked.sort(Comparator.comparingInt(d -> -scores.get(d)));
    String own = ranked.get(0).article().title();
    if (own != null && !own.isBlank()) {
      return own.strip().replaceAll("\\s+", " ");
    }
    if (bestTitled != null) {
      return bestTitled;
    }
    // The most central article whose lead reads as a headline; else the most central one's lead.
    String first = null;
    for (AnnotatedDocument doc : ranked) {
      String lead = leadSentence(AnalysisText.masked(doc.text(), doc.getOrDefault(NoiseDetector.NOISE, List.<Noise>of())),
          doc.getOrDefault(LinguisticStage.SENTENCES, null));
      if (lead.isEmpty()) {
        continue;
      }
      if (first == null) {
        first = lead;
      }
      if (standsAlone(lead)) {
        return headline(lead);
      }
    }
    return first == null ? ranked.get(0).id() : headline(first);
  }

  /**
   * Whether a lead can head a story: it opens neither with a subordinate or introductory clause
   * ("Nachdem die Gespräche scheiterten, ...") nor with a word pointing back ("Er reiste ...").
   */
  static boolean standsAlone(String lead) {
    String first = lead.split("[\\s,]", 2)[0].toLowerCase(Locale.GERMAN);
    return !SUBORDINATORS.contains(first) && !BACK_REFERENCES.contains(first);
  }

  /**
   * The headline-length lead of a text whose debris is already blanked: the first sentence that
   * reads as prose, whole when short enough, else cut. Empty when the text has no words.
   *
   * @param sentences sentence spans of the text, or {@code null} to split at sentence punctuation
   */
  static String lead(String text, List<Sentence> sentences) {
    String s = leadSentence(text, sentences);
    return s.isEmpty() ? s : headline(s);
  }

  /** The first sentence that reads as prose (else the first sentence), whole; empty without words. */
  private static String leadSentence(String text, List<Sentence> sentences) {
    List<String> candidates = new ArrayList<>();
    if (sentences != null && !sentences.isEmpty()) {
      for (Sentence s : sentences) {
        if (s.end() <= text.length()) {
          candidates.add(text.substring(s.start(), s.end()));
        }
      }
    } else {
      // The lead stands near the top: a long text is not split whole.
      String head = text.length() > HEAD_CHARS ? text.substring(0, HEAD_CHARS) : text;
      for (String paragraph : head.split("\\n\\s*\\n")) {
        candidates.addAll(List.of(SENTENCE_END.split(paragraph)));
      }
    }
    String fallback = null;
    int looked = 0;
    for (String candidate : candidates) {
      String s = candidate.replaceAll("\\s+", " ").strip();
      if (s.isEmpty()) {
        continue;
      }
      if (fallback == null) {
        fallback = s;
      }
      if (readsAsProse(s)) {
        return s;
      }
      if (++looked == LEAD_SENTENCES) {
        break;
      }
    }
    return fallback == null ? "" : fallback;
  }

  /** At least five words, mostly letters: not a dateline ("19. Januar 2022, 19:14 Uhr") or byline. */
  private static boolean readsAsProse(String s) {
    String[] words = s.split(" ");
    if (words.length < 5) {
      return false;
    }
    int letters = 0;
    int visible = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != ' ') {
        visible++;
        if (Character.isLetter(c)) {
          letters++;
        }
      }
    }
    return letters >= 0.7 * visible;
  }

  /** The sentence without its full stop when short enough; else cut at a clause or word boundary. */
  static String headline(String sentence) {
    String s = sentence.strip();
    if (s.endsWith(".") && !s.endsWith("..")) {
      s = s.substring(0, s.length() - 1).stripTrailing();
    }
    if (s.length() <= MAX_CHARS) {
      return s;
    }
    if (standsAlone(s)) {
      int cut = -1;
      Matcher m = CLAUSE.matcher(s);
      while (m.find() && m.start() <= MAX_CHARS) {
        if (m.start() >= MIN_CLAUSE_CHARS && balancedQuotes(s.substring(0, m.start()))) {
          cut = m.start();
        }
      }
      if (cut > 0) {
        return s.substring(0, cut);
      }
    }
    int space = s.lastIndexOf(' ', MAX_CHARS - 2);
    if (space < MAX_CHARS / 2) {
      space = Character.isHighSurrogate(s.charAt(MAX_CHARS - 3)) ? MAX_CHARS - 3 : MAX_CHARS - 2;
    }
    return s.substring(0, space).replaceAll("[\\s,;:–—-]+$", "") + "\u00A0…";
  }

  /** Whether a clause cut keeps opening and closing quotation marks paired. */
  private static boolean balancedQuotes(String s) {
    int open = 0;
    int plain = 0;
    for (int i = 0; i < s.length(); i++) {
      switch (s.charAt(i)) {
        case '„', '»' -> open++;
        case '“', '«' -> open--;
        case '"' -> plain++;
        default -> { }
      }
    }
    return open == 0 && plain % 2 == 0;
  }
}
