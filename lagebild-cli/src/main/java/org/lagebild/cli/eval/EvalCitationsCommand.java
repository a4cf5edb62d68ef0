package org.lagebild.cli.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.lagebild.dossier.DossierJsonReader;
import org.lagebild.model.dossier.Dossier;
import org.lagebild.summary.SummaryCitationCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code ./lagebild eval citations DOSSIER.json}: every summary sentence cited and supported. */
@Command(
    name = "citations",
    mixinStandardHelpOptions = true,
    description = {
      "Checks every summary sentence of a dossier: it has a citation, and each cited span lies in its"
          + " article and contains the sentence's content. Exit status 1 when any check fails."
    })
public final class EvalCitationsCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "DOSSIER", description = "A dossier.json written by analyze.")
  Path dossierFile;

  @Override
  public Integer call() {
    Dossier dossier;
    try {
      dossier = new DossierJsonReader().read(dossierFile);
    } catch (IOException | RuntimeException e) {
      System.err.println("eval citations: cannot read " + dossierFile + ": " + e.getMessage());
      return 2;
    }
    SummaryCitationCheck.Result r = new SummaryCitationCheck().check(dossier);
    long summarised = dossier.stories().stream().filter(s -> !s.summary().isEmpty()).count();
    System.out.printf(Locale.ROOT,
        "stories %d (%d with a summary), summary sentences %d, citations %d (%.2f a sentence)%n",
        r.stories(), summarised, r.sentences(), r.citations(),
        r.sentences() == 0 ? 0.0 : r.citations() / (double) r.sentences());
    System.out.printf(Locale.ROOT, "failures: %d%n", r.problems().size());
    r.problems().stream().limit(20).forEach(p -> System.out.printf(Locale.ROOT,
        "  story %s sentence %d: %s: %s%n", p.storyId(), p.sentence() + 1, p.reason(), p.text()));
    return r.passed() ? 0 : 1;
  }
}
