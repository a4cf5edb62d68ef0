package org.lagebild.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lagebild.cli.eval.EntityClusterScorer.Mention;
import picocli.CommandLine;

class EntityClusterScorerTest {

  private static Mention m(String article, int start, String text, String cluster) {
    return new Mention(article, start, start + text.length(), text, cluster);
  }

  // Gold: Olaf Brenner (3 mentions in two articles), Kiel (2).
  private static final List<Mention> GOLD = List.of(
      m("a", 0, "Olaf Brenner", "brenner"),
      m("a", 40, "Brenner", "brenner"),
      m("b", 5, "Olaf Brener", "brenner"),
      m("a", 60, "Kiel", "kiel"),
      m("b", 30, "Kiel", "kiel"));

  @Test
  void perfectSystemScoresOne() {
    EntityClusterScorer.Scores s = EntityClusterScorer.score(GOLD, GOLD);
    assertThat(s.b3F1()).isEqualTo(1.0);
    assertThat(s.mentionF1()).isEqualTo(1.0);
    assertThat(s.wrongLinks()).isZero();
    assertThat(s.missedLinks()).isZero();
  }

  @Test
  void splitMissedAndExtraMentionsCountAsDocumented() {
    List<Mention> system = List.of(
        m("a", 0, "Olaf Brenner", "s1"),
        m("a", 40, "Brenner", "s1"),
        m("b", 5, "Olaf Brener", "s2"), // misspelling not merged: a split
        m("a", 60, "Kiel", "s3"),
        // "Kiel" in b not found: a singleton
        m("b", 50, "Förde", "s4")); // not a gold mention: detection precision only
    EntityClusterScorer.Scores s = EntityClusterScorer.score(GOLD, system);
    assertThat(s.matched()).isEqualTo(4);
    assertThat(s.mentionPrecision()).isEqualTo(4 / 5.0);
    assertThat(s.mentionRecall()).isEqualTo(4 / 5.0);
    // Every system cluster is pure: precision 1. Recall per mention: 2/3, 2/3, 1/3, 1/2, 1/2.
    assertThat(s.b3Precision()).isEqualTo(1.0);
    assertThat(s.b3Recall()).isCloseTo((2 / 3.0 + 2 / 3.0 + 1 / 3.0 + 0.5 + 0.5) / 5, within(1e-9));
    assertThat(s.wrongLinks()).isZero();
    assertThat(s.missedLinks()).isEqualTo(3); // 2 links of "Olaf Brener" + the Kiel link
    assertThat(EntityClusterScorer.errors(GOLD, system))
        .containsExactly(
            "SPLIT  brenner: sys\u0000s1 [Olaf Brenner, Brenner] + sys\u0000s2 [Olaf Brener]",
            "SPLIT  kiel: sys\u0000s3 [Kiel] + (not found) [Kiel]");
  }

  @Test
  void overMergeLowersPrecisionAndIsListed() {
    List<Mention> system = GOLD.stream().map(g -> new Mention(
        g.articleId(), g.start(), g.end(), g.text(), "all")).toList();
    EntityClusterScorer.Scores s = EntityClusterScorer.score(GOLD, system);
    assertThat(s.b3Recall()).isEqualTo(1.0);
    // Brenner mentions: 3/5 each, Kiel mentions: 2/5 each.
    assertThat(s.b3Precision()).isCloseTo((3 * 0.6 + 2 * 0.4) / 5, within(1e-9));
    assertThat(s.wrongLinks()).isEqualTo(6);
    assertThat(EntityClusterScorer.errors(GOLD, system)).hasSize(1)
        .first().asString().startsWith("MERGED sys\u0000all: brenner");
  }

  @Test
  void noGoldMentionsScoresZeroWithoutDividingByZero() {
    EntityClusterScorer.Scores s = EntityClusterScorer.score(List.of(), List.of());
    assertThat(s.b3F1()).isZero();
    assertThat(s.mentionF1()).isZero();
  }

