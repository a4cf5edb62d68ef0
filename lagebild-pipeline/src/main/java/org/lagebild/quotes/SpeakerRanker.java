package org.lagebild.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.lagebild.entities.GermanEntityRefiner;
import org.lagebild.linguistics.LinguisticStage;
import org.lagebild.model.AnnotatedDocument;
import org.lagebild.model.EntityMention;
import org.lagebild.model.Sentence;
import org.lagebild.model.Span;
import org.lagebild.model.Token;

/**
 * Re-decides the speaker of each quote with a linear model over candidates: the speaker the rules of
 * {@link QuoteExtractor} chose, and every person, organisation or place named in the sentences
 * around the quote. Each candidate is described by sparse binary features (its position relative to
 * the quote and the cue, the words beside it, whether the rules chose it, whether it spoke the quote
 * before); the candidate with the highest score speaks, within a policy ({@code overridable}): the
 * model fills speakers the rules left open, and replaces an organisation or place the rules took by its
 * name only with a person named nearer the cue or in apposition after it, and names the person for a
 * definite role in a body the rules left as a description ("der Vorsitzende des Verbands"). Pronoun and role
 * speakers, other descriptions, and one person named against another stay as the rules read them.
 *
 * <p>Why a learned step after the rules: the rules decide from one reading of the sentence and fail
 * in ways that repeat across articles (an employer named after the speaker, "sagte X der Zeitung Y",
 * an organisation named in the lead). The weights are fitted by {@link #train} on the hand-labelled
 * quotes (see {@code eval/quotes/README.md}) with a conditional-logit objective; {@code lagebild eval
 * quotes --speaker-cv} scores it batch by batch with the batch left out of training.
 *
 * <p>Without weights ({@link #off()}) the rules' speakers are kept unchanged.
 */
public final class SpeakerRanker {

  /** The weights shipped with Lagebild, fitted on all labelled batches. */
  static final String RESOURCE = "speaker-model.tsv";
  /** Sentences before the quote's first sentence whose names are candidates. */
  private static final int SENTENCES_BEFORE = 3;
  /** Sentences after the quote's last sentence whose names are candidates. */
  private static final int SENTENCES_AFTER = 1;
  /** At most this many candidates per quote (nearest first); keeps hostile input cheap. */
  private static final int MAX_CANDIDATES = 40;
  /** The model overrides the rules' speaker only with at least this probability for its own choice. */
  static final double OVERRIDE_MIN = 0.0;
  /** A quote the rules left without speaker gets one only when the model gives it at least this probability. */
  private static final double UNATTRIBUTED_MIN = 0.5;

