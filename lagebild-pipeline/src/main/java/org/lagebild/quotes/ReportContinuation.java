package org.lagebild.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.lagebild.clean.AnalysisText;
import org.lagebild.clean.NoiseDetector;
import org.lagebild.entities.GermanEntityRefiner;
import org.lagebild.linguistics.LinguisticStage;
import org.lagebild.model.AnnotatedDocument;
import org.lagebild.model.EntityMention;
import org.lagebild.model.Sentence;
import org.lagebild.model.Span;
import org.lagebild.model.Token;

/**
 * Decides, after the rules of {@link QuoteExtractor} and the {@link SpeakerRanker}, for each sentence that
 * no quote covers whether it continues the report before it: a Konjunktiv sentence the rules dropped, or a
 * speaker's figures told in the indicative right after the report. Such a sentence becomes an indirect
 * quote without cue (span: the sentence without its final punctuation) whose speaker is the previous
 * quote's, carried ({@code via "previous"}).
 *
 * <p>A logistic model over sparse binary features of the sentence (Konjunktiv and indicative verbs in
 * its main clause, an opening connective, figures, first-person words, a name as subject, a quotation
 * mark, length, question mark, heading line) and of the report before it (distance in sentences, same
 * paragraph, its kind and whether it had a cue). The weights are fitted by {@link #train} on the
 * labelled quotes (L2, AdaGrad); {@code lagebild eval quotes --continuation-cv} scores it with each batch
 * left out, and {@code --write-continuation-model} writes the resource, with the probability threshold
 * chosen on the cross-validation and an on/off switch ({@code @enabled}) set only where the
 * cross-validation showed a gain.
 *
 * <p>Without weights, or with the shipped model switched off, {@link #extend} returns the quotes unchanged.
 */
public final class ReportContinuation {

  /** The weights shipped with Lagebild. */
  static final String RESOURCE = "continuation-model.tsv";
  /** Resource keys that are settings, not feature weights. */
  static final String THRESHOLD_KEY = "@threshold";
  static final String ENABLED_KEY = "@enabled";
  /** The feature every candidate has. */
  static final String BIAS = "bias";
  /** A sentence at most this many sentences after the last quote is a candidate. */
  static final int WINDOW = 5;
  /** Threshold of a model that does not name one. */
  public static final double DEFAULT_THRESHOLD = 0.7;
  /** A person or organisation named within a sentence's first tokens is its subject. */
  private static final int SUBJECT_TOKENS = 5;
  /** Sentences longer than this many tokens are looked at in their first tokens only (hostile input). */
  private static final int MAX_TOKENS = 400;

  /** Words that open a sentence going on with what was said before. */
  static final Set<String> CONNECTIVES = Set.of("außerdem", "zudem", "auch", "dazu", "demnach", "danach",
      "zwar", "so", "ferner", "darüber", "allerdings", "jedoch", "aber", "dabei", "deshalb", "daher",
      "deswegen", "denn", "schließlich", "zugleich", "gleichzeitig", "ebenso", "ebenfalls", "insgesamt",
      "derzeit", "aktuell", "bislang", "bisher", "inzwischen", "mittlerweile", "man", "es", "das", "dies",
      "diese", "dieser", "er", "sie", "und", "trotzdem", "nun", "jetzt", "hier", "dort", "damit", "weiter",
      "weiterhin", "zunächst", "vor", "im", "in", "nach", "laut", "wie", "wenn", "ob", "dass");

  /** Finite indicative forms of auxiliaries and modals. */
  static final Set<String> INDICATIVE = Set.of("ist", "sind", "war", "waren", "wird", "werden", "wurde",
      "wurden", "hat", "haben", "hatte", "hatten", "kann", "können", "konnte", "konnten", "muss", "müssen",
      "musste", "mussten", "soll", "sollen", "will", "wollen", "wollte", "wollten", "darf", "dürfen", "gibt",
      "gab", "geht", "ging", "liegt", "lag", "steht", "stand", "kommt", "kam", "bleibt", "blieb");

  /** Words inside a sentence that name it as someone's account ("demnach", "laut", "zufolge", "nach Angaben"). */
  static final Set<String> SOURCE_WORDS =
      Set.of("demnach", "demzufolge", "zufolge", "laut", "angaben", "wonach", "so", "hieß", "heißt", "berichtet",
          "berichtete", "berichten", "meldet", "meldete", "mitteilte", "sagte", "sagt", "erklärte");

