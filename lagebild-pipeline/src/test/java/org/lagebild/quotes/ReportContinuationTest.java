package org.lagebild.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.lagebild.model.AnnotatedDocument;
import org.lagebild.model.Article;
import org.lagebild.model.EntityMention;
import org.lagebild.model.PublicationDate;
import org.lagebild.model.Sentence;
import org.lagebild.model.Span;
import org.lagebild.model.Token;
import org.lagebild.stories.TestAnnotator;

class ReportContinuationTest {

  /** Word and punctuation tokens, a sentence per full stop, question mark or line; lower-case words tagged VERB. */
  private static ReportContinuation.Context context(String text, List<EntityMention> entities) {
    List<Token> tokens = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    int sentence = 0;
    int sentenceStart = 0;
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("[\\p{L}\\p{N}-]+|[^\\s\\p{L}\\p{N}]").matcher(text);
    while (m.find()) {
      String w = m.group();
      String pos = Character.isUpperCase(w.charAt(0)) ? "NOUN" : Character.isLetter(w.charAt(0)) ? "VERB"
          : Character.isDigit(w.charAt(0)) ? "NUM" : "PUNCT";
      tokens.add(new Token(m.start(), m.end(), w, pos, w.toLowerCase(), sentence));
      boolean lineEnd = m.end() < text.length() && text.charAt(m.end()) == '\n';
      if (w.equals(".") || w.equals("?") || lineEnd) {
        sentences.add(new Sentence(sentenceStart, m.end()));
        sentence++;
        sentenceStart = m.end() + 1;
      }
    }
    if (sentenceStart < text.length() && !text.substring(sentenceStart).isBlank()) {
      sentences.add(new Sentence(sentenceStart, text.length()));
    }
    return new ReportContinuation.Context(text, text, tokens, sentences, entities);
  }

  private static EntityMention mention(String text, String name, String type) {
    int at = text.indexOf(name);
    return new EntityMention(at, at + name.length(), name, type);
  }

  private static QuoteMention report(String text, String words, String cue, EntityMention speaker) {
    int at = text.indexOf(words);
    int c = text.indexOf(cue);
    return new QuoteMention(at, at + words.length(), words, QuoteMention.INDIRECT, new Span(c, c + cue.length()),
        new QuoteMention.Speaker(speaker.text(), speaker.span(), speaker.span(), "name"));
  }

  private static final String TEXT = "Der Verband Nordwerk legte am Montag seine Bilanz vor. Sprecherin Lina Falk"
      + " sagte, der Umsatz sei gestiegen. Zudem sei die Zahl der Mitglieder gewachsen. Im Jahr 2031 kamen 12"
      + " Prozent hinzu. Wie geht es nun weiter?";
  private static final EntityMention FALK = mention(TEXT, "Lina Falk", "PER");
  private static final EntityMention VERBAND = mention(TEXT, "Nordwerk", "ORG");

  private static ReportContinuation.Candidate candidate(List<ReportContinuation.Candidate> cands, String opening) {
    for (ReportContinuation.Candidate c : cands) {
      if (TEXT.substring(c.span().start(), c.span().end()).startsWith(opening)) {
        return c;
      }
    }
    throw new AssertionError("no candidate opening with " + opening + " in " + cands);
  }

  @Test
  void candidatesAreTheUncoveredSentencesAfterAReportWithTheirFeatures() {
    ReportContinuation.Context c = context(TEXT, List.of(VERBAND, FALK));
    QuoteMention q = report(TEXT, "der Umsatz sei gestiegen", "sagte", FALK);

    List<ReportContinuation.Candidate> cands = ReportContinuation.candidates(c, List.of(q));

    // The lead comes before any report; the report's own sentence is covered.
    assertThat(cands).hasSize(3);
    ReportContinuation.Candidate konj = candidate(cands, "Zudem");
    assertThat(TEXT.substring(konj.span().start(), konj.span().end()))
        .isEqualTo("Zudem sei die Zahl der Mitglieder gewachsen");
    assertThat(konj.features()).contains("bias", "d=1", "prevCovered", "samePara", "last=indirect", "lastCue",
        "open=zudem", "mood=konj1", "konj").doesNotContain("digits", "question", "firstPerson");
    assertThat(konj.previous()).isEqualTo(q);

    ReportContinuation.Candidate figures = candidate(cands, "Im Jahr");
    assertThat(figures.features()).contains("d=2", "digits", "percent", "prevKonj").doesNotContain("konj");

    ReportContinuation.Candidate question = candidate(cands, "Wie geht");
    assertThat(question.features()).contains("d=3", "question", "open=wie");
  }

