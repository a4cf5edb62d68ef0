package org.lagebild.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lagebild.cli.eval.GermEvalNerEvaluator.Counts;
import org.lagebild.cli.eval.GermEvalNerEvaluator.GoldSentence;
import org.lagebild.cli.eval.GermEvalNerEvaluator.Mention;
import org.lagebild.cli.eval.GermEvalNerEvaluator.Report;
import org.lagebild.model.EntityMention;
import picocli.CommandLine;

class GermEvalNerEvaluatorTest {

  /** Two sentences: PER, LOC, ORG, a LOCderiv (counts as O), an OTH; then a PER and a LOC. */
  private static final String TSV =
      """
      #\thttp://example.org/a\t[2009-10-23]\t
      1\tAngela\tB-PER\tO
      2\tMerkel\tI-PER\tO
      3\tbesuchte\tO\tO
      4\tdeutsche\tB-LOCderiv\tO
      5\tFirmen\tO\tO
      6\tin\tO\tO
      7\tNew\tB-LOC\tO
      8\tYork\tI-LOC\tB-LOC
      9\tund\tO\tO
      10\tdie\tO\tO
      11\tUNO\tB-ORG\tO
      12\tmit\tO\tO
      13\tHarry\tB-OTH\tB-PER
      14\tPotter\tI-OTH\tI-PER
      15\t.\tO\tO

      #\thttp://example.org/b\t[2009-10-23]\t
      1\tMüller\tB-PER\tO
      2\tfuhr\tO\tO
      3\tnach\tO\tO
      4\tWien\tB-LOC\tO
      5\t.\tO\tO

      """;

  private static List<GoldSentence> gold() throws Exception {
    return GermEvalNerEvaluator.read(new BufferedReader(new StringReader(TSV)), 0);
  }

  @Test
  void readsOuterSpansAndTreatsDerivAsO() throws Exception {
    List<GoldSentence> sentences = gold();
    assertThat(sentences).hasSize(2);
    assertThat(sentences.get(0).tokens()).hasSize(15);
    assertThat(sentences.get(0).mentions())
        .containsExactly(
            new Mention(0, 2, "PER"),
            new Mention(6, 8, "LOC"),
            new Mention(10, 11, "ORG"),
            new Mention(12, 14, "OTH"));
    assertThat(sentences.get(1).text()).isEqualTo("Müller fuhr nach Wien .");
    assertThat(GermEvalNerEvaluator.read(new BufferedReader(new StringReader(TSV)), 1)).hasSize(1);
  }

  @Test
  void strictSpanCountsAreExact() throws Exception {
    List<GoldSentence> sentences = gold();
    String first = sentences.get(0).text();
    // Sentence 1: PER right; "York" only (wrong boundary): 1 FP + 1 FN LOC; "deutsche" as MISC: FP
    // OTH; UNO as LOC: FP LOC + FN ORG; Harry Potter as MISC = OTH: TP.
    List<EntityMention> predictedFirst =
        List.of(
            mention(first, "Angela Merkel", "PER"),
            mention(first, "deutsche", "MISC"),
            mention(first, "York", "LOC"),
            mention(first, "UNO", "LOC"),
            mention(first, "Harry Potter", "MISC"));
    String second = sentences.get(1).text();
    // Sentence 2: "Müll" inside a token maps to the whole token (unaligned, still TP); Wien missed.
    List<EntityMention> predictedSecond = List.of(new EntityMention(0, 4, "Müll", "PER"));
    Report report =
        GermEvalNerEvaluator.score(sentences, List.of(predictedFirst, predictedSecond), 2.0);

    assertThat(report.of("PER")).isEqualTo(new Counts(2, 0, 0));
    assertThat(report.of("LOC")).isEqualTo(new Counts(0, 2, 2));
    assertThat(report.of("ORG")).isEqualTo(new Counts(0, 0, 1));
    assertThat(report.of("OTH")).isEqualTo(new Counts(1, 1, 0));
    assertThat(report.unaligned()).isEqualTo(1);
    assertThat(report.tokens()).isEqualTo(20);
    assertThat(report.tokensPerSecond()).isEqualTo(10.0);

    Counts plo = report.micro(List.of("PER", "LOC", "ORG"));
    assertThat(plo).isEqualTo(new Counts(2, 2, 3));
    assertThat(plo.precision()).isCloseTo(0.5, within(1e-9));
    assertThat(plo.recall()).isCloseTo(0.4, within(1e-9));
    assertThat(plo.f1()).isCloseTo(2 * 0.5 * 0.4 / 0.9, within(1e-9));
    assertThat(plo.support()).isEqualTo(5);
    assertThat(report.micro(GermEvalNerEvaluator.TYPES)).isEqualTo(new Counts(3, 3, 3));
  }