  /** "soll" reporting a claim ("Die Firma soll … haben"). */
  static final Set<String> MODAL_REPORT = Set.of("soll", "sollen");

  private static final Set<String> FIRST_PERSON =
      Set.of("ich", "wir", "mein", "meine", "meinen", "meinem", "meiner", "unser", "unsere", "unseren",
          "unserem", "unserer", "mir", "mich", "uns");

  private static final ReportContinuation OFF = new ReportContinuation(Map.of(), DEFAULT_THRESHOLD, false);
  private static volatile ReportContinuation standard;

  private final Map<String, Double> weights;
  private final double threshold;
  private final boolean enabled;

  private ReportContinuation(Map<String, Double> weights, double threshold, boolean enabled) {
    this.weights = weights;
    this.threshold = threshold;
    this.enabled = enabled;
  }

  /** The shipped model, or {@link #off()} when its resource is missing or switched off. */
  public static ReportContinuation standard() {
    ReportContinuation s = standard;
    if (s == null) {
      synchronized (ReportContinuation.class) {
        s = standard;
        if (s == null) {
          ReportContinuation loaded = load();
          s = loaded.enabled ? loaded : OFF;
          standard = s;
        }
      }
    }
    return s;
  }

  /** A model that adds nothing. */
  public static ReportContinuation off() {
    return OFF;
  }

  /** A model with these weights, adding a sentence at probability {@code threshold} or more. */
  public static ReportContinuation of(Map<String, Double> weights, double threshold) {
    return new ReportContinuation(Map.copyOf(weights), threshold, !weights.isEmpty());
  }

  /** The shipped weights whether switched on or not (for tests and the evaluation). */
  static ReportContinuation shipped() {
    return load();
  }

  public boolean active() {
    return enabled && !weights.isEmpty();
  }

  public boolean enabled() {
    return enabled;
  }

  public Map<String, Double> weights() {
    return weights;
  }

  public double threshold() {
    return threshold;
  }

  /** The same weights at another threshold. */
  public ReportContinuation withThreshold(double t) {
    return new ReportContinuation(weights, t, enabled);
  }