  @Test
  void aSentenceFarFromTheLastReportIsNoCandidate() {
    StringBuilder text = new StringBuilder("Tom Weber sagte, das Werk sei offen.");
    for (int i = 0; i < ReportContinuation.WINDOW + 2; i++) {
      text.append(" Die Halle ").append(i).append(" steht am Fluss.");
    }
    String t = text.toString();
    EntityMention weber = mention(t, "Tom Weber", "PER");
    List<ReportContinuation.Candidate> cands =
        ReportContinuation.candidates(context(t, List.of(weber)), List.of(report(t, "das Werk sei offen", "sagte",
            weber)));
    assertThat(cands).hasSize(ReportContinuation.WINDOW);
    assertThat(cands).extracting(c -> c.features().get(1)).containsExactly("d=1", "d=2", "d=3", "d=4+", "d=4+");
  }

  @Test
  void aHeadingLineAndFirstPersonWordsAreSeen() {
    String text = "Eva Roth sagte, die Ernte sei gut.\nNeue Felder im Osten\nWir haben alles verkauft.";
    EntityMention roth = mention(text, "Eva Roth", "PER");
    List<ReportContinuation.Candidate> cands = ReportContinuation.candidates(context(text, List.of(roth)),
        List.of(report(text, "die Ernte sei gut", "sagte", roth)));
    assertThat(cands).hasSize(2);
    assertThat(cands.get(0).features()).contains("heading", "newPara", "noFinalStop");
    assertThat(cands.get(1).features()).contains("firstPerson").doesNotContain("heading");
  }

  @Test
  void aContinuationIsAnIndirectQuoteWithoutCueCarryingTheSpeaker() {
    ReportContinuation.Context c = context(TEXT, List.of(VERBAND, FALK));
    QuoteMention q = report(TEXT, "der Umsatz sei gestiegen", "sagte", FALK);
    ReportContinuation model = ReportContinuation.of(Map.of("bias", -4.0, "konj", 8.0), 0.5);

    List<QuoteMention> out = model.extend(c, List.of(q));

    assertThat(out).hasSize(2);
    assertThat(out.get(0)).isEqualTo(q);
    QuoteMention added = out.get(1);
    assertThat(added.text()).isEqualTo("Zudem sei die Zahl der Mitglieder gewachsen");
    assertThat(TEXT.substring(added.start(), added.end())).isEqualTo(added.text());
    assertThat(added.kind()).isEqualTo(QuoteMention.INDIRECT);
    assertThat(added.cue()).isNull();
    assertThat(added.speaker().name()).isEqualTo("Lina Falk");
    assertThat(added.speaker().mention()).isEqualTo(FALK.span());
    assertThat(added.speaker().via()).isEqualTo("previous");
    // Below the threshold nothing is added; without weights nothing either.
    assertThat(model.extend(c, List.of(q), 0.999)).containsExactly(q);
    assertThat(ReportContinuation.off().extend(c, List.of(q))).containsExactly(q);
    assertThat(ReportContinuation.off().active()).isFalse();
  }

  @Test
  void aContinuationGoesBetweenTheQuotesAroundIt() {
    String text = "Jan Kohl sagte, die Brücke sei marode. Zudem sei der Tunnel zu eng. Ute Sand sagte, es gebe Geld.";
    EntityMention kohl = mention(text, "Jan Kohl", "PER");
    EntityMention sand = mention(text, "Ute Sand", "PER");
    QuoteMention first = report(text, "die Brücke sei marode", "sagte", kohl);
    int second = text.indexOf("es gebe Geld");
    QuoteMention last = new QuoteMention(second, second + "es gebe Geld".length(), "es gebe Geld",
        QuoteMention.INDIRECT, new Span(text.lastIndexOf("sagte"), text.lastIndexOf("sagte") + 5),
        new QuoteMention.Speaker(sand.text(), sand.span(), sand.span(), "name"));
    ReportContinuation model = ReportContinuation.of(Map.of("bias", -4.0, "konj", 8.0), 0.5);

    List<QuoteMention> out = model.extend(context(text, List.of(kohl, sand)), List.of(first, last));

    assertThat(out).extracting(QuoteMention::text)
        .containsExactly("die Brücke sei marode", "Zudem sei der Tunnel zu eng", "es gebe Geld");
    assertThat(out.get(1).speaker().name()).isEqualTo("Jan Kohl");
  }

  @Test
  void trainingSeparatesAToyCase() {
    List<ReportContinuation.Example> examples = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      examples.add(new ReportContinuation.Example(List.of("bias", "konj", i % 2 == 0 ? "d=1" : "d=2"), true));
      examples.add(new ReportContinuation.Example(List.of("bias", "ind", i % 2 == 0 ? "d=1" : "d=2"), false));
    }
    ReportContinuation model = ReportContinuation.train(examples, 0.01, 30, 0.7);

