package org.lagebild.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.lagebild.discrepancies.StorySentences;
import org.lagebild.dossier.StorySection;
import org.lagebild.model.AnnotatedDocument;
import org.lagebild.model.PublicationDate;
import org.lagebild.model.dossier.Citation;
import org.lagebild.model.dossier.Quote;
import org.lagebild.model.dossier.SharedPassage;
import org.lagebild.model.dossier.Story;
import org.lagebild.model.dossier.SummarySentence;
import org.lagebild.model.dossier.TimelineEntry;
import org.lagebild.time.PublicationDateInferrer;

/**
 * A cited extractive summary: 4 to 8 sentences for a story of several articles, up to 3 for a single
 * one. Candidate sentences are real source sentences (no debris, no headings, not mostly a quote
 * fragment, no dangling start); near-identical sentences of several articles are one fact citing
 * all of them. Facts are ranked by how many articles carry them, how central their words are to the
 * story, lead position, reported speech with a speaker and forward-looking wording, then chosen
 * without redundancy and ordered by publication date and position.
 */
public final class ExtractiveSummarizer implements StorySection {

  private static final double SAME_FACT = 0.7;
  private static final double REDUNDANT = 0.5;
  private static final int MIN_CHARS = 40;
  private static final int MAX_CHARS = 420;
  private static final Pattern QUOTE_MARKS = Pattern.compile("[\"„“”»«]");
  private static final Pattern SPEECH =
      Pattern.compile(
          "\\b(sagte|sagt|erklärte|betonte|teilte|kündigte|warnte|forderte|kritisierte|bekräftigte"
              + "|versicherte|räumte|hieß es|so der|so die|berichtete|meldete)\\b");
  private static final Pattern FUTURE =
      Pattern.compile(
          "\\b(wird|werden|will|wollen|soll|sollen|plant|geplant|kommende[nr]?|nächste[nrs]?|künftig"
              + "|morgen|demnächst)\\b");
  private static final Pattern DANGLING_START =
      Pattern.compile("^(Er|Sie|Es|Dies|Das|Dieser|Diese|Dabei|Daher|Deshalb|Dazu|Damit|Außerdem|Auch|Aber|Und|Doch|Zudem|Allerdings)\\b");

  @Override
  public String name() {
    return "summary";
  }

  /** A candidate source sentence. */
  record Candidate(int doc, String articleId, int start, int end, String text, Set<String> stems,
      double position, String published, boolean speech, boolean future, boolean dangling) {}

  /** Near-identical candidates of different articles: one fact. */
  static final class Fact {
    final Candidate first;
    final List<Candidate> members = new ArrayList<>();
    final Set<String> articles = new LinkedHashSet<>();
    double score;

    Fact(Candidate first) {
      this.first = first;
      add(first);
    }

    void add(Candidate c) {
      if (articles.add(c.articleId())) {
        members.add(c);
      }
    }
  }

  @Override
  public Story fill(Story story, List<AnnotatedDocument> documents) {
    return story.withSummary(summarize(story, documents));
  }

