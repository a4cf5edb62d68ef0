package org.lagebild.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.lagebild.clean.NoiseDetector;
import org.lagebild.language.LanguageIdentifier;
import org.lagebild.linguistics.LinguisticAnalyzer;
import org.lagebild.linguistics.LinguisticStage;
import org.lagebild.model.AnnotatedDocument;
import org.lagebild.model.Article;
import org.lagebild.model.EntityMention;
import org.lagebild.model.EntityScores;
import org.lagebild.model.Noise;
import org.lagebild.model.Stage;
import org.lagebild.model.Token;
import org.lagebild.testing.BaseStageTestCase;

/**
 * The German analyzer inside the linguistic stage: the shared stage contract plus offsets, entities
 * and lemmas on real German. The models load once per test JVM (static field).
 */
class CoreNlpGermanAnalyzerTest extends BaseStageTestCase {

  private static final CoreNlpGermanAnalyzer ANALYZER = new CoreNlpGermanAnalyzer();
  private static final Stage STAGE = new LinguisticStage(List.<LinguisticAnalyzer>of(ANALYZER));
  private static final NoiseDetector NOISE = new NoiseDetector();
  private static final LanguageIdentifier LANGUAGE = new LanguageIdentifier(new OpenNlpLanguageDetector());

  @Override
  protected Stage stage() {
    return STAGE;
  }

  @Override
  protected AnnotatedDocument prepare(Article article) {
    Article german =
        new Article(
            article.id(),
            article.source(),
            article.title(),
            article.outlet(),
            article.url(),
            "de",
            article.published(),
            article.author(),
            article.text());
    return LANGUAGE.process(NOISE.process(AnnotatedDocument.of(german)));
  }

  @Override
  protected List<String> sampleTexts() {
    List<String> texts = new ArrayList<>(super.sampleTexts());
    texts.add(
        "„Wir sind uns einig“, sagte Müller 😀 über die Gespräche zum Haushalt im Bundestag."
            + "\n\nDie SPD-Fraktion in Baden-Württemberg lehnte ab.");
    return texts;
  }