    assertThat(model.probability(List.of("bias", "konj", "d=1"))).isGreaterThan(0.9);
    assertThat(model.probability(List.of("bias", "ind", "d=2"))).isLessThan(0.1);
    assertThat(model.weights().get("konj")).isGreaterThan(model.weights().get("ind"));
    assertThat(model.threshold()).isEqualTo(0.7);
    assertThat(model.active()).isTrue();
  }

  @Test
  void weightsRoundTripWithThresholdAndSwitch() throws Exception {
    Map<String, Double> weights = new HashMap<>();
    weights.put("bias", -1.25);
    weights.put("mood=konj1&d=1", 2.5);
    weights.put("open=zudem", 0.3333);
    weights.put("tiny", 0.00001);
    for (boolean on : new boolean[] {true, false}) {
      StringWriter out = new StringWriter();
      ReportContinuation.write(weights, 0.85, on, out, "test model\nsecond line");
      ReportContinuation back = ReportContinuation.read(new BufferedReader(new StringReader(out.toString())));
      assertThat(back.threshold()).isEqualTo(0.85);
      assertThat(back.enabled()).isEqualTo(on);
      assertThat(back.active()).isEqualTo(on);
      assertThat(back.weights()).containsOnlyKeys("bias", "mood=konj1&d=1", "open=zudem");
      assertThat(back.weights().get("bias")).isEqualTo(-1.25);
      assertThat(back.weights().get("open=zudem")).isEqualTo(0.3333);
    }
  }

  @Test
  void theShippedModelLoads() {
    ReportContinuation shipped = ReportContinuation.shipped();
    assertThat(shipped.weights()).containsKey(ReportContinuation.BIAS).hasSizeGreaterThan(20);
    assertThat(shipped.threshold()).isBetween(0.3, 0.99);
    // The pipeline runs it only where the cross-validation switched it on.
    assertThat(ReportContinuation.standard().active()).isEqualTo(shipped.enabled());
    // A plain Konjunktiv sentence right after a report scores above a plain indicative one far from it.
    ReportContinuation.Context c = context(TEXT, List.of(VERBAND, FALK));
    QuoteMention q = report(TEXT, "der Umsatz sei gestiegen", "sagte", FALK);
    List<ReportContinuation.Candidate> cands = ReportContinuation.candidates(c, List.of(q));
    assertThat(shipped.probability(candidate(cands, "Zudem").features()))
        .isGreaterThan(shipped.probability(candidate(cands, "Wie geht").features()));
  }

  @Test
  void hostileInputIsFine() {
    ReportContinuation model = ReportContinuation.of(Map.of("bias", 5.0), 0.5);
    ReportContinuation.Context empty = context("", List.of());
    assertThat(ReportContinuation.candidates(empty, List.of())).isEmpty();
    assertThat(model.extend(empty, List.of())).isEmpty();

    // Punctuation only, and a quote with nothing after it.
    String marks = "„“ … ?! .";
    assertThat(ReportContinuation.candidates(context(marks, List.of()), List.of())).isEmpty();

    StringBuilder huge = new StringBuilder("Ida Sommer sagte, es sei kalt. Zudem sei");
    for (int i = 0; i < 100_000; i++) {
      huge.append(" sehr");
    }
    huge.append(" viel Schnee gefallen.");
    String text = huge.toString();
    EntityMention sommer = mention(text, "Ida Sommer", "PER");
    QuoteMention q = report(text, "es sei kalt", "sagte", sommer);
    List<QuoteMention> out = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> model.extend(context(text, List.of(sommer)), List.of(q)));
    assertThat(out).hasSize(2);
    assertThat(out.get(1).text()).startsWith("Zudem sei sehr").endsWith("viel Schnee gefallen");
  }

  @Test
  void theExtractorRunsTheModelAfterTheRules() {
    TestAnnotator annotator = new TestAnnotator(List.of(TestAnnotator.per("Nora Lind")), List.of());
    String text = "Nora Lind sagte, der Markt sei voll. Im Mai kamen 40 Gäste.";
    AnnotatedDocument doc = annotator.annotate(Article.of("t", text), PublicationDate.UNKNOWN);
    ReportContinuation model = ReportContinuation.of(Map.of("bias", -6.0, "d=1", 12.0), 0.5);

    List<QuoteMention> rules = new QuoteExtractor(SpeakerRanker.off(), ReportContinuation.off()).process(doc)
        .get(QuoteExtractor.QUOTES);
    List<QuoteMention> with = new QuoteExtractor(SpeakerRanker.off(), model).process(doc)
        .get(QuoteExtractor.QUOTES);

    assertThat(rules).extracting(QuoteMention::text).doesNotContain("Im Mai kamen 40 Gäste");
    assertThat(with).hasSize(rules.size() + 1);
    QuoteMention added = with.get(with.size() - 1);
    assertThat(added.text()).isEqualTo("Im Mai kamen 40 Gäste");
    assertThat(added.cue()).isNull();
    assertThat(added.speaker().name()).isEqualTo("Nora Lind");
    assertThat(added.speaker().via()).isEqualTo("previous");
  }
}