  private static ReportContinuation load() {
    try (InputStream in = ReportContinuation.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return OFF;
      }
      return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** Reads weights in the resource format (see {@link #write}). */
  static ReportContinuation read(BufferedReader reader) throws IOException {
    Map<String, Double> w = new HashMap<>();
    double t = DEFAULT_THRESHOLD;
    boolean on = true;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int tab = line.lastIndexOf('\t');
      if (tab < 0) {
        continue;
      }
      String key = line.substring(0, tab);
      double value = Double.parseDouble(line.substring(tab + 1).strip());
      if (THRESHOLD_KEY.equals(key)) {
        t = value;
      } else if (ENABLED_KEY.equals(key)) {
        on = value != 0;
      } else {
        w.put(key, value);
      }
    }
    return new ReportContinuation(Map.copyOf(w), t, on && !w.isEmpty());
  }

  /**
   * Writes the weights (feature, tab, weight; sorted; zero weights left out) after the threshold and the
   * switch.
   */
  public static void write(Map<String, Double> weights, double threshold, boolean enabled, Writer out,
      String comment) throws IOException {
    out.write("# " + comment.replace("\n", "\n# ") + "\n");
    out.write(THRESHOLD_KEY + "\t" + String.format(Locale.ROOT, "%.2f", threshold) + "\n");
    out.write(ENABLED_KEY + "\t" + (enabled ? 1 : 0) + "\n");
    for (Map.Entry<String, Double> e : new TreeMap<>(weights).entrySet()) {
      if (Math.abs(e.getValue()) >= 1e-4) {
        out.write(e.getKey() + "\t" + String.format(Locale.ROOT, "%.4f", e.getValue()) + "\n");
      }
    }
    out.flush();
  }

  /** The article prepared once: its analysis text, tokens, sentences and names. */
  public static final class Context {
    private final String original;
    private final String text;
    private final List<Token> tokens;
    private final String[] lower;
    private final List<Sentence> sentences;
    private final List<EntityMention> entities;
    private final boolean[] quoted;
    /** Index of each sentence's first token (tokens.size() where it has none). */
    private final int[] firstToken;
    private final GermanSpeechVerbs verbs = GermanSpeechVerbs.standard();

    /**
     * @param original the article text as written (the quotes' words are taken from it)
     * @param text the text analysis sees (debris blanked, same length)
     */
    public Context(String original, String text, List<Token> tokens, List<Sentence> sentences,
        List<EntityMention> entities) {
      this.original = original;
      this.text = text;
      List<Token> kept = new ArrayList<>();
      for (Token t : tokens) {
        if (t.end() <= text.length() && t.start() < t.end() && !t.text().isEmpty()) {
          kept.add(t);
        }
      }
      this.tokens = kept;
      this.lower = new String[kept.size()];
      for (int i = 0; i < kept.size(); i++) {
        lower[i] = kept.get(i).text().toLowerCase(Locale.ROOT);
      }
      List<Sentence> ss = new ArrayList<>();
      for (Sentence s : sentences) {
        if (s.end() <= text.length() && s.start() < s.end()) {
          ss.add(s);
        }
      }
      ss.sort(Comparator.comparingInt(Sentence::start));
      this.sentences = ss;
      List<EntityMention> es = new ArrayList<>();
      for (EntityMention e : entities) {
        if (e.end() <= text.length() && e.start() < e.end() && !"MISC".equals(e.type())) {
          es.add(e);
        }
      }
      es.sort(Comparator.comparingInt(EntityMention::start));
      this.entities = es;
      this.quoted = new boolean[kept.size()];
      List<GermanQuoteMarks.Pair> pairs = GermanQuoteMarks.find(text);
      int p = 0;
      for (int i = 0; i < kept.size(); i++) {
        Token t = kept.get(i);
        while (p < pairs.size() && pairs.get(p).close() < t.start()) {
          p++;
        }
        quoted[i] = p < pairs.size() && pairs.get(p).open() <= t.start() && t.end() <= pairs.get(p).close() + 1;
      }
      this.firstToken = new int[ss.size()];
      int k = 0;
      for (int s = 0; s < ss.size(); s++) {
        while (k < kept.size() && kept.get(k).start() < ss.get(s).start()) {
          k++;
        }
        firstToken[s] = k;
      }
    }

    /** The context of an analysed document (debris blanked, refined entities where present). */
    public static Context of(AnnotatedDocument doc) {
      String masked = doc.has(NoiseDetector.NOISE)
          ? AnalysisText.masked(doc.text(), doc.get(NoiseDetector.NOISE)) : doc.text();
      return new Context(doc.text(), masked, doc.get(LinguisticStage.TOKENS), doc.get(LinguisticStage.SENTENCES),
          doc.has(GermanEntityRefiner.ENTITIES) ? doc.get(GermanEntityRefiner.ENTITIES)
              : doc.has(LinguisticStage.ENTITIES) ? doc.get(LinguisticStage.ENTITIES) : List.of());
    }

    int sentenceAt(int pos) {
      return SpeakerRanker.sentenceIndex(sentences, pos);
    }

    /** Token indices of sentence {@code s}: [from, to). */
    int[] tokenRange(int s) {
      int from = firstToken[s];
      int to = from;
      int end = sentences.get(s).end();
      while (to < tokens.size() && tokens.get(to).start() < end) {
        to++;
      }
      return new int[] {from, to};
    }
  }

  /**
   * One sentence that may continue a report.
   *
   * @param span the sentence without surrounding space and final punctuation
   * @param previous the quote before it, whose speaker it would carry
   */
  public record Candidate(int sentence, Span span, List<String> features, QuoteMention previous) {}

  /** The sentences no quote covers that follow a quote within {@link #WINDOW} sentences, with their features. */
  public static List<Candidate> candidates(Context c, List<QuoteMention> quotes) {
    int n = c.sentences.size();
    if (n == 0 || quotes.isEmpty() || c.tokens.isEmpty()) {
      return List.of();
    }
    List<QuoteMention> sorted = new ArrayList<>(quotes);
    sorted.sort(Comparator.comparingInt(QuoteMention::start));
    boolean[] covered = new boolean[n];
    // The sentence index where each quote (with its cue) ends, for the distance to the last report.
    for (QuoteMention q : sorted) {
      int from = q.start();
      int to = q.end();
      if (q.cue() != null) {
        from = Math.min(from, q.cue().start());
        to = Math.max(to, q.cue().end());
      }
      int a = c.sentenceAt(from);
      int b = c.sentenceAt(Math.max(from, to - 1));
      for (int s = a; s <= b && s < n; s++) {
        Sentence sent = c.sentences.get(s);
        if (sent.start() < to && from < sent.end()) {
          covered[s] = true;
        }
      }
    }
    List<Candidate> out = new ArrayList<>();
    int qi = -1;
    for (int s = 0; s < n; s++) {
      Sentence sent = c.sentences.get(s);
      while (qi + 1 < sorted.size() && sorted.get(qi + 1).end() <= sent.start()) {
        qi++;
      }
      if (covered[s] || qi < 0) {
        continue;
      }
      QuoteMention prev = lastEndingBefore(sorted, qi, sent.start());
      int prevSentence = c.sentenceAt(Math.max(prev.start(), prev.end() - 1));
      int distance = s - prevSentence;
      if (distance < 1 || distance > WINDOW) {
        continue;
      }
      Span span = trimmed(c.text, sent.start(), sent.end());
      if (span == null) {
        continue;
      }
      int[] range = c.tokenRange(s);
      int words = 0;
      for (int k = range[0]; k < range[1]; k++) {
        words += Character.isLetterOrDigit(c.lower[k].charAt(0)) ? 1 : 0;
      }
      if (words < 3) {
        continue;
      }
      out.add(new Candidate(s, span, features(c, s, range[0], Math.min(range[1], range[0] + MAX_TOKENS), prev,
          distance, covered), prev));
    }
    return out;
  }

  /** Of the quotes up to index {@code qi} (sorted by start), the one ending last before {@code pos}. */
  private static QuoteMention lastEndingBefore(List<QuoteMention> sorted, int qi, int pos) {
    QuoteMention best = sorted.get(qi);
    for (int k = qi; k >= 0 && k >= qi - 3; k--) {
      QuoteMention q = sorted.get(k);
      if (q.end() <= pos && q.end() > best.end()) {
        best = q;
      }
    }
    return best;
  }

  /** The sentence without surrounding space and its final punctuation; null when nothing is left. */
  static Span trimmed(String text, int from, int to) {
    while (from < to && (Character.isWhitespace(text.charAt(from)) || STRAY.indexOf(text.charAt(from)) >= 0)) {
      from++;
    }
    while (to > from && (Character.isWhitespace(text.charAt(to - 1)) || ".!?;:".indexOf(text.charAt(to - 1)) >= 0
        || STRAY.indexOf(text.charAt(to - 1)) >= 0)) {
      to--;
    }
    return to > from ? new Span(from, to) : null;
  }

  /** Quotation marks and dashes a sentence may carry at its edges that belong to no quote of it. */
  private static final String STRAY = "\"„“”»«‚‘'–—-";

  private static List<String> features(Context c, int s, int from, int to, QuoteMention prev, int distance,
      boolean[] covered) {
    List<String> f = new ArrayList<>();
    f.add(BIAS);
    Sentence sent = c.sentences.get(s);
    String d = distance >= 4 ? "4+" : String.valueOf(distance);
    f.add("d=" + d);
    boolean prevReport = s > 0 && covered[s - 1];
    if (prevReport) {
      f.add("prevCovered");
    }
    boolean samePara = c.text.substring(Math.min(prev.end(), sent.start()), sent.start()).indexOf('\n') < 0;
    f.add(samePara ? "samePara" : "newPara");
    f.add("last=" + prev.kind());
    f.add(prev.cue() == null ? "lastNoCue" : "lastCue");
    f.add("last=" + prev.kind() + "&" + (prev.cue() == null ? "noCue" : "cue"));
    if (prev.speaker() == null) {
      f.add("lastSpeakerNone");
    }
    String firstWord = from < to ? c.lower[from] : "";
    f.add(CONNECTIVES.contains(firstWord) ? "open=" + firstWord : "open=other");
    if (from < to && Character.isLowerCase(c.tokens.get(from).text().charAt(0))) {
      f.add("firstLower");
    }

    boolean konj1 = false;
    boolean konj2 = false;
    boolean konjSub = false;
    boolean indicative = false;
    boolean past = false;
    boolean digits = false;
    boolean percent = false;
    boolean currency = false;
    boolean firstPerson = false;
    boolean quoteMark = false;
    boolean speech = false;
    boolean dass = false;
    boolean subordinate = false;
    boolean relative = false;
    String source = null;
    boolean reportive = false;
    for (int k = from; k < to; k++) {
      String w = c.lower[k];
      Token t = c.tokens.get(k);
      if (k > from && ",".equals(c.lower[k - 1])) {
        subordinate = QuoteExtractor.SUBORDINATORS.contains(w) || "dass".equals(w) || "daß".equals(w)
            || "ob".equals(w) || "weil".equals(w) || "obwohl".equals(w) || "der".equals(w) || "die".equals(w)
            || "das".equals(w) || "denen".equals(w) || "dem".equals(w) || "deren".equals(w) || "dessen".equals(w)
            || "welche".equals(w) || "welcher".equals(w) || "wo".equals(w);
        relative |= subordinate;
      }
      if (",".equals(w) && k + 1 < to && "dass".equals(c.lower[k + 1])) {
        dass = true;
      }
      if (c.quoted[k]) {
        quoteMark = true;
        continue;
      }
      if ("„“”\"»«".indexOf(w.charAt(0)) >= 0) {
        quoteMark = true;
      }
      if (w.chars().anyMatch(Character::isDigit)) {
        digits = true;
      }
      if ("%".equals(w) || w.startsWith("prozent")) {
        percent = true;
      }
      if ("€".equals(w) || "$".equals(w) || w.startsWith("euro") || w.startsWith("dollar") || "mio.".equals(w)
          || w.startsWith("millio") || w.startsWith("milliard")) {
        currency = true;
      }
      if (FIRST_PERSON.contains(w)) {
        firstPerson = true;
      }
      if (k > from && SOURCE_WORDS.contains(w)) {
        source = w;
      }
      if (!subordinate && MODAL_REPORT.contains(w)) {
        reportive = true;
      }
      if (!c.verbs.readings(w).isEmpty()) {
        speech = true;
      }
      int konj = konjunktiv(c, k, from, to);
      if (konj > 0) {
        if (subordinate) {
          konjSub = true;
        } else if (konj == 2) {
          konj2 = true;
        } else {
          konj1 = true;
        }
      } else if (!subordinate && finiteIndicative(t, w)) {
        indicative = true;
        past |= w.endsWith("te") || w.endsWith("ten") || Set.of("war", "waren", "wurde", "wurden", "hatte",
            "hatten", "gab", "ging", "lag", "stand", "kam", "blieb").contains(w);
      }
    }
    String mood = konj1 ? "konj1" : konj2 ? "konj2" : indicative ? "ind" : konjSub ? "konjSub" : "noVerb";
    f.add("mood=" + mood);
    f.add("mood=" + mood + "&d=" + d);
    f.add("mood=" + mood + "&" + (samePara ? "samePara" : "newPara"));
    f.add("mood=" + mood + "&last=" + prev.kind());
    if (konj1 || konj2) {
      f.add("konj");
      if (indicative) {
        f.add("konj&ind");
      }
    }
    if (konjSub) {
      f.add("konjSub");
    }
    if (indicative) {
      f.add(past ? "ind=past" : "ind=present");
    }
    if (digits) {
      f.add("digits");
      f.add("digits&mood=" + mood);
      f.add("digits&d=" + d);
    }
    if (percent) {
      f.add("percent");
    }
    if (currency) {
      f.add("currency");
    }
    if (firstPerson) {
      f.add("firstPerson");
    }
    if (quoteMark) {
      f.add("quoteMark");
    }
    if (speech) {
      f.add("speechVerb");
      f.add("speechVerb&mood=" + mood);
    }
    if (dass) {
      f.add("dass");
    }
    if (source != null) {
      f.add("source=" + source);
      f.add("source");
    }
    if (reportive) {
      f.add("modalSoll");
    }
    if (relative) {
      f.add("subordinate");
    }
    String subject = subject(c, from, to);
    if (subject != null) {
      f.add("subj=" + subject);
      f.add("subj=" + subject + "&mood=" + mood);
      String name = subjectName(c, from, to);
      if (name != null && prev.speaker() != null && SpeakerRanker.lastWord(prev.speaker().name())
          .equals(SpeakerRanker.lastWord(name))) {
        f.add("subjIsSpeaker");
      }
    }
    int len = to - from;
    f.add("len=" + (len <= 6 ? "1-6" : len <= 12 ? "7-12" : len <= 25 ? "13-25" : len <= 40 ? "26-40" : "41+"));
    String raw = c.text.substring(sent.start(), sent.end()).strip();
    char last = raw.isEmpty() ? ' ' : raw.charAt(raw.length() - 1);
    if (last == '?') {
      f.add("question");
    } else if (last == '!') {
      f.add("exclamation");
    } else if (last == ':') {
      f.add("colon");
    } else if (last != '.' && last != '"' && last != '“' && last != '«' && last != '»' && last != ')') {
      f.add("noFinalStop");
    }
    if (lineAlone(c.text, sent.start(), sent.end()) && last != '.') {
      f.add("heading");
    }
    if (s > 0 && !covered[s - 1]) {
      int[] r = c.tokenRange(s - 1);
      boolean before = false;
      for (int k = r[0]; k < Math.min(r[1], r[0] + MAX_TOKENS); k++) {
        if (!c.quoted[k] && konjunktiv(c, k, r[0], r[1]) > 0) {
          before = true;
          break;
        }
      }
      f.add(before ? "prevKonj" : "prevNoKonj");
      if (before && (konj1 || konj2)) {
        f.add("prevKonj&konj");
      }
    }
    return f;
  }

  /** Whether the sentence stands on a line of its own. */
  private static boolean lineAlone(String text, int start, int end) {
    int a = start;
    while (a > 0 && text.charAt(a - 1) != '\n') {
      if (!Character.isWhitespace(text.charAt(a - 1))) {
        return false;
      }
      a--;
    }
    int b = end;
    while (b < text.length() && text.charAt(b) != '\n') {
      if (!Character.isWhitespace(text.charAt(b))) {
        return false;
      }
      b++;
    }
    return true;
  }

  /** The type of a person or organisation named among the sentence's first tokens, or null. */
  private static String subject(Context c, int from, int to) {
    EntityMention e = subjectEntity(c, from, to);
    return e == null ? null : e.type();
  }

  private static String subjectName(Context c, int from, int to) {
    EntityMention e = subjectEntity(c, from, to);
    return e == null ? null : e.text();
  }

  private static EntityMention subjectEntity(Context c, int from, int to) {
    if (from >= to) {
      return null;
    }
    int limit = c.tokens.get(Math.min(to, from + SUBJECT_TOKENS) - 1).end();
    int start = c.tokens.get(from).start();
    int lo = 0;
    int hi = c.entities.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (c.entities.get(mid).start() < start) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (int i = lo; i < c.entities.size() && c.entities.get(i).start() < limit; i++) {
      EntityMention e = c.entities.get(i);
      if ("PER".equals(e.type()) || "ORG".equals(e.type())) {
        return e;
      }
    }
    return null;
  }

  /**
   * 1: a Konjunktiv I form, 2: a Konjunktiv II form, 0: neither (not after "ich" or "wir"); mirrors the
   * extractor's reading: the known forms, a finite verb in -e that is not a past in -te, an umlaut its
   * infinitive lacks.
   */
  static int konjunktiv(Context c, int i, int from, int to) {
    String w = c.lower[i];
    Token t = c.tokens.get(i);
    int kind = 0;
    if (QuoteExtractor.SUBJUNCTIVE.contains(w)) {
      kind = 1;
    } else if (QuoteExtractor.SUBJUNCTIVE_TWO.contains(w)) {
      kind = 2;
    } else if (isVerbTag(t.pos()) && Character.isLowerCase(t.text().charAt(0)) && w.length() > 4) {
      String lemma = t.lemma() == null ? "" : t.lemma().toLowerCase(Locale.ROOT);
      if (w.endsWith("e") && !w.endsWith("te") && !w.endsWith("nde") && !w.endsWith("wurde")) {
        kind = 1;
      } else if ((w.endsWith("e") || w.endsWith("en")) && !w.endsWith("te") && !w.endsWith("ten")
          && w.matches(".*[äöü].*") && !lemma.matches(".*[äöü].*") && lemma.endsWith("n")) {
        kind = 2;
      }
    }
    if (kind == 0) {
      return 0;
    }
    for (int k = Math.max(from, i - 3); k <= Math.min(to - 1, i + 2); k++) {
      if ("ich".equals(c.lower[k]) || "wir".equals(c.lower[k])) {
        return 0;
      }
    }
    return kind;
  }

  private static boolean isVerbTag(String pos) {
    return "VERB".equals(pos) || "AUX".equals(pos);
  }

  /** A finite verb in the indicative, as far as the form tells: "ist", "sagt", "stieg", "meldete". */
  private static boolean finiteIndicative(Token t, String w) {
    if (INDICATIVE.contains(w)) {
      return true;
    }
    if (!isVerbTag(t.pos()) || !Character.isLowerCase(t.text().charAt(0)) || w.length() < 3) {
      return false;
    }
    if (w.startsWith("ge") && w.endsWith("t") || w.endsWith("en") || w.endsWith("end")) {
      return false;
    }
    return w.endsWith("t") || w.endsWith("te") || w.endsWith("ten");
  }

  /** The probability that a sentence with these features continues the report before it. */
  public double probability(List<String> features) {
    double s = 0;
    for (String f : features) {
      s += weights.getOrDefault(f, 0.0);
    }
    return 1 / (1 + Math.exp(-s));
  }

  /** The quotes with the continuations this model adds at its threshold, in text order. */
  public List<QuoteMention> extend(Context c, List<QuoteMention> quotes) {
    return extend(c, quotes, threshold);
  }

  /** The quotes with the continuations this model gives at least probability {@code min}, in text order. */
  public List<QuoteMention> extend(Context c, List<QuoteMention> quotes, double min) {
    if (weights.isEmpty() || quotes.isEmpty()) {
      return quotes;
    }
    List<QuoteMention> added = new ArrayList<>();
    for (Candidate cand : candidates(c, quotes)) {
      if (probability(cand.features()) >= min) {
        added.add(continuation(c, cand));
      }
    }
    if (added.isEmpty()) {
      return quotes;
    }
    // Merged in by position, the rules' quotes keeping their own order.
    List<QuoteMention> out = new ArrayList<>(quotes.size() + added.size());
    int a = 0;
    for (QuoteMention q : quotes) {
      while (a < added.size() && added.get(a).start() < q.start()) {
        out.add(added.get(a++));
      }
      out.add(q);
    }
    while (a < added.size()) {
      out.add(added.get(a++));
    }
    return Collections.unmodifiableList(out);
  }

  /** The indirect quote for a continuing sentence: no cue, the previous quote's speaker carried. */
  static QuoteMention continuation(Context c, Candidate cand) {
    QuoteMention.Speaker from = cand.previous().speaker();
    QuoteMention.Speaker speaker = from == null ? null
        : new QuoteMention.Speaker(from.name(), from.mention(), null, "previous");
    Span span = cand.span();
    return new QuoteMention(span.start(), span.end(), c.original.substring(span.start(), span.end()),
        QuoteMention.INDIRECT, null, speaker);
  }

  /** One training example: a candidate's features and whether it continues a report. */
  public record Example(List<String> features, boolean positive) {}

  /**
   * Fits logistic-regression weights (L2-penalised log loss) by AdaGrad over the examples in the given order.
   */
  public static ReportContinuation train(List<Example> examples, double l2, int epochs, double threshold) {
    Map<String, Double> w = new HashMap<>();
    Map<String, Double> g2 = new HashMap<>();
    double rate = 0.5;
    for (int epoch = 0; epoch < epochs; epoch++) {
      for (Example ex : examples) {
        double s = 0;
        for (String f : ex.features()) {
          s += w.getOrDefault(f, 0.0);
        }
        double p = 1 / (1 + Math.exp(-s));
        double d = p - (ex.positive() ? 1 : 0);
        for (String f : ex.features()) {
          double old = w.getOrDefault(f, 0.0);
          double g = d + l2 * old;
          double acc = g2.merge(f, g * g, Double::sum);
          w.put(f, old - rate * g / Math.sqrt(acc + 1e-8));
        }
      }
    }
    return new ReportContinuation(Map.copyOf(w), threshold, true);
  }
}
