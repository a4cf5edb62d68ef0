package org.lagebild.cli.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.lagebild.cli.eval.TimexEvaluator.GoldDocument;
import org.lagebild.cli.eval.TimexEvaluator.Pair;
import org.lagebild.cli.eval.TimexEvaluator.Scores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ./lagebild eval timex}: the German temporal tagger on WikiWarsDE (narrative mode, beside
 * HeidelTime's published figures) or on our own news labels over FANG-COVID articles ({@code
 * --news}). A measurement, not a test: it never fails on low scores.
 */
@Command(
    name = "timex",
    mixinStandardHelpOptions = true,
    description = {
      "Temporal expressions: extraction P/R/F1 (lenient = overlap, strict = exact span), value"
          + " accuracy and extraction+value F1, beside HeidelTime's published WikiWarsDE figures.",
      "Default: WikiWarsDE in narrative mode. With --news LABELS: the news labels (article id,"
          + " offsets, text, value) over the FANG-COVID texts, in news mode."
    })
public final class EvalTimexCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "CORPUS",
      defaultValue = "../shared/data/wikiwarsde/WikiWarsDE_20110412",
      description = "WikiWarsDE folder (default: ${DEFAULT-VALUE})")
  Path corpus;

  @Option(names = "--news", paramLabel = "LABELS", description = "news labels TSV (articleId, start, end, text, value)")
  Path newsLabels;

  @Option(
      names = "--articles",
      paramLabel = "JSONL",
      defaultValue = "../shared/data/fang-covid/fang-covid-de-20k.jsonl.gz",
      description = "articles the news labels point into (default: ${DEFAULT-VALUE})")
  Path articles;

  @Option(names = "--errors", paramLabel = "N", defaultValue = "0", description = "list the first N errors")
  int errors;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<GoldDocument> docs;
    String title;
    boolean wikiwars = newsLabels == null;
    if (wikiwars) {
      if (!Files.isDirectory(corpus)) {
        err.println("WikiWarsDE not found: " + corpus + " (see ../shared/data/README.md); skipped.");
        return 0;
      }
      docs = TimexEvaluator.readWikiWars(corpus);
      title = "WikiWarsDE (" + corpus + "), narrative mode: relative expressions from the last mentioned date";
    } else {
      if (!Files.isRegularFile(newsLabels) || !Files.isRegularFile(articles)) {
        err.println("news labels or articles not found (" + newsLabels + ", " + articles + "); skipped.");
        return 0;
      }
      List<String> problems = new ArrayList<>();
      docs = TimexEvaluator.readNewsLabels(newsLabels, articles, problems);
      problems.forEach(p -> err.println("warning: " + p));
      title = "News labels (" + newsLabels + ") over " + articles + ", news mode: anchor = publication date";
    }
    Scores s = TimexEvaluator.evaluate(docs);
    print(out, title, docs.size(), s, wikiwars);
    int listed = 0;
    for (Pair p : s.errors()) {
      if (listed++ >= errors) {
        break;
      }
      out.printf(Locale.ROOT, "  %-24s gold %-40s system %s%n", p.documentId(),
          p.gold() == null ? "-" : "'" + p.gold().text() + "'=" + p.gold().value(),
          p.system() == null ? "-" : "'" + p.system().candidate().text() + "'=" + p.system().value()
              + " (" + p.system().candidate().pattern() + ")");
    }
    out.flush();
    return 0;
  }

  static void print(PrintWriter out, String title, int documents, Scores s, boolean wikiwars) {
    out.println(title);
    out.printf(Locale.ROOT, "%d documents, %d gold expressions, %d found%n%n", documents, s.gold(), s.system());
    out.printf(Locale.ROOT, "%-26s %7s %7s %7s   %s%n", "", "P", "R", "F1",
        wikiwars ? "HeidelTime 1.8 (published, F1)" : "");
    row(out, "extraction lenient", s, s.lenient(), wikiwars ? "0.933" : "");
    row(out, "extraction strict", s, s.strict(), wikiwars ? "0.877" : "");
    row(out, "extraction+value lenient", s, s.valueLenient(), wikiwars ? "0.825" : "");
    row(out, "extraction+value strict", s, s.valueStrict(), wikiwars ? "0.787" : "");
    out.printf(Locale.ROOT, "%-26s %23.3f   %s%n", "value accuracy", s.valueAccuracy(), wikiwars ? "0.885" : "");
    out.println();
  }

  private static void row(PrintWriter out, String name, Scores s, int hits, String reference) {
    out.printf(Locale.ROOT, "%-26s %7.3f %7.3f %7.3f   %s%n", name, s.precision(hits), s.recall(hits),
        s.f1(hits), reference);
  }
}
