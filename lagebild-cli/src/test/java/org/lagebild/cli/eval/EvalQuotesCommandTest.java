package org.lagebild.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvalQuotesCommandTest {

  @Test
  void labelsAreReadWithTheirBatches(@TempDir Path dir) throws Exception {
    Path labels = dir.resolve("q.tsv");
    Files.writeString(labels, String.join("\n",
        "# articleId\tkind\tstart\tend\tspeaker\tcue\tfirst words",
        "a1\tdirect\t10\t40\tOlaf Brenner\tsagte\tWir bauen",
        "# batch: later (drawn with a seed)",
        "a2\tindirect\t5\t30\t-\t-\tes gehe voran",
        ""));
    List<EvalQuotesCommand.Gold> gold = EvalQuotesCommand.readLabels(labels);
    assertThat(gold).extracting(EvalQuotesCommand.Gold::batch).containsExactly("first", "later");
    assertThat(gold.get(0).speaker()).isEqualTo("Olaf Brenner");
    assertThat(gold.get(1).start()).isEqualTo(5);
  }

  @Test
  void missingLabelsSkipWithAMessage(@TempDir Path dir) {
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new EvalQuotesCommand());
    cli.setOut(new PrintWriter(out, true));
    int status = cli.execute("--labels", dir.resolve("none.tsv").toString());
    assertThat(status).isZero();
    assertThat(out.toString()).contains("skipped: labels").contains("none.tsv");
  }

  @Test
  void theCommittedLabelsParse() throws Exception {
    Path committed = Path.of("..", "eval", "quotes", "fang-covid-quotes.tsv");
    assertThat(committed).isRegularFile();
    assertThat(EvalQuotesCommand.readLabels(committed)).hasSizeGreaterThan(150);
  }

  @Test
  void anAcronymMatchesTheNameItAbbreviates() {
    assertThat(EvalQuotesCommand.speakerMatches("VKL", "Verband Kommunaler Lagerhäuser")).isTrue();
    assertThat(EvalQuotesCommand.speakerMatches("Verband Kommunaler Lagerhäuser", "VKL")).isTrue();
    assertThat(EvalQuotesCommand.speakerMatches("VKL", "Verband Lagerhäuser")).isFalse();
    assertThat(EvalQuotesCommand.speakerMatches("Brenner", "Olaf Brenner")).isTrue();
    assertThat(EvalQuotesCommand.speakerMatches("Brenner", "VKL")).isFalse();
  }

  /** Runs the command with one label and a one-article corpus, writing a model to a path under a missing folder. */
  private static String writeToMissingFolder(Path dir, String label, String option) throws Exception {
    Path labels = dir.resolve("q.tsv");
    Files.writeString(labels, label);
    Path corpus = dir.resolve("c.jsonl.gz");
    try (var gz = new java.util.zip.GZIPOutputStream(Files.newOutputStream(corpus))) {
      gz.write("{\"id\":\"a1\",\"text\":\"x\"}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new EvalQuotesCommand());
    cli.setOut(new PrintWriter(out, true));
    int status = cli.execute("--labels", labels.toString(), "--fang", corpus.toString(),
        option, dir.resolve("missing").resolve("m.tsv").toString());
    assertThat(status).isEqualTo(2);
    return out.toString();
  }

  @Test
  void anUnwritableSpeakerModelPathIsAMessage(@TempDir Path dir) throws Exception {
    assertThat(writeToMissingFolder(dir, "a1\tdirect\t10\t40\tOlaf Brenner\tsagte\tWir bauen\n",
        "--write-speaker-model")).contains("cannot write the speaker model");
  }

  @Test
  void aSealedBatchIsReadAsSealedAndLeftOutUnlessAsked(@TempDir Path dir) throws Exception {
    Path labels = dir.resolve("q.tsv");
    Files.writeString(labels, String.join("\n",
        "a1\tdirect\t10\t40\tOlaf Brenner\tsagte\tWir bauen",
        "# batch: later (sealed: not scored until measured once)",
        "a2\tindirect\t5\t30\t-\t-\tes gehe voran",
        ""));
    List<EvalQuotesCommand.Gold> gold = EvalQuotesCommand.readLabels(labels);
    assertThat(gold).extracting(EvalQuotesCommand.Gold::sealed).containsExactly(false, true);

    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new EvalQuotesCommand());
    cli.setOut(new PrintWriter(out, true));
    cli.execute("--labels", labels.toString(), "--fang", dir.resolve("absent.jsonl.gz").toString());
    assertThat(out.toString()).contains("batch later is sealed (1 labelled quotes in 1 articles)")
        .contains("1 labels not scored");
  }

  @Test
  void anUnwritableContinuationModelPathIsAMessage(@TempDir Path dir) throws Exception {
    assertThat(writeToMissingFolder(dir, "a1\tindirect\t10\t40\tOlaf Brenner\tsagte\tder Plan\n",
        "--write-continuation-model")).contains("cannot write the continuation model");
  }

  @Test
  void theContinuationThresholdGainsMostWithoutLosingPrecision() {
    EvalQuotesCommand.Counts c = new EvalQuotesCommand.Counts();
    c.gold = 100;
    c.predicted[0] = 80;
    c.matched[0] = 72; // rules: P 0.90
    for (int t = 1; t < c.predicted.length; t++) {
      c.predicted[t] = 80;
      c.matched[t] = 72;
    }
    assertThat(EvalQuotesCommand.chooseThreshold(c)).as("no gain: off").isZero();
    c.predicted[1] = 100; // lowest threshold: more found, precision 0.80 < 0.90
    c.matched[1] = 80;
    c.predicted[5] = 85; // P 0.906, four more found
    c.matched[5] = 77;
    c.predicted[9] = 82; // P 0.902, two more found
    c.matched[9] = 74;
    assertThat(EvalQuotesCommand.chooseThreshold(c)).isEqualTo(5);
  }

  @Test
  void reportedQuotesMatchGreedilyByTheScorersRule() {
    java.util.List<int[]> gold = java.util.List.of(new int[] {0, 10}, new int[] {20, 30});
    var predicted = java.util.List.of(
        new org.lagebild.quotes.QuoteMention(1, 10, "x", "indirect", null, null),
        new org.lagebild.quotes.QuoteMention(0, 9, "x", "indirect", null, null),
        new org.lagebild.quotes.QuoteMention(20, 30, "x", "direct", null, null),
        new org.lagebild.quotes.QuoteMention(22, 60, "x", "indirect", null, null));
    EvalQuotesCommand.IndirectMatch m = EvalQuotesCommand.matchIndirect(gold, predicted);
    assertThat(m.predicted()).isEqualTo(3);
    assertThat(m.matched()).isEqualTo(1);
    assertThat(m.used()).containsExactly(true, false);
  }
}
