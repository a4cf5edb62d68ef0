package org.lagebild.nlp;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ie.crf.CRFCliqueTree;
import edu.stanford.nlp.ie.crf.TestSequenceModel;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.HasWord;
import edu.stanford.nlp.ling.TaggedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.sequences.ExactBestSequenceFinder;
import edu.stanford.nlp.sequences.ObjectBankWrapper;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import org.lagebild.linguistics.LinguisticAnalyzer;
import org.lagebild.model.EntityMention;
import org.lagebild.model.EntityScores;
import org.lagebild.model.Sentence;
import org.lagebild.model.Token;

/**
 * German sentences, tokens, UPOS tags, lemmas and named entities: Stanford CoreNLP 4.5.10's German
 * tokenizer and sentence splitter, its german-ud tagger and german.distsim CRF, and Apache OpenNLP's
 * UD GSD lemmatizer. The chain, in order:
 *
 * <ol>
 *   <li>{@code tokenize, ssplit} with CoreNLP's German settings (hyphenated compounds split by the
 *       German post-processor, as the NER model was trained), paragraph breaks end sentences;
 *   <li>runs of more than {@value #MAX_SENTENCE_TOKENS} tokens without a boundary are cut into pieces,
 *       so text without punctuation costs linear time;
 *   <li>the tagger sees each contraction ({@code zum}) as the words it was trained on ({@code zu dem},
 *       from CoreNLP's own MWT table) and typographic quotes as {@code "}; the token keeps its span and
 *       gets the first word's tag. CoreNLP's {@code mwt} annotator is not used: it replaces one token
 *       by two words that both claim the token's span;
 *   <li>CoreNLP's German CRF labels each sentence as its NER annotator would (hyphenated compounds
 *       re-joined into one token, CoreNLP's own token preprocessing, Viterbi decoding), but called
 *       directly so that the same pass also yields each token's marginal probability per entity
 *       type ({@link EntityScores}); consecutive tokens of one type form one mention;
 *   <li>OpenNLP lemmatizes from token and UPOS tag; nouns get their capital back, proper nouns keep
 *       their form.
 * </ol>
 *
 * <p>Models load once in the constructor (about 10 s, 0.5 GB heap). One instance serves all threads:
 * the tagger, the CRF and the tokenizer pipeline are read-only after loading; OpenNLP's lemmatizer is
 * not thread-safe, so each thread gets its own over the shared model. A failure on one sentence leaves
 * that sentence untagged ({@code X}) instead of losing the text.
 */
public final class CoreNlpGermanAnalyzer implements LinguisticAnalyzer {

  /**
   * Which optional parts to load; tokens, sentences and tags are always there.
   *
   * @param lemmas load the lemmatizer (otherwise a token's lemma is its text)
   * @param ner load the NER model (otherwise no entities)
   */
  public record Options(boolean lemmas, boolean ner) {
    public static final Options DEFAULT = new Options(true, true);
  }

  /** Longest run of tokens tagged as one sentence; longer ones are cut. */
  public static final int MAX_SENTENCE_TOKENS = 250;

  static final String GERMAN_PROPERTIES = "StanfordCoreNLP-german.properties";
  static final String TAGGER_MODEL = "edu/stanford/nlp/models/pos-tagger/german-ud.tagger";
  static final String CONTRACTIONS = "edu/stanford/nlp/models/mwt/german/german-mwt.tsv";
  static final String LEMMATIZER_MODEL = "opennlp-de-ud-gsd-lemmas-1.3-2.5.4.bin";

  private static final String UNTAGGED = "X";

  private final StanfordCoreNLP splitter;
  private final MaxentTagger tagger;
  private final CRFClassifier<CoreLabel> recognizer;
  private final Map<String, List<String>> contractions;
  private final ThreadLocal<LemmatizerME> lemmatizers;
  private final Map<String, String> lemmaCache = new ConcurrentHashMap<>();

  /** Bounds the lemma cache (about 100 MB at most); rarer words beyond it are lemmatised each time. */
  private static final int MAX_CACHED_LEMMAS = 1_000_000;

  public CoreNlpGermanAnalyzer() {
    this(Options.DEFAULT);
  }