  @Test
  void commandSkipsWithAMessageWithoutCorpus(@TempDir Path dir) throws Exception {
    Path labels = dir.resolve("labels.tsv");
    Files.writeString(labels, "# article\tstart\tend\ttext\ttype\tentity\tstory\tpart\n"
        + "x\t0\t4\tKiel\tLOC\ts/kiel\ts\ttuning\n");
    StringWriter sw = new StringWriter();
    int rc = new CommandLine(new EvalEntitiesCommand()).setOut(new PrintWriter(sw, true))
        .execute(labels.toString(), "--corpus", dir.resolve("absent.jsonl.gz").toString());
    assertThat(rc).isZero();
    assertThat(sw.toString()).contains("corpus not found", "skipped");
    assertThat(EvalEntitiesCommand.read(labels)).singleElement()
        .satisfies(g -> assertThat(g.entity()).isEqualTo("s/kiel"));
  }

  @Test
  void commandRunsThePipelineOnASmallCorpusAndScoresEachPart(@TempDir Path dir) throws Exception {
    String a = "Olaf Brenner besuchte am Montag Kiel. In Kiel sagte Brenner, die Lage sei ernst.";
    String b = "Der Minister Olaf Brenner reiste danach nach Hamburg.";
    Path corpus = dir.resolve("corpus.jsonl");
    Files.writeString(corpus,
        "{\"id\":\"a\",\"outlet\":\"eins.example\",\"published\":\"2021-03-01\",\"text\":\"" + a + "\"}\n"
        + "{\"id\":\"b\",\"outlet\":\"zwei.example\",\"published\":\"2021-03-01\",\"text\":\"" + b + "\"}\n");
    StringBuilder labels = new StringBuilder("# article\tstart\tend\ttext\ttype\tentity\tstory\tpart\n");
    label(labels, "a", a, "Olaf Brenner", 0, "PER", "s/brenner", "tuning");
    label(labels, "a", a, "Kiel", 0, "LOC", "s/kiel", "tuning");
    label(labels, "a", a, "Kiel", 1, "LOC", "s/kiel", "tuning");
    label(labels, "a", a, "Brenner", 1, "PER", "s/brenner", "tuning");
    label(labels, "b", b, "Olaf Brenner", 0, "PER", "s/brenner", "held-out");
    label(labels, "b", b, "Hamburg", 0, "LOC", "s/hamburg", "held-out");
    Path file = dir.resolve("labels.tsv");
    Files.writeString(file, labels);
    EvalEntitiesCommand command = new EvalEntitiesCommand();
    StringWriter sw = new StringWriter();
    int rc = new CommandLine(command).setOut(new PrintWriter(sw, true))
        .execute(file.toString(), "--corpus", corpus.toString(), "--threads", "1", "-v");
    System.out.println(sw);
    assertThat(rc).isZero();
    assertThat(sw.toString()).contains("EntityCanonicalizer + places, tuning", "EntityCanonicalizer + places, held-out",
        "EntityCanonicalizer + places, all", "baseline (same name, raw NER), all", "gold mentions not found");
    EntityClusterScorer.Scores all = command.results().get("EntityCanonicalizer + places, all");
    assertThat(all.gold()).isEqualTo(6);
    assertThat(command.results().get("EntityCanonicalizer + places, tuning").gold()).isEqualTo(4);
    assertThat(all.matched()).as("the tagger finds some of these plain names").isPositive();
    assertThat(all.b3F1()).isBetween(0.0, 1.0);
  }

  private static void label(StringBuilder out, String id, String text, String surface, int occurrence,
      String type, String entity, String part) {
    int at = -1;
    for (int k = 0; k <= occurrence; k++) {
      at = text.indexOf(surface, at + 1);
    }
    int start = at;
    if (occurrence == 1 && surface.equals("Brenner")) {
      start = text.indexOf("sagte Brenner") + 6; // the lone surname, not the one in the full name
    }
    out.append(id).append('\t').append(start).append('\t').append(start + surface.length()).append('\t')
        .append(surface).append('\t').append(type).append('\t').append(entity).append('\t')
        .append("s").append('\t').append(part).append('\n');
  }
}