  /** A first-person word: a direct quote holding one is the words of a person, not of a body's statement. */
  private static final Pattern FIRST_PERSON = Pattern.compile(
      "(?<!\\p{L})(ich|wir|mein\\p{L}*|unser\\p{L}*|mir|mich|uns)(?!\\p{L})",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Set<String> WORD_CLASSES = Set.of(
      "von", "vom", "der", "die", "das", "dem", "den", "des", "ein", "eine", "einer", "eines", "laut", "so",
      "mit", "bei", "für", "nach", "gegenüber", "zufolge", "und", "oder", "sowie", "wie", "im", "in", "am",
      "an", "auf", "aus", "zu", "zum", "zur", "über", "sich", "es", "er", "sie", "man", "heißt", "hieß",
      ",", ":", "(", ")", "-", "–", ".", "?", "!", "\"", "„", "“", "»", "«", "'");

  private static final SpeakerRanker OFF = new SpeakerRanker(Map.of());
  private static volatile SpeakerRanker standard;

  private final Map<String, Double> weights;

  private SpeakerRanker(Map<String, Double> weights) {
    this.weights = weights;
  }

  /** The shipped model, or {@link #off()} when its resource is missing. */
  public static SpeakerRanker standard() {
    SpeakerRanker s = standard;
    if (s == null) {
      synchronized (SpeakerRanker.class) {
        s = standard;
        if (s == null) {
          s = load();
          standard = s;
        }
      }
    }
    return s;
  }

  /** A ranker that keeps every speaker the rules chose. */
  public static SpeakerRanker off() {
    return OFF;
  }

  /** A ranker with these feature weights. */
  public static SpeakerRanker of(Map<String, Double> weights) {
    return new SpeakerRanker(Map.copyOf(weights));
  }

  public boolean active() {
    return !weights.isEmpty();
  }

  public Map<String, Double> weights() {
    return weights;
  }

  private static SpeakerRanker load() {
    try (InputStream in = SpeakerRanker.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return OFF;
      }
      Map<String, Double> w = new HashMap<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int tab = line.lastIndexOf('\t');
        w.put(line.substring(0, tab), Double.parseDouble(line.substring(tab + 1)));
      }
      return new SpeakerRanker(Map.copyOf(w));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** Writes weights in the resource format (feature, tab, weight; sorted; zero weights left out). */
  public static void write(Map<String, Double> weights, Writer out, String comment) throws IOException {
    out.write("# " + comment.replace("\n", "\n# ") + "\n");
    for (Map.Entry<String, Double> e : new TreeMap<>(weights).entrySet()) {
      if (Math.abs(e.getValue()) >= 1e-4) {
        out.write(e.getKey() + "\t" + String.format(Locale.ROOT, "%.4f", e.getValue()) + "\n");
      }
    }
    out.flush();
  }

  /**
   * One possible speaker of a quote; {@code name} null stands for "nobody named", offered where the
   * rules found no speaker.
   */
  public record Candidate(String name, Span mention, List<String> features, boolean rule, int cueDistance) {

    /** A candidate whose distance from the cue is unknown. */
    public Candidate(String name, Span mention, List<String> features, boolean rule) {
      this(name, mention, features, rule, Integer.MAX_VALUE);
    }
  }

  /** The article a quote was found in, prepared once for all its quotes. */
  public static final class Context {
    private final List<Token> tokens;
    private final String[] lower;
    private final List<Sentence> sentences;
    private final List<EntityMention> entities;
    private final Map<String, Integer> nameCounts = new HashMap<>();
    /** The entities by where they start and end, so that neighbours are found without a scan. */
    private final Map<Integer, List<EntityMention>> byStart = new HashMap<>();
    private final Map<Integer, List<EntityMention>> byEnd = new HashMap<>();

    boolean startsEntity(int start, String type) {
      return byStart.getOrDefault(start, List.of()).stream().anyMatch(e -> type.equals(e.type()));
    }

    boolean endsEntity(int end, String type) {
      return byEnd.getOrDefault(end, List.of()).stream().anyMatch(e -> type.equals(e.type()));
    }
    private final GermanSpeechVerbs verbs = GermanSpeechVerbs.standard();

    public Context(String text, List<Token> tokens, List<Sentence> sentences, List<EntityMention> entities) {
      this.tokens = tokens;
      this.sentences = sentences;
      this.lower = new String[tokens.size()];
      for (int i = 0; i < tokens.size(); i++) {
        lower[i] = tokens.get(i).text().toLowerCase(Locale.ROOT);
      }
      List<EntityMention> kept = new ArrayList<>();
      for (EntityMention e : entities) {
        if (e.end() <= text.length() && !"MISC".equals(e.type())) {
          kept.add(e);
          nameCounts.merge(lastWord(e.text()), 1, Integer::sum);
        }
      }
      kept.sort((a, b) -> Integer.compare(a.start(), b.start()));
      this.entities = kept;
      for (EntityMention e : kept) {
        byStart.computeIfAbsent(e.start(), k -> new ArrayList<>()).add(e);
        byEnd.computeIfAbsent(e.end(), k -> new ArrayList<>()).add(e);
      }
    }

    /** The context of an analysed document (refined entities where present). */
    public static Context of(AnnotatedDocument doc) {
      return new Context(doc.text(), doc.get(LinguisticStage.TOKENS), doc.get(LinguisticStage.SENTENCES),
          doc.has(GermanEntityRefiner.ENTITIES) ? doc.get(GermanEntityRefiner.ENTITIES)
              : doc.get(LinguisticStage.ENTITIES));
    }

    int tokenAt(int pos) {
      int lo = 0;
      int hi = tokens.size();
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (tokens.get(mid).end() <= pos) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return Math.min(lo, tokens.size() - 1);
    }

    int sentenceAt(int pos) {
      return sentenceIndex(sentences, pos);
    }

    String wordClass(int i) {
      if (i < 0 || i >= tokens.size()) {
        return "EDGE";
      }
      String w = lower[i];
      if (WORD_CLASSES.contains(w)) {
        return w;
      }
      if (!verbs.readings(w).isEmpty()) {
        return "SPEECH";
      }
      String pos = tokens.get(i).pos();
      return pos == null ? "X" : pos;
    }
  }

  /**
   * The candidates for one quote.
   *
   * @param quotes all quotes of the article as the rules found them
   * @param index the quote to find candidates for
   * @param previousSpeaker the speaker given to the quote before it (null: none)
   */
  public static List<Candidate> candidates(Context c, List<QuoteMention> quotes, int index,
      String previousSpeaker) {
    QuoteMention q = quotes.get(index);
    if (c.tokens.isEmpty() || c.sentences.isEmpty()) {
      return List.of();
    }
    QuoteMention.Speaker rule = q.speaker();
    int firstSentence = c.sentenceAt(q.start());
    int lastSentence = c.sentenceAt(Math.max(q.start(), q.end() - 1));
    int windowStart = c.sentences.get(Math.max(0, firstSentence - SENTENCES_BEFORE)).start();
    int windowEnd = c.sentences.get(Math.min(c.sentences.size() - 1, lastSentence + SENTENCES_AFTER)).end();
    int anchor = q.cue() != null ? q.cue().start() : q.start();
    int anchorToken = c.tokenAt(anchor);
    int quoteFirst = c.tokenAt(q.start());
    int quoteLast = c.tokenAt(Math.max(q.start(), q.end() - 1));
    String kind = q.kind();
    boolean firstPerson = QuoteMention.DIRECT.equals(kind) && FIRST_PERSON.matcher(q.text()).find();
    String ruleLast = rule == null ? null : lastWord(rule.name());
    String previousLast = previousSpeaker == null ? null : lastWord(previousSpeaker);

    List<Candidate> out = new ArrayList<>();
    List<Integer> distance = new ArrayList<>();
    boolean ruleSeen = false;
    for (EntityMention e : c.entities) {
      if (e.end() <= windowStart) {
        continue;
      }
      if (e.start() >= windowEnd) {
        break;
      }
      boolean inside = e.start() >= q.start() && e.end() <= q.end();
      if (inside && QuoteMention.DIRECT.equals(kind)) {
        continue;
      }
      List<String> f = new ArrayList<>();
      String type = e.type();
      f.add("t=" + type);
      f.add("t=" + type + "&k=" + kind);
      boolean isRule = rule != null && rule.mention() != null
          && rule.mention().start() < e.end() && e.start() < rule.mention().end();
      String last = lastWord(e.text());
      if (isRule) {
        ruleSeen = true;
        f.add("rule");
        f.add("rule&via=" + rule.via());
        f.add("rule&via=" + rule.via() + "&k=" + kind);
      } else if (ruleLast != null && !ruleLast.isEmpty() && ruleLast.equals(last)) {
        f.add("ruleName");
      }
      if (rule == null) {
        f.add("ruleNull&t=" + type);
      }
      int first = c.tokenAt(e.start());
      int lastTok = c.tokenAt(Math.max(e.start(), e.end() - 1));
      String side;
      int qd;
      if (inside) {
        side = "in";
        qd = 0;
      } else if (e.end() <= q.start()) {
        side = "before";
        qd = quoteFirst - lastTok;
      } else {
        side = "after";
        qd = first - quoteLast;
      }
      f.add("q=" + side + bucket(qd));
      if (inside) {
        boolean cueInside = q.cue() != null && q.cue().start() >= q.start() && q.cue().end() <= q.end();
        f.add(cueInside ? "in&cueIn" : "in&cueOut");
      }
      f.add("q=" + side + "&k=" + kind);
      int cueDistance = Integer.MAX_VALUE;
      if (q.cue() != null) {
        String cueSide = e.end() <= q.cue().start() ? "before" : e.start() >= q.cue().end() ? "after" : "at";
        int cd = cueSide.equals("before") ? anchorToken - lastTok : first - anchorToken;
        cueDistance = Math.abs(cd);
        f.add("c=" + cueSide + bucket(cd));
        f.add("c=" + cueSide + bucket(cd) + "&t=" + type);
        if (c.sentenceAt(e.start()) == c.sentenceAt(q.cue().start())) {
          f.add("cueSentence");
          f.add("cueSentence&t=" + type);
        }
      } else {
        f.add("noCue&q=" + side + bucket(qd));
      }
      int sentenceOffset = c.sentenceAt(e.start()) - firstSentence;
      f.add("s=" + Math.max(-3, Math.min(2, sentenceOffset)));
      String prev = c.wordClass(first - 1);
      String next = c.wordClass(lastTok + 1);
      f.add("p=" + prev);
      f.add("n=" + next);
      f.add("p=" + prev + "&t=" + type);
      String caseCue = caseOfPhrase(c, first);
      f.add("case=" + caseCue);
      f.add("case=" + caseCue + "&t=" + type);
      if (first == 0 || c.tokens.get(first - 1).sentence() != c.tokens.get(first).sentence()) {
        f.add("sentenceStart");
      }
      int count = c.nameCounts.getOrDefault(last, 1);
      f.add("count=" + (count == 1 ? "1" : count <= 3 ? "2-3" : "4+"));
      if (previousLast != null && !previousLast.isEmpty() && previousLast.equals(last)) {
        f.add("previous");
        f.add("previous&k=" + kind);
      }
      if (affiliation(c, first, "PER")) {
        f.add("affiliationOf&t=" + type);
      }
      if ("PER".equals(type) && first > 1 && ",".equals(c.lower[first - 1])
          && c.endsEntity(c.tokens.get(first - 2).end(), "ORG")) {
        f.add("appositionAfterOrganisation");
      }
      if ("PER".equals(type) && affiliated(c, lastTok)) {
        f.add("hasAffiliation");
      }
      int spoke = spokenElsewhere(quotes, q, last);
      if (spoke > 0) {
        f.add("spokeElsewhere");
        f.add("spokeElsewhere&k=" + kind);
      }
      if (rule != null && rule.mention() == null) {
        f.add("againstUnnamed&t=" + type);
        f.add("againstUnnamed&d=" + determiner(rule.name()) + "&t=" + type);
      }
      if (firstPerson) {
        f.add("firstPerson&t=" + type);
      }
      if ("PER".equals(type) && e.text().strip().contains(" ")) {
        f.add("fullName");
      }
      for (QuoteMention other : quotes) {
        if (other != q && QuoteMention.DIRECT.equals(other.kind())
            && e.start() >= other.start() && e.end() <= other.end()) {
          f.add("inOtherQuote");
          break;
        }
      }
      String name = isRule ? rule.name() : e.text();
      out.add(new Candidate(name, e.span(), List.copyOf(f), isRule, cueDistance));
      distance.add(Math.abs(e.start() - anchor));
    }
    if (rule != null && !ruleSeen) {
      List<String> f = new ArrayList<>();
      f.add("rule");
      f.add("rule&via=" + rule.via());
      f.add("rule&via=" + rule.via() + "&k=" + kind);
      f.add(rule.mention() == null ? "ruleUnnamed" : "ruleOutside");
      if (rule.mention() == null) {
        f.add("ruleUnnamed&d=" + determiner(rule.name()));
        f.add("ruleUnnamed&d=" + determiner(rule.name()) + "&k=" + kind);
        f.add("ruleUnnamed&head=" + headClass(rule.name()));
      }
      if (previousLast != null && !previousLast.isEmpty() && previousLast.equals(ruleLast)) {
        f.add("previous");
        f.add("previous&k=" + kind);
      }
      out.add(new Candidate(rule.name(), rule.mention(), List.copyOf(f), true));
      distance.add(-1);
    }
    if (previousSpeaker != null && !previousLast.isEmpty()) {
      boolean present = false;
      for (Candidate cand : out) {
        present |= previousLast.equals(lastWord(cand.name()));
      }
      if (!present) {
        out.add(new Candidate(previousSpeaker, null,
            List.of("previousOutside", "previousOutside&k=" + kind), false));
        distance.add(Integer.MAX_VALUE / 2);
      }
    }
    if (rule == null) {
      out.add(new Candidate(null, null, List.of("none", "none&k=" + kind), true));
      distance.add(-1);
    }
    if (out.size() > MAX_CANDIDATES) {
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < out.size(); i++) {
        order.add(i);
      }
      order.sort((a, b) -> Integer.compare(distance.get(a), distance.get(b)));
      List<Candidate> nearest = new ArrayList<>();
      for (int i = 0; i < MAX_CANDIDATES; i++) {
        nearest.add(out.get(order.get(i)));
      }
      return nearest;
    }
    return out;
  }