  /**
   * Loads the models from the class path.
   *
   * @throws IllegalStateException if a model is missing or unreadable (a broken installation)
   */
  public CoreNlpGermanAnalyzer(Options options) {
    try {
      splitter = new StanfordCoreNLP(germanProperties("tokenize,ssplit"));
      tagger = new MaxentTagger(TAGGER_MODEL, new Properties(), false);
      recognizer =
          options.ner()
              ? CRFClassifier.getClassifier(germanProperties("ner").getProperty("ner.model"))
              : null;
      contractions = readContractions();
      if (options.lemmas()) {
        LemmatizerModel model;
        try (InputStream in = open(LEMMATIZER_MODEL)) {
          model = new LemmatizerModel(in);
        }
        lemmatizers = ThreadLocal.withInitial(() -> new LemmatizerME(model));
      } else {
        lemmatizers = null;
      }
    } catch (IOException | ClassNotFoundException | ClassCastException e) {
      throw new IllegalStateException("German CoreNLP/OpenNLP models could not be loaded", e);
    }
  }

  /**
   * CoreNLP's German settings from the models jar with the given annotators and the numeric,
   * SUTime and fine-grained NER extras off (they are English-only or handled by our own stages).
   */
  static Properties germanProperties(String annotators) {
    Properties properties = new Properties();
    try (InputStream in = open(GERMAN_PROPERTIES)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    properties.setProperty("annotators", annotators);
    properties.setProperty("tokenize.language", "de");
    // Control characters and the like are dropped as before, but without a warning per article on
    // stderr: they say nothing to the user, and rejected or repaired input is reported by ingest.
    properties.setProperty("tokenize.options", "untokenizable=noneDelete");
    properties.setProperty("ssplit.newlineIsSentenceBreak", "two");
    properties.setProperty("ner.applyNumericClassifiers", "false");
    properties.setProperty("ner.useSUTime", "false");
    properties.setProperty("ner.applyFineGrained", "false");
    properties.setProperty("ner.buildEntityMentions", "false");
    return properties;
  }

  private static InputStream open(String resource) throws IOException {
    InputStream in = CoreNlpGermanAnalyzer.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IOException("model not on the class path: " + resource);
    }
    return in;
  }

