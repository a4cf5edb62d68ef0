package org.lagebild.cli.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.lagebild.clean.NoiseDetector;
import org.lagebild.discrepancies.DiscrepancyFinder;
import org.lagebild.discrepancies.Figure;
import org.lagebild.ingest.ArticleReader;
import org.lagebild.ingest.IngestOptions;
import org.lagebild.model.AnnotatedDocument;
import org.lagebild.model.Article;
import org.lagebild.model.dossier.Discrepancy;
import org.lagebild.model.dossier.Story;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Scores the discrepancy finder on a labelled set of figure pairs from real multi-outlet stories.
 * Each label names two spans of two corpus articles and says whether they contradict each other;
 * the texts are read from the corpus (labels hold ids, offsets and values only). A pair counts as
 * found when one discrepancy has a version on each span. With {@code --candidates PAIRS} it prints,
 * for labelling, every pair of same-head figures with different wording in the given article pairs.
 */
@Command(
    name = "discrepancies",
    mixinStandardHelpOptions = true,
    description = "Precision and recall of discrepancy detection on a labelled set (see docs/discrepancy-labels).")
public final class EvalDiscrepanciesCommand implements Callable<Integer> {

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "LABELS",
      description = "Label file (TSV). Default: ${DEFAULT-VALUE}",
      defaultValue = "docs/discrepancy-labels/labels.tsv")
  Path labels;

  @Option(
      names = "--corpus",
      description = "Corpus the labels point into. Default: ${DEFAULT-VALUE}",
      defaultValue = "../shared/data/fang-covid/fang-covid-de-20k.jsonl.gz")
  Path corpus;

  @Option(
      names = "--candidates",
      paramLabel = "PAIRS",
      description = "Print labelling candidates for the article pairs in PAIRS (two ids a line) instead.")
  Path candidates;

  @Option(names = "--verbose", description = "Print every labelled pair with its outcome.")
  boolean verbose;

  /** One labelled pair: two spans and whether they contradict. */
  public record Label(boolean discrepant, String a, int aStart, int aEnd, String b, int bStart, int bEnd,
      String note) {}

  /** Counts over a labelled set. */
  public record Score(int tp, int fp, int fn, int tn, int skipped) {
    public double precision() {
      return tp + fp == 0 ? 0 : tp / (double) (tp + fp);
    }

    public double recall() {
      return tp + fn == 0 ? 0 : tp / (double) (tp + fn);
    }
  }

  @Override
  public Integer call() throws IOException {
    if (!Files.isRegularFile(corpus)) {
      System.err.println("eval discrepancies: corpus " + corpus + " not found; skipped.");
      return 0;
    }
    Map<String, Article> articles = new HashMap<>();
    for (Article a : new ArticleReader(IngestOptions.defaults()).readAll(List.of(corpus)).articles()) {
      articles.put(a.id(), a);
    }
    if (candidates != null) {
      printCandidates(articles);
      return 0;
    }
    if (!Files.isRegularFile(labels)) {
      System.err.println("eval discrepancies: label file " + labels + " not found.");
      return 2;
    }
    List<Label> set = read(labels);
    Score s = score(set, articles, new DiscrepancyFinder(), verbose);
    System.out.printf(Locale.ROOT, "labelled pairs: %d (%d discrepant, %d not), skipped (texts absent): %d%n",
        set.size(), set.stream().filter(Label::discrepant).count(),
        set.stream().filter(l -> !l.discrepant()).count(), s.skipped());
    System.out.printf(Locale.ROOT, "TP %d  FP %d  FN %d  TN %d%n", s.tp(), s.fp(), s.fn(), s.tn());
    System.out.printf(Locale.ROOT, "precision %.3f  recall %.3f  (goal P >= 0.8, R >= 0.6)%n",
        s.precision(), s.recall());
    return 0;
  }

  /** Labels from a TSV: {@code yes|no idA startA endA valueA idB startB endB valueB note}. */
  public static List<Label> read(Path file) throws IOException {
    List<Label> out = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      out.add(new Label("yes".equals(f[0].strip()), f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]),
          f[5], Integer.parseInt(f[6]), Integer.parseInt(f[7]), f.length > 9 ? f[9] : ""));
    }
    return out;
  }

  /** Runs the finder on each labelled article pair (debris marked, sentences by punctuation). */
  public static Score score(List<Label> set, Map<String, Article> articles, DiscrepancyFinder finder,
      boolean verbose) {
    Map<String, List<Discrepancy>> found = new HashMap<>();
    int tp = 0, fp = 0, fn = 0, tn = 0, skipped = 0;
    for (Label l : set) {
      Article a = articles.get(l.a());
      Article b = articles.get(l.b());
      if (a == null || b == null || l.aEnd() > a.text().length() || l.bEnd() > b.text().length()) {
        skipped++;
        continue;
      }
      List<Discrepancy> ds = found.computeIfAbsent(l.a() + "|" + l.b(), k -> {
        List<AnnotatedDocument> docs = List.of(doc(a), doc(b));
        return finder.find(Story.of(l.a() + "+" + l.b(), "", List.of(l.a(), l.b()), List.of()), docs);
      });
      boolean predicted = false;
      for (Discrepancy d : ds) {
        boolean onA = false, onB = false;
        for (Discrepancy.Version v : d.versions()) {
          onA |= v.articleId().equals(l.a()) && v.start() < l.aEnd() && l.aStart() < v.end();
          onB |= v.articleId().equals(l.b()) && v.start() < l.bEnd() && l.bStart() < v.end();
        }
        predicted |= onA && onB;
      }
      if (predicted && l.discrepant()) tp++;
      else if (predicted) fp++;
      else if (l.discrepant()) fn++;
      else tn++;
      if (verbose) {
        System.out.printf("%s %s gold=%s %s | %s  %s%n", predicted == l.discrepant() ? "ok  " : "MISS",
            predicted ? "found" : "-----", l.discrepant() ? "yes" : "no ",
            a.text().substring(l.aStart(), l.aEnd()), b.text().substring(l.bStart(), l.bEnd()), l.note());
      }
    }
    return new Score(tp, fp, fn, tn, skipped);
  }

  private static AnnotatedDocument doc(Article a) {
    return new NoiseDetector().process(AnnotatedDocument.of(a));
  }

  private void printCandidates(Map<String, Article> articles) throws IOException {
    DiscrepancyFinder finder = new DiscrepancyFinder();
    for (String line : Files.readAllLines(candidates)) {
      String[] ids = line.split("\\s+");
      if (ids.length < 2 || !articles.containsKey(ids[0]) || !articles.containsKey(ids[1])) {
        continue;
      }
      List<AnnotatedDocument> docs = List.of(doc(articles.get(ids[0])), doc(articles.get(ids[1])));
      var located = finder.locate(docs);
      for (int i = 0; i < located.size(); i++) {
        for (int j = i + 1; j < located.size(); j++) {
          var x = located.get(i);
          var y = located.get(j);
          Figure f = x.figure();
          Figure g = y.figure();
          if (x.articleId().equals(y.articleId()) || f.headKey() == null
              || !f.headKey().equals(g.headKey()) || f.text().equals(g.text())) {
            continue;
          }
          int shared = 0;
          for (String s : x.context()) {
            shared += y.context().contains(s) ? 1 : 0;
          }
          if (shared < 3) {
            continue;
          }
          System.out.printf("?\t%s\t%d\t%d\t%s\t%s\t%d\t%d\t%s\t%s\t%s%n", x.articleId(), f.start(), f.end(),
              f.value(), y.articleId(), g.start(), g.end(), g.value(), f.head(),
              f.conflictsWith(g) ? "values-differ" : "values-compatible");
          System.out.println("#A " + sentence(articles.get(x.articleId()).text(), f.start()));
          System.out.println("#B " + sentence(articles.get(y.articleId()).text(), g.start()));
        }
      }
    }
  }

  private static String sentence(String text, int at) {
    int s = Math.max(0, at - 200);
    int e = Math.min(text.length(), at + 200);
    return text.substring(s, e).replaceAll("\\s+", " ");
  }
}