  public List<SummarySentence> summarize(Story story, List<AnnotatedDocument> documents) {
    List<Candidate> candidates = candidates(story, documents);
    if (candidates.isEmpty()) {
      return List.of();
    }
    List<Fact> facts = merge(candidates, sharedArticlePairs(story));
    Map<String, Integer> df = new HashMap<>();
    for (Fact f : facts) {
      for (String s : f.first.stems()) {
        df.merge(s, f.articles.size(), Integer::sum);
      }
    }
    Set<String> timelineSources = new java.util.HashSet<>();
    for (TimelineEntry t : story.timeline()) {
      for (Citation c : t.sources()) {
        timelineSources.add(c.articleId() + "@" + c.start());
      }
    }
    Set<String> quotedWithSpeaker = new java.util.HashSet<>();
    for (Quote q : story.quotes()) {
      if (q.speaker() != null) {
        quotedWithSpeaker.add(q.articleId() + "@" + q.start());
      }
    }
    int maxDf = df.values().stream().mapToInt(Integer::intValue).max().orElse(1);
    for (Fact f : facts) {
      double central = 0;
      for (String s : f.first.stems()) {
        central += df.get(s) / (double) maxDf;
      }
      central /= Math.sqrt(Math.max(1, f.first.stems().size()));
      Candidate c = f.first;
      f.score = 1.5 * (f.articles.size() - 1)
          + central
          + (c.position() < 0.15 ? 0.8 : c.position() < 0.4 ? 0.3 : 0)
          + (c.speech() || covers(quotedWithSpeaker, f) ? 0.3 : 0)
          + (c.future() ? 0.2 : 0)
          + (covers(timelineSources, f) ? 0.3 : 0)
          - (c.dangling() ? 1.0 : 0);
    }
    facts.sort(Comparator.comparingDouble((Fact f) -> -f.score)
        .thenComparingInt(f -> f.first.doc()).thenComparingInt(f -> f.first.start()));
    int target = documents.size() >= 2 ? Math.min(8, 4 + documents.size() / 3) : 3;
    List<Fact> chosen = new ArrayList<>();
    for (Fact f : facts) {
      if (chosen.size() == target) {
        break;
      }
      boolean redundant = false;
      for (Fact g : chosen) {
        if (StorySentences.containment(f.first.stems(), g.first.stems()) >= REDUNDANT
            || StorySentences.containment(g.first.stems(), f.first.stems()) >= REDUNDANT) {
          redundant = true;
          break;
        }
      }
      if (!redundant) {
        chosen.add(f);
      }
    }
    chosen.sort(Comparator.comparing((Fact f) -> earliest(f), Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparingInt(f -> f.first.doc()).thenComparingDouble(f -> f.first.position()));
    List<SummarySentence> summary = new ArrayList<>();
    for (Fact f : chosen) {
      List<Citation> citations = new ArrayList<>();
      for (Candidate c : f.members) {
        citations.add(new Citation(c.articleId(), c.start(), c.end()));
      }
      summary.add(new SummarySentence(f.first.text().replaceAll("\\s+", " ").strip(), citations));
    }
    return summary;
  }

  private static String earliest(Fact f) {
    return f.members.stream().map(Candidate::published).filter(java.util.Objects::nonNull)
        .map(p -> p.length() >= 10 ? p.substring(0, 10) : p).min(Comparator.naturalOrder()).orElse(null);
  }

  private static boolean covers(Set<String> anchors, Fact f) {
    if (anchors.isEmpty()) {
      return false;
    }
    for (Candidate c : f.members) {
      for (String a : anchors) {
        int at = a.lastIndexOf('@');
        if (a.substring(0, at).equals(c.articleId())) {
          int pos = Integer.parseInt(a.substring(at + 1));
          if (pos >= c.start() && pos < c.end()) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Pairs of articles that share wire copy: their sentences merge at a lower similarity. */
  private static Set<String> sharedArticlePairs(Story story) {
    Set<String> pairs = new java.util.HashSet<>();
    for (SharedPassage p : story.sharedPassages()) {
      pairs.add(p.a().articleId() + "|" + p.b().articleId());
      pairs.add(p.b().articleId() + "|" + p.a().articleId());
    }
    return pairs;
  }

  private static List<Fact> merge(List<Candidate> candidates, Set<String> sharedPairs) {
    List<Fact> facts = new ArrayList<>();
    for (Candidate c : candidates) {
      Fact home = null;
      for (Fact f : facts) {
        if (f.articles.contains(c.articleId())) {
          continue;
        }
        double needed = sharedPairs.contains(f.first.articleId() + "|" + c.articleId()) ? 0.6 : SAME_FACT;
        // Both ways: the fact's text must be carried by the new sentence (the citation check's
        // rule) and the new sentence must not say much more.
        if (StorySentences.containment(f.first.stems(), c.stems()) >= Math.max(needed, SummaryCitationCheck.MIN_SUPPORT)
            && StorySentences.containment(c.stems(), f.first.stems()) >= needed - 0.1) {
          home = f;
          break;
        }
      }
      if (home == null) {
        facts.add(new Fact(c));
      } else {
        home.add(c);
      }
    }
    return facts;
  }

  private static List<Candidate> candidates(Story story, List<AnnotatedDocument> documents) {
    List<Candidate> out = new ArrayList<>();
    for (int d = 0; d < documents.size(); d++) {
      AnnotatedDocument doc = documents.get(d);
      PublicationDate p = doc.getOrDefault(PublicationDateInferrer.PUBLISHED, null);
      String published = p != null && p.known() ? p.value() : doc.article().published();
      String original = doc.text();
      int length = Math.max(1, original.length());
      for (StorySentences.Item s : StorySentences.of(doc)) {
        String masked = s.text();
        String raw = original.substring(s.start(), s.end());
        if (!masked.equals(raw) && blanked(masked, raw) > 0.05) {
          continue; // touches debris: the sentence would carry a byline or markup remnant
        }
        String text = raw.replaceAll("\\s+", " ").strip();
        if (text.length() < MIN_CHARS || text.length() > MAX_CHARS || !usable(text)) {
          continue;
        }
        Set<String> stems = StorySentences.contentStems(text);
        if (stems.size() < 4) {
          continue;
        }
        out.add(new Candidate(d, doc.id(), s.start(), s.end(), text, stems, s.start() / (double) length,
            published, SPEECH.matcher(text).find(), FUTURE.matcher(text).find(),
            DANGLING_START.matcher(text).find()));
      }
    }
    return out;
  }

  private static double blanked(String masked, String raw) {
    int n = 0;
    for (int i = 0; i < masked.length(); i++) {
      if (masked.charAt(i) != raw.charAt(i)) {
        n++;
      }
    }
    return n / (double) Math.max(1, raw.length());
  }

  /**
   * A sentence a reader can take on its own: ends like a sentence (no heading), starts with a
   * capital or an opening quote, not mostly a quote fragment without its speaker, balanced quotes.
   */
  static boolean usable(String text) {
    char first = text.charAt(0);
    if (!(Character.isUpperCase(first) || Character.isDigit(first) || "„\"»«“".indexOf(first) >= 0)) {
      return false;
    }
    char last = text.charAt(text.length() - 1);
    if (".!?\"“”«»'".indexOf(last) < 0) {
      return false; // a heading or a cut-off line
    }
    if (text.endsWith("?")) {
      return false; // questions summarise nothing
    }
    if (text.contains("http") || text.contains("@") || text.contains("|")) {
      return false;
    }
    long marks = QUOTE_MARKS.matcher(text).results().count();
    if (marks % 2 == 1) {
      return false; // a quote cut by the sentence splitter
    }
    if (marks >= 2) {
      int quoted = 0;
      boolean inside = false;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if ("\"„“”»«".indexOf(c) >= 0) {
          inside = !inside;
        } else if (inside) {
          quoted++;
        }
      }
      if (quoted > 0.75 * text.length() && !SPEECH.matcher(text).find()) {
        return false;
      }
    }
    long upper = text.chars().filter(Character::isUpperCase).count();
    long letters = text.chars().filter(Character::isLetter).count();
    return letters > 0 && upper < 0.4 * letters;
  }
}
