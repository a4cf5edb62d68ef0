package org.lagebild.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lagebild.discrepancies.DiscrepancyFinder;
import org.lagebild.model.Article;
import org.lagebild.model.dossier.Discrepancy;

class EvalDiscrepanciesCommandTest {

  private static final String A =
      "In Nordstadt haben am Samstag nach Angaben der Polizei 8.000 Menschen gegen die Auflagen demonstriert.";
  private static final String B =
      "Die Veranstalter sprechen von bis zu 900.000 Teilnehmern, die Polizei zählte 8.000 Demonstranten.";

  @Test
  void readsPartAndCategoryAndScoresOnlyOpposedSpans(@TempDir Path dir) throws Exception {
    int a8000 = A.indexOf("8.000");
    int b900 = B.indexOf("bis zu");
    int b8000 = B.indexOf("8.000");
    Path labels = dir.resolve("labels.tsv");
    Files.writeString(labels, String.join("\n",
        "# header",
        "yes\ta\t" + a8000 + "\t" + (a8000 + 14) + "\t8.000 Menschen\tb\t" + b900 + "\t" + (b900 + 30)
            + "\tbis zu 900.000 Teilnehmern\tpolice vs organisers\theldout\tprotest",
        "no\ta\t" + a8000 + "\t" + (a8000 + 14) + "\t8.000 Menschen\tb\t" + b8000 + "\t" + (b8000 + 18)
            + "\t8.000 Demonstranten\tsame figure",
        ""));
    List<EvalDiscrepanciesCommand.Label> set = EvalDiscrepanciesCommand.read(labels);
    assertThat(set).extracting(EvalDiscrepanciesCommand.Label::part).containsExactly("heldout", "tune");
    assertThat(set).extracting(EvalDiscrepanciesCommand.Label::category).containsExactly("protest", "figure");
    Map<String, Article> articles = Map.of(
        "a", new Article("a", "a", null, null, null, "de", "2021-05-08T18:00:00+02:00", null, A),
        "b", new Article("b", "b", null, null, null, "de", "2021-05-11T09:00:00+02:00", null, B));
    EvalDiscrepanciesCommand.Score s =
        EvalDiscrepanciesCommand.score(set, articles, new DiscrepancyFinder(), false);
    // both spans of the `no` pair are versions of the one discrepancy, but on the same side
    assertThat(s.tp()).isEqualTo(1);
    assertThat(s.fp()).isZero();
    assertThat(s.tn()).isEqualTo(1);
    assertThat(EvalDiscrepanciesCommand.opposed(new Discrepancy("t", "date", List.of()),
        new Discrepancy.Version("a", 0, 1, "x", "Montag"), new Discrepancy.Version("b", 0, 1, "y", "Montag")))
        .isFalse();
  }
}