  private static Map<String, List<String>> readContractions() throws IOException {
    Map<String, List<String>> map = new HashMap<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(open(CONTRACTIONS), StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] columns = line.split("\t");
        if (columns.length == 2) {
          map.put(columns[0], List.of(columns[1].split(",")));
        }
      }
    }
    return Map.copyOf(map);
  }

  @Override
  public String language() {
    return "de";
  }

  @Override
  public Result analyze(String text) {
    if (text == null || text.isBlank()) {
      return Result.EMPTY;
    }
    List<Sentence> sentences = new ArrayList<>();
    List<Token> tokens = new ArrayList<>();
    List<EntityMention> entities = new ArrayList<>();
    List<EntityScores> scores = new ArrayList<>();
    for (List<CoreLabel> chunk : bounded(split(text))) {
      int index = sentences.size();
      sentences.add(
          new Sentence(chunk.getFirst().beginPosition(), chunk.getLast().endPosition()));
      String[] words = new String[chunk.size()];
      String[] plain = new String[chunk.size()];
      for (int i = 0; i < words.length; i++) {
        CoreLabel label = chunk.get(i);
        words[i] = text.substring(label.beginPosition(), label.endPosition());
        plain[i] = visible(words[i]);
        if (!plain[i].equals(words[i])) {
          label.setWord(plain[i]);
        }
      }
      String[] tags = tag(plain);
      String[] lemmas = lemmatize(plain, tags);
      for (int i = 0; i < words.length; i++) {
        CoreLabel label = chunk.get(i);
        tokens.add(
            new Token(
                label.beginPosition(), label.endPosition(), words[i], tags[i], lemmas[i], index));
      }
      Recognition recognition = recognize(chunk);
      entities.addAll(mentions(text, chunk, recognition.labels()));
      recognition.addScores(chunk, scores);
    }
    return new Result(sentences, tokens, entities, scores);
  }

  /**
   * The word without invisible format characters: web text hides soft hyphens ("Ursprüng\u00adlich") and
   * zero-width spaces inside words, which the tagger, the lemmatizer and the recogniser would take for
   * unknown words. The tokens keep the text as written; a word of format characters only stays as it is.
   */
  static String visible(String word) {
    boolean format = false;
    for (int i = 0; i < word.length() && !format; i++) {
      format = Character.getType(word.charAt(i)) == Character.FORMAT;
    }
    if (!format) {
      return word;
    }
    StringBuilder b = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.getType(c) != Character.FORMAT) {
        b.append(c);
      }
    }
    return b.isEmpty() ? word : b.toString();
  }

  /**
   * Tokens per sentence with exact offsets. If CoreNLP fails on the whole text, each line is tried on
   * its own, and a line that still fails is left out.
   */
  private List<List<CoreLabel>> split(String text) {
    try {
      return checked(splitOnce(text, 0), text.length());
    } catch (RuntimeException e) {
      List<List<CoreLabel>> sentences = new ArrayList<>();
      int start = 0;
      while (start < text.length()) {
        int newline = text.indexOf('\n', start);
        int end = newline < 0 ? text.length() : newline;
        if (end > start) {
          try {
            sentences.addAll(checked(splitOnce(text.substring(start, end), start), text.length()));
          } catch (RuntimeException lineFailure) {
            // The line stays without tokens; the rest of the text is still analysed.
          }
        }
        start = end + 1;
      }
      return sentences;
    }
  }

  private List<List<CoreLabel>> splitOnce(String text, int shift) {
    CoreDocument document = new CoreDocument(text);
    splitter.annotate(document);
    List<List<CoreLabel>> sentences = new ArrayList<>();
    for (CoreSentence sentence : document.sentences()) {
      List<CoreLabel> tokens = sentence.tokens();
      if (shift != 0) {
        for (CoreLabel token : tokens) {
          token.setBeginPosition(token.beginPosition() + shift);
          token.setEndPosition(token.endPosition() + shift);
        }
      }
      sentences.add(tokens);
    }
    return joinEarlyEnds(sentences, text, shift);
  }

  /** Determiners and contracted prepositions that stand before an ordinal ("zum 2. Mal", "der 10. Woche"). */
  private static final Set<String> BEFORE_ORDINAL = Set.of(
      "der", "die", "das", "dem", "den", "des", "ein", "eine", "einer", "einem", "einen", "zum", "zur", "am", "im",
      "vom", "beim", "ins", "seit", "ab", "bis", "jeder", "jede", "jedem", "jeden", "seiner", "seinem", "seinen",
      "ihrer", "ihrem", "ihren");

  /**
   * Abbreviations that CoreNLP's German splitter takes for a sentence's end ("5 Mio. Euro", "Art. 3 Abs. 2",
   * "im 19. Jh. und", "Hauptstr. 5") and that German text does not end a sentence with. Case matters:
   * "Di." is Tuesday, "Nr." a number.
   */
  private static final Set<String> ABBREVIATIONS = Set.of(
      "Mio", "Mrd", "Tsd", "Abs", "Nr", "Jh", "Jhd", "Hrsg", "Bd", "Kap", "Ziff", "Abb", "Tab", "Tel", "ggf", "gem",
      "vgl", "evtl", "inkl", "zzgl", "exkl", "ebd", "Str", "Mo", "Di", "Mi", "Do", "Sa", "Jan", "Feb", "Apr",
      "Aug", "Sept", "Okt", "Nov", "Dez");

  /** Function words that open a sentence after an abbreviation that did end one. */
  private static final Set<String> SENTENCE_OPENERS = Set.of(
      "Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Einen", "Er", "Sie", "Es", "Wir", "Ich", "Ihr",
      "Man", "Dies", "Diese", "Dieser", "Dieses", "Auch", "Aber", "Doch", "Und", "Denn", "So", "Damit", "Dabei",
      "Dann", "Danach", "Zudem", "Außerdem", "Allerdings", "Jedoch", "Nach", "Im", "In", "Am", "An", "Mit", "Bei",
      "Für", "Laut", "Wie", "Was", "Wer", "Wenn", "Als", "Seit", "Zum", "Zur", "Vom", "Von", "Bis", "Nun", "Noch",
      "Dass", "Hier", "Dort", "Heute", "Jetzt");

  /**
   * Joins sentences that CoreNLP's German splitter ends too early. At an ordinal's full stop ("zum 2. Mal",
   * "die 1. ukrainische Armee", "seit der 10. KW"; it keeps "3." only before month names): a sentence that
   * ends with a number of one to three digits glued to its full stop goes on when the next word is written
   * small, or when a determiner or a contracted preposition stands before the number; "Er kam auf Platz 3.
   * Dann …" still ends. At an abbreviation of {@link #ABBREVIATIONS} or a street ("Hauptstr.") glued to its
   * full stop: the sentence goes on.
   */
  static List<List<CoreLabel>> joinEarlyEnds(List<List<CoreLabel>> sentences, String text, int shift) {
    List<List<CoreLabel>> joined = new ArrayList<>(sentences.size());
    for (List<CoreLabel> sentence : sentences) {
      if (!joined.isEmpty() && sentence.size() > 1
          && closesQuoteOf(joined.getLast(), sentence.getFirst(), text, shift)) {
        // "Er sagte: „Wir kommen.“ Man …": the splitter reads the German closing mark “ as the English opening
        // one and starts the next sentence with it; it closes the quote of the sentence before.
        List<CoreLabel> previous = new ArrayList<>(joined.removeLast());
        previous.add(sentence.getFirst());
        joined.add(previous);
        sentence = sentence.subList(1, sentence.size());
      }
      if (!joined.isEmpty() && endsTooEarly(joined.getLast(), sentence, text, shift)) {
        List<CoreLabel> previous = new ArrayList<>(joined.removeLast());
        previous.addAll(sentence);
        joined.add(previous);
      } else {
        joined.add(sentence);
      }
    }
    return joined;
  }

  /** Whether {@code mark} is a quotation mark that closes a quote open at the end of the sentence before it. */
  private static boolean closesQuoteOf(List<CoreLabel> sentence, CoreLabel mark, String text, int shift) {
    String m = text.substring(mark.beginPosition() - shift, mark.endPosition() - shift);
    String opening = switch (m) {
      case "\u201c" -> "\u201e";
      case "\u00ab" -> "\u00bb";
      case "\u00bb" -> "\u00ab";
      case "\"" -> "\"";
      default -> null;
    };
    if (opening == null || sentence.isEmpty()
        || mark.beginPosition() != sentence.getLast().endPosition()) {
      return false;
    }
    // The quote may have opened sentences before ("„Erstens … Zweitens … vermeiden.“ Lockerungen …"): what
    // counts is whether a quote is open at the mark, within its paragraph.
    int end = mark.beginPosition() - shift;
    int paragraph = text.lastIndexOf("\n\n", end);
    String words = text.substring(paragraph < 0 ? 0 : paragraph, end);
    if (opening.equals(m)) {
      // Straight marks: an odd number in the sentence leaves one open.
      return words.chars().filter(c -> c == '"').count() % 2 == 1;
    }
    long opened = words.chars().filter(c -> c == opening.charAt(0)).count();
    return opened > words.chars().filter(c -> c == m.charAt(0)).count();
  }

  private static boolean endsTooEarly(List<CoreLabel> previous, List<CoreLabel> next, String text, int shift) {
    int n = previous.size();
    if (n < 2 || next.isEmpty()) {
      return false;
    }
    CoreLabel stop = previous.get(n - 1);
    CoreLabel number = previous.get(n - 2);
    String digits = text.substring(number.beginPosition() - shift, number.endPosition() - shift);
    if (!".".equals(text.substring(stop.beginPosition() - shift, stop.endPosition() - shift))
        || number.endPosition() != stop.beginPosition()) {
      return false;
    }
    if (ABBREVIATIONS.contains(digits) || digits.length() > 4 && digits.endsWith("str")
        && Character.isUpperCase(digits.charAt(0))) {
      // "Der Schaden liegt bei 5 Mio. Die Stadt zahlt": a capitalised function word opens a new sentence.
      String opener = text.substring(next.getFirst().beginPosition() - shift, next.getFirst().endPosition() - shift);
      return !SENTENCE_OPENERS.contains(opener);
    }
    if (!digits.matches("[0-9]{1,3}")) {
      return false;
    }
    String first = text.substring(next.getFirst().beginPosition() - shift, next.getFirst().endPosition() - shift);
    if (first.isEmpty() || !Character.isLetter(first.charAt(0))) {
      return false;
    }
    if (n < 3) {
      return Character.isLowerCase(first.charAt(0));
    }
    CoreLabel before = previous.get(n - 3);
    String word = text.substring(before.beginPosition() - shift, before.endPosition() - shift);
    return Character.isLowerCase(first.charAt(0)) || BEFORE_ORDINAL.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Keeps only tokens whose offsets are non-empty, inside the text and in order. */
  private static List<List<CoreLabel>> checked(List<List<CoreLabel>> sentences, int length) {
    List<List<CoreLabel>> result = new ArrayList<>();
    int previousEnd = 0;
    for (List<CoreLabel> sentence : sentences) {
      List<CoreLabel> kept = new ArrayList<>(sentence.size());
      for (CoreLabel token : sentence) {
        int begin = token.beginPosition();
        int end = token.endPosition();
        if (begin >= previousEnd && begin < end && end <= length) {
          kept.add(token);
          previousEnd = end;
        }
      }
      if (!kept.isEmpty()) {
        result.add(kept);
      }
    }
    return result;
  }

  private static List<List<CoreLabel>> bounded(List<List<CoreLabel>> sentences) {
    List<List<CoreLabel>> result = new ArrayList<>(sentences.size());
    for (List<CoreLabel> sentence : sentences) {
      for (int from = 0; from < sentence.size(); from += MAX_SENTENCE_TOKENS) {
        result.add(sentence.subList(from, Math.min(sentence.size(), from + MAX_SENTENCE_TOKENS)));
      }
    }
    return result;
  }

  /** UPOS tags; the tagger sees contractions expanded and typographic quotes as ASCII quotes. */
  private String[] tag(String[] words) {
    String[] tags = new String[words.length];
    Arrays.fill(tags, UNTAGGED);
    List<HasWord> input = new ArrayList<>(words.length + 8);
    int[] first = new int[words.length];
    for (int i = 0; i < words.length; i++) {
      first[i] = input.size();
      List<String> parts = contractions.get(words[i]);
      if (parts != null) {
        parts.forEach(part -> input.add(new Word(part)));
      } else {
        input.add(new Word(isQuote(words[i]) ? "\"" : words[i]));
      }
    }
    try {
      List<TaggedWord> tagged = tagger.tagSentence(input);
      for (int i = 0; i < words.length; i++) {
        tags[i] = symbolTag(words[i], tagged.get(first[i]).tag());
      }
    } catch (RuntimeException e) {
      // Tags stay X: the tokens are kept, only their tags are unknown.
    }
    return tags;
  }

  private static boolean isQuote(String word) {
    return word.codePoints().allMatch(c -> "„“”‚‘»«›‹\"".indexOf(c) >= 0);
  }

  /**
   * Tokens without letters or digits (emoji, dashes) are unknown words to the tagger, which then
   * guesses an open class; UD tags them PUNCT or SYM.
   */
  private static String symbolTag(String word, String tag) {
    if (tag.equals("PUNCT") || tag.equals("SYM") || word.codePoints().anyMatch(Character::isLetterOrDigit)) {
      return tag;
    }
    boolean punctuation =
        word.codePoints()
            .allMatch(
                c -> {
                  int type = Character.getType(c);
                  return type >= Character.DASH_PUNCTUATION && type <= Character.OTHER_PUNCTUATION
                      || type == Character.INITIAL_QUOTE_PUNCTUATION
                      || type == Character.FINAL_QUOTE_PUNCTUATION;
                });
    return punctuation ? "PUNCT" : "SYM";
  }

  private String[] lemmatize(String[] words, String[] tags) {
    String[] lemmas = words.clone();
    if (lemmatizers == null) {
      return lemmas;
    }
    for (int i = 0; i < words.length; i++) {
      lemmas[i] = cachedLemma(words[i], tags[i]);
    }
    return lemmas;
  }

  /**
   * The lemma of a word with its tag, memoised. OpenNLP's beam search over edit scripts was the most
   * expensive step of the whole analysis (about 40% of the time on news), and a German word with a
   * given tag almost always has the same lemma, so each (word, tag) pair is lemmatised once, on its
   * own, which also makes the result independent of the order in which articles are processed.
   */
  private String cachedLemma(String word, String tag) {
    String key = word + '\t' + tag;
    String cached = lemmaCache.get(key);
    if (cached != null) {
      return cached;
    }
    String lemma;
    try {
      String[] raw = lemmatizers.get().lemmatize(new String[] {word}, new String[] {tag});
      lemma = lemma(word, tag, raw.length > 0 ? raw[0] : null);
    } catch (RuntimeException e) {
      lemma = word;
    }
    if (lemmaCache.size() < MAX_CACHED_LEMMAS) {
      lemmaCache.putIfAbsent(key, lemma);
    }
    return lemma;
  }

  /**
   * The model writes lemmas in lower case ("gespräch"); German nouns get their capital back. Proper
   * nouns, numbers and symbols keep their form, and an empty or "O" answer means "no lemma known".
   */
  static String lemma(String word, String tag, String raw) {
    if (raw == null || raw.isEmpty() || raw.equals("O")) {
      return word;
    }
    switch (tag) {
      case "PROPN", "NUM", "PUNCT", "SYM", "X" -> {
        return word;
      }
      case "NOUN" -> {
        if (raw.equalsIgnoreCase(word)) {
          return word;
        }
        int first = word.codePointAt(0);
        int lemmaFirst = raw.codePointAt(0);
        if (Character.isUpperCase(first) && Character.isLowerCase(lemmaFirst)) {
          return new StringBuilder()
              .appendCodePoint(Character.toUpperCase(lemmaFirst))
              .append(raw, Character.charCount(lemmaFirst), raw.length())
              .toString();
        }
        return raw;
      }
      default -> {
        return raw;
      }
    }
  }

  /** Tokens with a chance of a name below this are left out of the entity scores. */
  static final double MIN_SCORE = 0.005;

  /**
   * NER labels per token ("O" for none) and the marginal probabilities per type (null where NER is
   * off or failed).
   */
  private record Recognition(String[] labels, double[][] probabilities) {

    void addScores(List<CoreLabel> chunk, List<EntityScores> scores) {
      if (probabilities == null) {
        return;
      }
      for (int i = 0; i < labels.length; i++) {
        double[] p = probabilities[i];
        if (p[0] + p[1] + p[2] + p[3] >= MIN_SCORE) {
          CoreLabel token = chunk.get(i);
          scores.add(
              new EntityScores(
                  token.beginPosition(), token.endPosition(), p[0], p[1], p[2], p[3]));
        }
      }
    }
  }

  /**
   * Labels one sentence with the CRF, as CoreNLP's NER annotator does for German, and keeps the
   * marginals: (1) tokens glued by a hyphen ("SPD", "-", "Fraktion") become one token, since the
   * model was trained on such compounds; (2) the tokens are copied and prepared by CoreNLP's own
   * {@code ObjectBankWrapper} (word shapes, known words), as the classifier's {@code
   * classifySentence} does; (3) the calibrated clique tree gives the Viterbi labelling (exactly the
   * annotator's labels) and each token's marginal per class; (4) every original token takes the
   * label and marginals of the joined token it is part of. A failure leaves the sentence untagged.
   */
  private Recognition recognize(List<CoreLabel> chunk) {
    String[] labels = new String[chunk.size()];
    Arrays.fill(labels, "O");
    if (recognizer == null) {
      return new Recognition(labels, null);
    }
    try {
      List<CoreLabel> joined = new ArrayList<>(chunk.size());
      int[] owner = new int[chunk.size()];
      for (int i = 0; i < chunk.size(); i++) {
        CoreLabel token = chunk.get(i);
        CoreLabel previous = joined.isEmpty() ? null : joined.getLast();
        boolean glued = previous != null && previous.endPosition() == token.beginPosition();
        boolean hyphen = token.word().equals("-") && i + 1 < chunk.size();
        if (glued && (hyphen || previous.word().endsWith("-"))) {
          previous.setWord(previous.word() + token.word());
          previous.setEndPosition(token.endPosition());
        } else {
          CoreLabel copy = new CoreLabel();
          copy.setWord(token.word());
          copy.setBeginPosition(token.beginPosition());
          copy.setEndPosition(token.endPosition());
          joined.add(copy);
        }
        owner[i] = joined.size() - 1;
      }
      List<CoreLabel> document = new ArrayList<>(joined.size());
      for (int k = 0; k < joined.size(); k++) {
        CoreLabel token = new CoreLabel();
        token.set(CoreAnnotations.TextAnnotation.class, joined.get(k).word());
        token.set(CoreAnnotations.PositionAnnotation.class, Integer.toString(k));
        token.set(CoreAnnotations.AnswerAnnotation.class, recognizer.backgroundSymbol());
        document.add(token);
      }
      document =
          new ObjectBankWrapper<CoreLabel>(
                  recognizer.flags, null, recognizer.getKnownLCWords())
              .processDocument(document);
      CRFCliqueTree<String> tree =
          recognizer.getCliqueTree(recognizer.documentToDataAndLabels(document));
      int[] best = new ExactBestSequenceFinder().bestSequence(new TestSequenceModel(tree));
      int offset = recognizer.windowSize - 1;
      int[] classOf = new int[4];
      String[] types = {"PER", "LOC", "ORG", "MISC"};
      for (int t = 0; t < types.length; t++) {
        classOf[t] = -1;
      }
      for (int c = 0; c < recognizer.classIndex.size(); c++) {
        String type = entityType(recognizer.classIndex.get(c));
        int t = type == null ? -1 : List.of(types).indexOf(type);
        if (t >= 0) {
          classOf[t] = c;
        }
      }
      String[] joinedLabels = new String[document.size()];
      double[][] joinedProbabilities = new double[document.size()][4];
      for (int k = 0; k < document.size(); k++) {
        joinedLabels[k] = recognizer.classIndex.get(best[k + offset]);
        for (int t = 0; t < types.length; t++) {
          joinedProbabilities[k][t] = classOf[t] < 0 ? 0 : tree.prob(k, classOf[t]);
        }
      }
      double[][] probabilities = new double[chunk.size()][];
      for (int i = 0; i < labels.length; i++) {
        labels[i] = joinedLabels[owner[i]];
        probabilities[i] = joinedProbabilities[owner[i]];
      }
      return new Recognition(labels, probabilities);
    } catch (RuntimeException e) {
      Arrays.fill(labels, "O");
      return new Recognition(labels, null);
    }
  }

  /** Consecutive tokens of one type form one mention; a B- label starts a new one. */
  private static List<EntityMention> mentions(
      String text, List<CoreLabel> tokens, String[] labels) {
    List<EntityMention> mentions = new ArrayList<>();
    String open = null;
    int start = 0;
    int end = 0;
    for (int i = 0; i <= tokens.size(); i++) {
      String label = i < tokens.size() ? labels[i] : "O";
      String type = entityType(label);
      boolean begins = label.startsWith("B-");
      if (open != null && (type == null || !type.equals(open) || begins)) {
        mentions.add(new EntityMention(start, end, text.substring(start, end), open));
        open = null;
      }
      if (type != null) {
        if (open == null) {
          open = type;
          start = tokens.get(i).beginPosition();
        }
        end = tokens.get(i).endPosition();
      }
    }
    return mentions;
  }

  /** PER, ORG, LOC or MISC for CoreNLP's German labels (with or without IOB prefix); else null. */
  static String entityType(String label) {
    String bare = label.startsWith("B-") || label.startsWith("I-") ? label.substring(2) : label;
    return switch (bare) {
      case "PER", "PERSON" -> "PER";
      case "LOC", "LOCATION" -> "LOC";
      case "ORG", "ORGANIZATION" -> "ORG";
      case "MISC" -> "MISC";
      default -> null;
    };
  }
}