  @Test
  void offsetsAreExactOnUmlautsEmojiAndQuotes() {
    String text =
        "„Wir sind uns einig“, sagte Jürgen Müller 😀🇩🇪 in Köln. »Das ist gut«, meinte "
            + "Straßburgs Bürgermeisterin \uD83D\uDC4D zum Schluss.";
    LinguisticAnalyzer.Result result = ANALYZER.analyze(text);
    assertThat(result.tokens()).isNotEmpty();
    int previousEnd = 0;
    for (Token token : result.tokens()) {
      assertThat(token.text()).isEqualTo(text.substring(token.start(), token.end()));
      assertThat(token.start()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(Character.isLowSurrogate(text.charAt(token.start()))).isFalse();
      previousEnd = token.end();
    }
    assertThat(result.tokens())
        .extracting(Token::text)
        .contains("„", "Wir", "einig", "“", "Jürgen", "Müller", "Köln", "»", "«", "Straßburgs", "zum");
    for (EntityMention mention : result.entities()) {
      assertThat(mention.text()).isEqualTo(text.substring(mention.start(), mention.end()));
    }
    assertThat(result.sentences()).hasSize(2);
    assertThat(result.tokens()).filteredOn(t -> t.text().equals("“")).extracting(Token::pos).containsOnly("PUNCT");
  }

  @Test
  void findsPeopleAndPlacesInAGermanSentence() {
    String text = "Bundeskanzler Olaf Scholz traf in Paris Emmanuel Macron.";
    assertThat(ANALYZER.analyze(text).entities())
        .extracting(EntityMention::text, EntityMention::type)
        .containsExactly(
            tuple("Olaf Scholz", "PER"), tuple("Paris", "LOC"), tuple("Emmanuel Macron", "PER"));
  }

  @Test
  void hyphenatedNamesAreOneMention() {
    String text = "Die Kinder spielten in Baden-Württemberg.";
    assertThat(ANALYZER.analyze(text).entities())
        .extracting(EntityMention::text, EntityMention::type)
        .containsExactly(tuple("Baden-Württemberg", "LOC"));
  }

  @Test
  void entityScoresAgreeWithTheMentionsAndSitOnTokens() {
    String text = "Der Bürgermeister Olaf Brenner besuchte am Montag mit Gästen aus Baden-Württemberg"
        + " die Stadt Lindau.";
    LinguisticAnalyzer.Result result = ANALYZER.analyze(text);
    assertThat(result.entities()).isNotEmpty();
    assertThat(result.entityScores()).isNotEmpty();
    java.util.Set<Integer> tokenStarts = new java.util.HashSet<>();
    result.tokens().forEach(t -> tokenStarts.add(t.start()));
    for (EntityScores s : result.entityScores()) {
      assertThat(tokenStarts).contains(s.start());
      assertThat(s.per() + s.loc() + s.org() + s.misc()).isBetween(0.0, 1.000001);
      assertThat(s.inside()).isGreaterThanOrEqualTo(0.005);
    }
    for (EntityMention m : result.entities()) {
      List<EntityScores> inside =
          result.entityScores().stream()
              .filter(s -> s.start() >= m.start() && s.end() <= m.end())
              .toList();
      assertThat(inside).as(m.text()).isNotEmpty();
      // Viterbi chose the type, so its marginal is substantial on every token of the mention.
      assertThat(inside).allSatisfy(s -> assertThat(s.of(m.type())).isGreaterThan(0.2));
    }
    // A hyphenated name is one token for the tagger: its parts share one set of scores.
    List<EntityScores> compound =
        result.entityScores().stream()
            .filter(s -> text.substring(s.start(), s.end()).matches("Baden|-|Württemberg"))
            .toList();
    assertThat(compound).hasSize(3);
    assertThat(compound).extracting(EntityScores::loc).containsOnly(compound.getFirst().loc());
    // Function words are not names.
    assertThat(result.entityScores())
        .filteredOn(s -> text.substring(s.start(), s.end()).equals("am"))
        .allSatisfy(s -> assertThat(s.inside()).isLessThan(0.5));
  }

  @Test
  void lemmatizesInflectedWords() {
    String text = "Nach langen Gesprächen reiste die Ministerin mit den Kindern nach Wien.";
    LinguisticAnalyzer.Result result = ANALYZER.analyze(text);
    assertThat(result.tokens())
        .extracting(Token::text, Token::pos, Token::lemma)
        .contains(
            tuple("Gesprächen", "NOUN", "Gespräch"),
            tuple("reiste", "VERB", "reisen"),
            tuple("Kindern", "NOUN", "Kind"),
            tuple("Wien", "PROPN", "Wien"));
  }

  @Test
  void contractionsAreOneTokenTaggedAsPreposition() {
    LinguisticAnalyzer.Result result = ANALYZER.analyze("Er ging am Montag zum Arzt.");
    assertThat(result.tokens())
        .filteredOn(t -> t.text().equals("am") || t.text().equals("zum"))
        .extracting(Token::pos)
        .containsExactly("ADP", "ADP");
  }

  @Test
  void softHyphensInsideAWordDoNotChangeItsAnalysis() {
    LinguisticAnalyzer.Result plain = ANALYZER.analyze("Ursprünglich reiste die Ministerin nach Wien.");
    LinguisticAnalyzer.Result hidden = ANALYZER.analyze("Ursprüng\u00adlich reiste die Minis\u00adterin nach Wien.");
    assertThat(hidden.tokens()).extracting(Token::pos).isEqualTo(plain.tokens().stream().map(Token::pos).toList());
    assertThat(hidden.tokens()).extracting(Token::lemma)
        .isEqualTo(plain.tokens().stream().map(Token::lemma).toList());
    assertThat(hidden.tokens().getFirst().text()).isEqualTo("Ursprüng\u00adlich");
    assertThat(CoreNlpGermanAnalyzer.visible("\u200b")).isEqualTo("\u200b");
  }

  @Test
  void anAbbreviationsFullStopEndsNoSentenceUnlessASentenceOpensAfterIt() {
    String text = "Es kostet 5 Mio. Euro mehr. Laut Abs. 2 gilt das. Der Schaden liegt bei 5 Mio. Die Stadt zahlt.";
    LinguisticAnalyzer.Result result = ANALYZER.analyze(text);
    assertThat(result.sentences())
        .extracting(s -> text.substring(s.start(), s.end()))
        .containsExactly("Es kostet 5 Mio. Euro mehr.", "Laut Abs. 2 gilt das.", "Der Schaden liegt bei 5 Mio.",
            "Die Stadt zahlt.");
  }

  @Test
  void aClosingQuotationMarkAfterAFullStopEndsTheSentenceItCloses() {
    String text = "Er sagte: „Wir kommen.“ Man müsse das sehen. Sie rief: »Geht!« Dann ging sie.";
    LinguisticAnalyzer.Result result = ANALYZER.analyze(text);
    assertThat(result.sentences())
        .extracting(s -> text.substring(s.start(), s.end()))
        .containsExactly(
            "Er sagte: „Wir kommen.“", "Man müsse das sehen.", "Sie rief: »Geht!«", "Dann ging sie.");
    String longer = "Er sagte: „Wir kommen. Das müssen wir vermeiden.“ Lockerungen müssten vorsichtig erfolgen.";
    assertThat(ANALYZER.analyze(longer).sentences())
        .extracting(s -> longer.substring(s.start(), s.end()))
        .containsExactly(
            "Er sagte: „Wir kommen.", "Das müssen wir vermeiden.“", "Lockerungen müssten vorsichtig erfolgen.");
  }

  @Test
  void anOrdinalsFullStopEndsNoSentence() {
    String text = "Er kam zum 2. Mal nach Wien. Die 1. ukrainische Armee zog ab. Sie belegte Platz 3. Danach ging sie.";
    LinguisticAnalyzer.Result result = ANALYZER.analyze(text);
    assertThat(result.sentences())
        .extracting(s -> text.substring(s.start(), s.end()))
        .containsExactly("Er kam zum 2. Mal nach Wien.", "Die 1. ukrainische Armee zog ab.", "Sie belegte Platz 3.",
            "Danach ging sie.");
  }

  @Test
  void blankedDebrisYieldsNoTokens() {
    String text = "Teilen Sie diesen Artikel Mehr zum Thema\nBerlin ist die Hauptstadt.";
    int debrisEnd = text.indexOf('\n');
    AnnotatedDocument in =
        prepare(Article.of("t", text)).with(NoiseDetector.NOISE, List.of(noise(0, debrisEnd)));
    AnnotatedDocument out = STAGE.process(in);
    List<Token> tokens = out.get(LinguisticStage.TOKENS);
    assertThat(tokens).isNotEmpty().allSatisfy(t -> assertThat(t.start()).isGreaterThan(debrisEnd));
    assertThat(tokens).extracting(Token::text).containsExactly("Berlin", "ist", "die", "Hauptstadt", ".");
    assertThat(out.get(LinguisticStage.ENTITIES)).extracting(EntityMention::text).containsExactly("Berlin");
  }

  @Test
  void longTextWithoutBoundariesIsCutIntoBoundedSentences() {
    String text = "Wort ".repeat(2_000) + "x".repeat(50_000) + " Ende";
    LinguisticAnalyzer.Result result = ANALYZER.analyze(text);
    assertThat(result.tokens()).hasSize(2_002);
    assertThat(result.sentences()).hasSizeGreaterThanOrEqualTo(2_002 / CoreNlpGermanAnalyzer.MAX_SENTENCE_TOKENS);
    assertThat(result.tokens().getLast().text()).isEqualTo("Ende");
    assertThat(result.tokens().getLast().sentence()).isEqualTo(result.sentences().size() - 1);
  }

  @Test
  void manyThreadsGiveTheSameEntitiesAsOne() throws Exception {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      texts.add(
          "Am " + (i + 1) + ". Mai sprach Angela Merkel in Berlin mit Vertretern der Vereinten"
              + " Nationen über die Lage in " + (i % 2 == 0 ? "Frankreich" : "Polen") + ".");
    }
    List<LinguisticAnalyzer.Result> sequential = texts.stream().map(ANALYZER::analyze).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<LinguisticAnalyzer.Result>> futures = new ArrayList<>();
      for (String text : texts) {
        futures.add(pool.submit(() -> ANALYZER.analyze(text)));
      }
      for (int i = 0; i < texts.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(sequential.get(i));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void lemmaRulesRestoreNounCapitalsAndKeepProperNouns() {
    assertThat(CoreNlpGermanAnalyzer.lemma("Häusern", "NOUN", "haus")).isEqualTo("Haus");
    assertThat(CoreNlpGermanAnalyzer.lemma("Scholz", "PROPN", "scholz")).isEqualTo("Scholz");
    assertThat(CoreNlpGermanAnalyzer.lemma("reiste", "VERB", "reisen")).isEqualTo("reisen");
    assertThat(CoreNlpGermanAnalyzer.lemma("Xyzzy", "NOUN", "O")).isEqualTo("Xyzzy");
    assertThat(CoreNlpGermanAnalyzer.lemma("COVID", "NOUN", "covid")).isEqualTo("COVID");
  }

  @Test
  void mapsCoreNlpLabelsToEntityTypes() {
    assertThat(CoreNlpGermanAnalyzer.entityType("I-PER")).isEqualTo("PER");
    assertThat(CoreNlpGermanAnalyzer.entityType("PERSON")).isEqualTo("PER");
    assertThat(CoreNlpGermanAnalyzer.entityType("LOCATION")).isEqualTo("LOC");
    assertThat(CoreNlpGermanAnalyzer.entityType("B-ORG")).isEqualTo("ORG");
    assertThat(CoreNlpGermanAnalyzer.entityType("MISC")).isEqualTo("MISC");
    assertThat(CoreNlpGermanAnalyzer.entityType("O")).isNull();
  }

  private static Noise noise(int start, int end) {
    return new Noise(start, end, "boilerplate");
  }
}
