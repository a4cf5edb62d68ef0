package org.lagebild.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lagebild.dossier.DossierJsonReader;
import org.lagebild.model.dossier.Discrepancy;
import org.lagebild.model.dossier.Dossier;
import org.lagebild.model.dossier.Story;
import org.lagebild.model.dossier.SummarySentence;
import org.lagebild.summary.SummaryCitationCheck;

/**
 * The summary and discrepancy sections end to end on the customer's example: every summary sentence
 * cited and supported, the differing troop figures found with all three articles that state them,
 * the Markdown dossier written on request, and the citation check command agreeing.
 */
class DossierSectionsCommandTest {

  @Test
  void seedsGetACitedSummaryTheTroopFigureDiscrepancyAndAMarkdownDossier(@TempDir Path out)
      throws Exception {
    assumeTrue(Files.isDirectory(AnalyzeCommandTest.SEEDS), "../shared/seeds not present; skipping");
    int exit = Main.commandLine().execute("analyze", "--quiet", "--format", "all", "--out", out.toString(),
        AnalyzeCommandTest.SEEDS.toString());
    assertThat(exit).isZero();
    assertThat(out.resolve("index.html")).exists();
    String md = Files.readString(out.resolve("dossier.md"));
    assertThat(md).contains("### Summary", "### Discrepancies", "### Sources", "[^s1-1]: ");

    Dossier dossier = new DossierJsonReader().read(out.resolve("dossier.json"));
    Story story = dossier.stories().get(0);
    assertThat(story.articleIds()).hasSize(5);
    assertThat(story.summary()).hasSizeBetween(4, 8);
    assertThat(story.summary()).allSatisfy(s -> assertThat(s.citations()).isNotEmpty());
    assertThat(story.summary().stream().mapToInt(s -> s.citations().size()).max().orElse(0))
        .as("some fact is carried by several articles").isGreaterThan(1);
    assertThat(new SummaryCitationCheck().check(dossier).problems()).isEmpty();

    Discrepancy troops = story.discrepancies().stream()
        .filter(d -> d.kind().equals("figure"))
        .filter(d -> d.versions().stream().anyMatch(v -> v.value() != null && v.value().contains("100000")))
        .findFirst().orElseThrow();
    Set<String> articles = new HashSet<>();
    troops.versions().forEach(v -> articles.add(v.articleId()));
    assertThat(articles).hasSize(3);
    assertThat(troops.versions()).extracting(Discrepancy.Version::text)
        .anyMatch(t -> t.startsWith("Zehntausende")).anyMatch(t -> t.contains("100.000"));

    assertThat(Main.commandLine().execute("eval", "citations", out.resolve("dossier.json").toString()))
        .isZero();
    List<String> texts = story.summary().stream().map(SummarySentence::text).toList();
    assertThat(texts).doesNotHaveDuplicates().noneMatch(t -> t.contains("Avatar") || t.startsWith("h2"));
  }

  @Test
  void unknownFormatIsAUsageError(@TempDir Path out) {
    assertThat(Main.commandLine().execute("analyze", "--quiet", "--format", "pdf", "--out", out.toString(),
        out.toString())).isEqualTo(2);
  }

  @Test
  void discrepancyEvaluationRunsOnTheCommittedLabelsOrSkips() {
    Path labels = Path.of("../docs/discrepancy-labels/labels.tsv");
    Path corpus = Path.of("../../shared/data/fang-covid/fang-covid-de-20k.jsonl.gz");
    assumeTrue(Files.isRegularFile(labels) && Files.isRegularFile(corpus), "labels or corpus absent; skipping");
    assertThat(Main.commandLine().execute("eval", "discrepancies", labels.toString(), "--corpus",
        corpus.toString())).isZero();
  }
}