  @Test
  void errorsListMissedAndWrongMentionsPerSentence() throws Exception {
    List<GoldSentence> sentences = gold();
    String first = sentences.get(0).text();
    List<EntityMention> predictedFirst =
        List.of(
            mention(first, "Angela Merkel", "PER"),
            mention(first, "York", "LOC"),
            mention(first, "UNO", "ORG"),
            mention(first, "Harry Potter", "MISC"));
    String second = sentences.get(1).text();
    List<EntityMention> predictedSecond =
        List.of(mention(second, "Müller", "PER"), mention(second, "Wien", "LOC"));
    StringBuilder out = new StringBuilder();
    GermEvalNerEvaluator.writeErrors(sentences, List.of(predictedFirst, predictedSecond), out);

    // Only the first sentence has errors: New York missed, York alone predicted.
    assertThat(out.toString())
        .isEqualTo("# 1 " + first + "\n- LOC [6,8) New York\n+ LOC [7,8) York\n");
  }

  @Test
  void perfectRecognizerScoresOne() throws Exception {
    List<GoldSentence> sentences = gold();
    Function<String, List<EntityMention>> oracle =
        text -> {
          GoldSentence sentence =
              sentences.stream().filter(s -> s.text().equals(text)).findFirst().orElseThrow();
          return sentence.mentions().stream()
              .map(m -> tokenMention(sentence, m))
              .toList();
        };
    Report report = GermEvalNerEvaluator.evaluate(sentences, oracle, 2);
    assertThat(report.micro(GermEvalNerEvaluator.TYPES).f1()).isEqualTo(1.0);
    assertThat(report.sentences()).isEqualTo(2);
  }

  @Test
  void commandPrintsTableAndSkipsMissingFile(@TempDir Path dir) throws Exception {
    Path tsv = dir.resolve("NER-de-test.tsv");
    Files.writeString(tsv, TSV);
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new EvalNerCommand(() -> text -> List.of()));
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(new StringWriter()));
    assertThat(cli.execute(tsv.toString(), "--threads", "2")).isZero();
    assertThat(out.toString())
        .contains("PER+LOC+ORG", "all four", "OTH/MISC", "0.756", "tokens/s", "GeistBERT");

    StringWriter err = new StringWriter();
    CommandLine missing = new CommandLine(new EvalNerCommand(() -> text -> List.of()));
    missing.setErr(new PrintWriter(err));
    assertThat(missing.execute(dir.resolve("absent.tsv").toString())).isZero();
    assertThat(err.toString()).contains("not found");
  }

  @Test
  void commandWritesTheErrorListOrSaysWhyItCannot(@TempDir Path dir) throws Exception {
    Path tsv = dir.resolve("NER-de-dev.tsv");
    Files.writeString(tsv, TSV);
    Path list = dir.resolve("errors.txt");
    CommandLine cli = new CommandLine(new EvalNerCommand(() -> text -> List.of()));
    cli.setOut(new PrintWriter(new StringWriter()));
    cli.setErr(new PrintWriter(new StringWriter()));
    assertThat(cli.execute(tsv.toString(), "--show-errors", list.toString())).isZero();
    // A recognizer that finds nothing misses every gold mention.
    assertThat(Files.readString(list)).contains("- PER [0,2) Angela Merkel", "- LOC [3,4) Wien");

    StringWriter err = new StringWriter();
    CommandLine bad = new CommandLine(new EvalNerCommand(() -> text -> List.of()));
    bad.setErr(new PrintWriter(err, true));
    String unwritable = dir.resolve("no-such-dir").resolve("errors.txt").toString();
    assertThat(bad.execute(tsv.toString(), "--show-errors", unwritable)).isEqualTo(2);
    assertThat(err.toString()).contains("cannot write the error list to").doesNotContain("Exception");
  }

  private static EntityMention mention(String text, String covered, String type) {
    int start = text.indexOf(covered);
    return new EntityMention(start, start + covered.length(), covered, type);
  }

  private static EntityMention tokenMention(GoldSentence sentence, Mention m) {
    String text = sentence.text();
    int start = String.join(" ", sentence.tokens().subList(0, m.start())).length() + (m.start() > 0 ? 1 : 0);
    String covered = String.join(" ", sentence.tokens().subList(m.start(), m.end()));
    return new EntityMention(start, start + covered.length(), covered, m.type().equals("OTH") ? "MISC" : m.type());
  }
}