  /**
   * Whether the mention starting at token {@code first} follows a person as "von (der Firma) X", "bei X"
   * or "(X": the person's employer.
   */
  private static boolean affiliation(Context c, int first, String type) {
    int k = first - 1;
    for (int steps = 0; steps < 3 && k >= 0 && (DETERMINER_WORDS.contains(c.lower[k])
        || NOMINAL_TAGS.contains(String.valueOf(c.tokens.get(k).pos()))); steps++) {
      k--;
    }
    if (k < 0 || !("von".equals(c.lower[k]) || "vom".equals(c.lower[k]) || "(".equals(c.lower[k])
        || "bei".equals(c.lower[k]) || "beim".equals(c.lower[k]))) {
      return false;
    }
    int before = c.tokens.get(k).start();
    for (int end = before; end >= Math.max(0, before - 2); end--) {
      if (c.endsEntity(end, type)) {
        return true;
      }
    }
    return false;
  }

  /** Whether "von (der) X" or "(X" with an organisation named within three words follows the token {@code last}. */
  private static boolean affiliated(Context c, int last) {
    int k = last + 1;
    if (k >= c.tokens.size() || !("von".equals(c.lower[k]) || "vom".equals(c.lower[k]) || "(".equals(c.lower[k])
        || "bei".equals(c.lower[k]) || "beim".equals(c.lower[k]))) {
      return false;
    }
    for (int t = k + 1; t <= k + 3 && t < c.tokens.size(); t++) {
      if (c.startsEntity(c.tokens.get(t).start(), "ORG")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The case the determiner in front of a name's noun phrase suggests ("seinem Herausforderer X": dat),
   * found by walking back over at most three nouns and adjectives: nom (der, die, das, ein, eine), dat
   * (dem, einem, seinem, …), gen (des, eines, …, and "der" right after a noun: "der Chef der Y-Bank"),
   * acc (den, einen, …), none.
   */
  private static String caseOfPhrase(Context c, int first) {
    int k = first - 1;
    int steps = 0;
    while (k >= 0 && steps < 3 && NOMINAL_TAGS.contains(String.valueOf(c.tokens.get(k).pos()))) {
      k--;
      steps++;
    }
    if (k < 0) {
      return "none";
    }
    String w = c.lower[k];
    String stem = w.replaceFirst("^(mein|dein|sein|ihr|unser|euer|kein)", "ein");
    boolean afterNoun = k > 0 && "NOUN".equals(c.tokens.get(k - 1).pos());
    if (afterNoun && ("der".equals(w) || "des".equals(w))) {
      return "gen";
    }
    return switch (stem) {
      case "der", "die", "das", "ein", "eine" -> "nom";
      case "dem", "einem" -> "dat";
      case "des", "eines", "einer" -> "gen";
      case "den", "einen" -> "acc";
      default -> "none";
    };
  }

  /** Tags of the words a noun phrase is made of. */
  private static final Set<String> NOMINAL_TAGS = Set.of("NOUN", "PROPN", "ADJ");

  /** How the rules carry a speaker over from an earlier quote. */
  private static final Set<String> CARRIED = Set.of("previous", "pronoun");

  private static final Set<String> DETERMINER_WORDS = Set.of("der", "die", "das", "dem", "den", "des");

  /** The kind of article an unnamed speaker's description opens with: def, indef or none. */
  private static String determiner(String description) {
    String first = description.strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
    if (DETERMINER_WORDS.contains(first) || first.startsWith("dies")) {
      return "def";
    }
    if (first.startsWith("ein")) {
      return "indef";
    }
    return "none";
  }

  /** A rough class of a description's last word: person noun, abstract noun, other. */
  private static String headClass(String description) {
    String head = "";
    for (String w : description.strip().split("\\s+")) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !DETERMINER_WORDS.contains(w.toLowerCase(Locale.ROOT))
          && !w.toLowerCase(Locale.ROOT).startsWith("ein") && !w.toLowerCase(Locale.ROOT).startsWith("dies")) {
        head = w.toLowerCase(Locale.ROOT);
        break;
      }
    }
    if (head.matches(".*(ung|heit|keit|nis|ion|richt|richten|schlag|papier|studie|umfrage|test|reihe)")) {
      return "thing";
    }
    if (head.matches(".*(er|in|innen|ent|enten|eur|ist|isten|or|oren|chef|chefin|sprecher|sprecherin|minister"
        + "|ministerin|arzt|ärztin|beamte|beamter|jährige|jähriger|experte|expertin)")) {
      return "person";
    }
    return "other";
  }

  /** How many other quotes of the article the rules gave to a speaker of this last name. */
  private static int spokenElsewhere(List<QuoteMention> quotes, QuoteMention q, String last) {
    int n = 0;
    for (QuoteMention other : quotes) {
      if (other != q && other.speaker() != null && last.equals(lastWord(other.speaker().name()))) {
        n++;
      }
    }
    return n;
  }

  double score(Candidate c) {
    double s = 0;
    for (String f : c.features()) {
      s += weights.getOrDefault(f, 0.0);
    }
    return s;
  }

  /**
   * Whether the model may replace the rules' speaker with candidate {@code chosen}: where the rules
   * found nobody, or where they took an organisation or place by its name and the model prefers a
   * person named nearer the cue ("sagte X von der Y-Bank", "sagte X der Zeitung Y") or in apposition
   * after it ("sagte der Chefvolkswirt der Y-Bank, X"); an organisation right at its cue ("so die
   * Behörde", "die Behörde erklärte") stays; a description the rules could not tie to a name ("der
   * Vorsitzende des Verbands") may become a person. Pronouns, role phrases,
   * carried-over speakers and one person named against another rest on the rules' reading of the text
   * before, which the model's features do not see.
   */
  static boolean overridable(QuoteMention.Speaker speaker, List<Candidate> candidates, int chosen) {
    if (speaker == null) {
      return true;
    }
    if ("description".equals(speaker.via())) {
      // "sagte der Vorsitzende des Verbands": the rules saw someone described by a role in a body but found
      // nobody named for it; the model may name the person (not a body or a place, which broke more than it
      // fixed). A description without a body ("der russische Minister", "der Meteorologen") stays.
      return candidates.get(chosen).features().contains("t=PER") && roleInBody(speaker.name());
    }
    if (!"name".equals(speaker.via()) || !candidates.get(chosen).features().contains("t=PER")) {
      return false;
    }
    for (Candidate c : candidates) {
      if (c.rule()) {
        return (c.features().contains("t=ORG") || c.features().contains("t=LOC"))
            && (candidates.get(chosen).cueDistance() < c.cueDistance()
                || candidates.get(chosen).features().contains("appositionAfterOrganisation"));
      }
    }
    return false;
  }

  private static final Pattern ROLE_IN_BODY = Pattern.compile("^(?i:der|die|dem|den|des) \\S.*? (?:des|der|vom|von)\\s+\\p{L}");

  /** The index of the last sentence starting at or before {@code pos} (0 where none does). */
  static int sentenceIndex(List<Sentence> sentences, int pos) {
    int lo = 0;
    int hi = sentences.size() - 1;
    int found = 0;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (sentences.get(mid).start() <= pos) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  /**
   * "der Vorsitzende der Gilde", "dem Präsidenten des Verbands": a definite description naming a role in a
   * body (an indefinite one, "ein Sprecher des Amts", is someone left unnamed).
   */
  static boolean roleInBody(String description) {
    return ROLE_IN_BODY.matcher(description).find();
  }

  /** The softmax probability of candidate {@code i} among the candidates. */
  double probability(List<Candidate> candidates, int i) {
    double max = Double.NEGATIVE_INFINITY;
    double[] s = new double[candidates.size()];
    for (int k = 0; k < s.length; k++) {
      s[k] = score(candidates.get(k));
      max = Math.max(max, s[k]);
    }
    double z = 0;
    for (int k = 0; k < s.length; k++) {
      z += Math.exp(s[k] - max);
    }
    return Math.exp(s[i] - max) / z;
  }

  /** The best candidate's index, or -1 when there is none; ties go to the rules' choice. */
  int best(List<Candidate> candidates) {
    int best = -1;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < candidates.size(); i++) {
      double s = score(candidates.get(i)) + (candidates.get(i).rule() ? 1e-9 : 0);
      if (s > bestScore) {
        bestScore = s;
        best = i;
      }
    }
    return best;
  }

  /** The quotes with the speakers this model chooses, in the same order. */
  public List<QuoteMention> rerank(Context c, List<QuoteMention> quotes) {
    return rerank(c, quotes, OVERRIDE_MIN);
  }

  /**
   * The quotes with the speakers this model chooses where it gives its choice at least {@code minOverride}
   * probability (the rules' choice kept otherwise).
   */
  public List<QuoteMention> rerank(Context c, List<QuoteMention> quotes, double minOverride) {
    if (!active() || quotes.isEmpty()) {
      return quotes;
    }
    List<QuoteMention> out = new ArrayList<>(quotes.size());
    String previous = null;
    // Speakers the model replaced, by the rules' name: a later quote the rules carried over to that
    // name ("previous", or a pronoun resolved to it) follows the replacement.
    Map<String, QuoteMention.Speaker> replaced = new HashMap<>();
    for (int i = 0; i < quotes.size(); i++) {
      QuoteMention q = quotes.get(i);
      QuoteMention.Speaker speaker = q.speaker();
      if (speaker != null && CARRIED.contains(speaker.via()) && replaced.containsKey(speaker.name())) {
        QuoteMention.Speaker to = replaced.get(speaker.name());
        speaker = new QuoteMention.Speaker(to.name(), to.mention(), speaker.phrase(), "ranked");
      } else {
        List<Candidate> cands = candidates(c, quotes, i, previous);
        int b = best(cands);
        if (b >= 0 && !cands.get(b).rule() && overridable(speaker, cands, b)
            && probability(cands, b) >= (speaker == null ? Math.max(minOverride, UNATTRIBUTED_MIN) : minOverride)) {
          Candidate chosen = cands.get(b);
          QuoteMention.Speaker ruled = speaker;
          speaker = new QuoteMention.Speaker(chosen.name(), chosen.mention(),
              ruled == null ? null : ruled.phrase(), "ranked");
          if (ruled != null) {
            replaced.put(ruled.name(), speaker);
          }
        } else if (speaker != null) {
          replaced.remove(speaker.name());
        }
      }
      out.add(speaker == q.speaker() ? q
          : new QuoteMention(q.start(), q.end(), q.text(), q.kind(), q.cue(), speaker));
      previous = speaker == null ? null : speaker.name();
    }
    return Collections.unmodifiableList(out);
  }

  /** One training example: a quote's candidates and which of them name its labelled speaker. */
  public record Example(List<Candidate> candidates, boolean[] positive) {}

  /**
   * Fits weights that maximise the probability of the right candidates (softmax over each quote's
   * candidates, L2-penalised), by AdaGrad over the examples in the given order. Examples without a
   * right candidate carry no signal and are skipped.
   */
  public static SpeakerRanker train(List<Example> examples, double l2, int epochs) {
    Map<String, Double> w = new HashMap<>();
    Map<String, Double> g2 = new HashMap<>();
    double rate = 0.5;
    for (int epoch = 0; epoch < epochs; epoch++) {
      for (Example ex : examples) {
        List<Candidate> cs = ex.candidates();
        boolean any = false;
        for (boolean p : ex.positive()) {
          any |= p;
        }
        if (!any || cs.size() < 2) {
          continue;
        }
        double[] s = new double[cs.size()];
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < s.length; i++) {
          for (String f : cs.get(i).features()) {
            s[i] += w.getOrDefault(f, 0.0);
          }
          max = Math.max(max, s[i]);
        }
        double z = 0;
        double zPos = 0;
        for (int i = 0; i < s.length; i++) {
          s[i] = Math.exp(s[i] - max);
          z += s[i];
          zPos += ex.positive()[i] ? s[i] : 0;
        }
        Map<String, Double> grad = new HashMap<>();
        for (int i = 0; i < s.length; i++) {
          double p = s[i] / z;
          double target = ex.positive()[i] ? s[i] / zPos : 0;
          double d = p - target;
          if (d != 0) {
            for (String f : cs.get(i).features()) {
              grad.merge(f, d, Double::sum);
            }
          }
        }
        for (Map.Entry<String, Double> e : grad.entrySet()) {
          double old = w.getOrDefault(e.getKey(), 0.0);
          double g = e.getValue() + l2 * old;
          double acc = g2.merge(e.getKey(), g * g, Double::sum);
          w.put(e.getKey(), old - rate * g / Math.sqrt(acc + 1e-8));
        }
      }
    }
    return of(w);
  }

  static String lastWord(String name) {
    String lower = name.toLowerCase(Locale.ROOT).replace("ß", "ss");
    String plain = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
        .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    int space = plain.lastIndexOf(' ');
    String last = space < 0 ? plain : plain.substring(space + 1);
    return last.endsWith("s") && last.length() > 4 ? last.substring(0, last.length() - 1) : last;
  }

  private static String bucket(int tokens) {
    int d = Math.abs(tokens);
    return d <= 1 ? "0-1" : d <= 3 ? "2-3" : d <= 6 ? "4-6" : d <= 12 ? "7-12" : d <= 25 ? "13-25" : "26+";
  }
}
