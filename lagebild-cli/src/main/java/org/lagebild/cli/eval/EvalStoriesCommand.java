package org.lagebild.cli.eval;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.lagebild.pipeline.ProgressListener;
import org.lagebild.cli.StandardPipeline;
import org.lagebild.ingest.ArticleReader;
import org.lagebild.ingest.IngestOptions;
import org.lagebild.model.AnnotatedDocument;
import org.lagebild.model.Article;
import org.lagebild.passages.ArticleOverlap;
import org.lagebild.passages.WireCopyDetector;
import org.lagebild.pipeline.BatchAnalyzer;
import org.lagebild.stories.ArticleFeatures;
import org.lagebild.stories.BaselineStoryGrouper;
import org.lagebild.stories.StoryClusterer;
import org.lagebild.stories.StoryGroup;
import org.lagebild.stories.TermVectorStage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ./lagebild eval stories GOLD INPUT}: runs the real pipeline on the gold articles, clusters
 * them as a stream and prints pairwise P/R/F1 (Miranda et al. 2018) and B-cubed F1, on the whole
 * gold set and on its two halves, each clustered on its own (half A, for calibration, holds the
 * gold groups whose first article falls in an even month, half B, held out, the odd months).
 */
@Command(
    name = "stories",
    mixinStandardHelpOptions = true,
    description = {
      "Story clustering quality against labelled stories: pairwise P/R/F1 and B-cubed F1,"
          + " whole set and halves A (calibration) / B (held out).",
      "GOLD is JSON {storyId: [articleIds]}; INPUT holds the articles (any format analyze reads).",
      "Example:  ./lagebild eval stories eval/stories/fang-covid-dev.json"
    })
public final class EvalStoriesCommand implements Callable<Integer> {

  /** Miranda et al. (2018), German test set, pairwise scores (../shared/data/README.md). */
  static final double[] REFERENCE_PRF = {0.9986, 0.9466, 0.9719};

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "GOLD", description = "gold stories, JSON {storyId: [ids]}")
  Path gold;

  @Parameters(
      index = "1",
      arity = "0..1",
      paramLabel = "INPUT",
      defaultValue = "../shared/data/fang-covid/fang-covid-de-20k.jsonl.gz",
      description = "articles (default: ${DEFAULT-VALUE})")
  Path input;

  @Option(names = "--threshold", paramLabel = "T", description = "join threshold (default: the clusterer's)")
  Double threshold;

  @Option(names = "--sweep", description = "also score thresholds 0.05..0.40 on both halves")
  boolean sweep;

  @Option(names = "--errors", description = "list the gold pairs missed and the false pairs")
  boolean errors;

  @Option(names = "--threads", paramLabel = "N", description = "analysis threads (default: all cores)")
  Integer threads;

  @Option(names = "--features", paramLabel = "FILE",
      description = "cache of the clustering features: read when present (analysis skipped, wire"
          + " copy and error titles need the analysis), else written after the analysis")
  Path featureCache;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isRegularFile(gold)) {
      err.println("gold file not found: " + gold);
      return 2;
    }
    if (!Files.exists(input)) {
      err.println("input not found: " + input + " (see ../shared/data/README.md); skipped.");
      return 0;
    }
    Map<String, List<String>> stories = new TreeMap<>(new ObjectMapper().readValue(gold.toFile(),
        new TypeReference<LinkedHashMap<String, List<String>>>() {}));
    Set<String> wanted = new HashSet<>();
    stories.values().forEach(wanted::addAll);
    ObjectMapper json = new ObjectMapper()
        .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    List<AnnotatedDocument> docs = List.of();
    List<ArticleFeatures> features;
    if (featureCache != null && Files.isRegularFile(featureCache)) {
      features = List.of(json.readValue(featureCache.toFile(), ArticleFeatures[].class));
    } else {
      docs = analyse(wanted, err);
      Set<String> stop = TermVectorStage.loadStopWords();
      features = docs.stream().map(d -> ArticleFeatures.of(d, stop)).toList();
      if (featureCache != null) {
        json.writeValue(featureCache.toFile(), features);
      }
    }
    Set<String> halfA = new HashSet<>();
    Set<String> halfB = new HashSet<>();
    halves(stories, features, halfA, halfB);
    StoryClusterer.Settings settings = threshold == null ? StoryClusterer.Settings.DEFAULTS
        : StoryClusterer.Settings.DEFAULTS.withThreshold(threshold);

    long start = System.nanoTime();
    List<StoryGroup> predicted = new StoryClusterer(settings).cluster(features);
    double ms = (System.nanoTime() - start) / 1e6;
    List<StoryGroup> baseline = docs.isEmpty() ? null : new BaselineStoryGrouper().group(docs);

    out.printf(Locale.ROOT, "%nStory clustering on %s: %d articles, %d gold stories (%d with 2+ articles);"
        + " threshold %.3f; clustering %.0f ms%n", gold, features.size(), stories.size(),
        stories.values().stream().filter(v -> v.size() > 1).count(), settings.threshold(), ms);
    out.printf(Locale.ROOT, "%-34s %7s %7s %7s %9s %6s %6s%n", "system / articles", "P", "R", "F1",
        "B3-F1", "pairs", "gold");
    Set<String> all = new HashSet<>(wanted);
    print(out, "StoryClusterer, all", score(stories, predicted, all));
    print(out, "StoryClusterer, half A (calib.)", score(stories, clusterOnly(settings, features, halfA), halfA));
    print(out, "StoryClusterer, half B (held out)", score(stories, clusterOnly(settings, features, halfB), halfB));
    if (baseline != null) {
      print(out, "BaselineStoryGrouper, all", score(stories, baseline, all));
    }
    out.printf(Locale.ROOT, "%-34s %7.4f %7.4f %7.4f   (pairwise, their German test set)%n",
        "Miranda et al. 2018 (reference)", REFERENCE_PRF[0], REFERENCE_PRF[1], REFERENCE_PRF[2]);

    if (sweep) {
      out.printf(Locale.ROOT, "%n(each half clustered on its own)%n"
          + "threshold title-day member  F1(A)   F1(B)   F1(all)  B3(A)   B3(B)%n");
      for (double t : new double[] {0.08, 0.10, 0.12, 0.15}) {
        for (double tp : new double[] {0.0, 0.15, 0.30, 0.45}) {
          for (double m : new double[] {0.0, 0.10, 0.12, 0.14, 0.16}) {
            StoryClusterer.Settings s = StoryClusterer.Settings.DEFAULTS.withThreshold(t)
                .withTitleDayPenalty(tp).withMemberThreshold(m);
            StoryClusteringScorer.Scores a = score(stories, clusterOnly(s, features, halfA), halfA);
            StoryClusteringScorer.Scores b = score(stories, clusterOnly(s, features, halfB), halfB);
            StoryClusteringScorer.Scores w = score(stories, clusterOnly(s, features, all), all);
            out.printf(Locale.ROOT, "%9.3f %9.2f %6.2f  %.4f  %.4f  %.4f  %.4f  %.4f%n", t, tp, m,
                a.f1(), b.f1(), w.f1(), a.bcubedF1(), b.bcubedF1());
          }
        }
      }
    }
    if (!docs.isEmpty()) {
      wireCopy(out, docs, stories);
    }
    if (errors) {
      Map<String, String> titles = new HashMap<>();
      if (docs.isEmpty()) {
        for (Article a : new ArticleReader(IngestOptions.defaults()).readAll(List.of(input)).articles()) {
          if (wanted.contains(a.id())) {
            titles.put(a.id(), a.published() + " " + a.title());
          }
        }
      } else {
        docs.forEach(d -> titles.put(d.id(), d.article().published() + " " + d.article().title()));
      }
      listErrors(out, titles, stories, predicted);
    }
    return 0;
  }

  private List<AnnotatedDocument> analyse(Set<String> wanted, PrintWriter err) {
    ProgressListener progress = ProgressListener.NONE;
    err.println("reading " + input + " and analysing the gold articles (CoreNLP, about 40 articles/s)...");
    List<Article> articles = new ArrayList<>();
    for (Article a : new ArticleReader(IngestOptions.defaults()).readAll(List.of(input)).articles()) {
      if (wanted.contains(a.id())) {
        articles.add(a);
      }
    }
    if (articles.size() < wanted.size()) {
      err.printf(Locale.ROOT, "%d gold articles not found in %s%n", wanted.size() - articles.size(), input);
    }
    int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    return new BatchAnalyzer(StandardPipeline.create(progress),
        new BatchAnalyzer.Options(workers, BatchAnalyzer.Options.defaults().dropAfterAnalysis()))
        .analyze(articles, progress).documents();
  }

  /**
   * Splits the gold groups by the parity of the month of their earliest article: a hard singleton
   * lies within days of the story it imitates, so both nearly always fall in the same half (an
   * alternation by story id would separate them and flatter both halves).
   */
  private static void halves(Map<String, List<String>> stories, List<ArticleFeatures> features,
      Set<String> halfA, Set<String> halfB) {
    Map<String, Long> day = new HashMap<>();
    features.forEach(f -> day.put(f.id(), f.epochDay()));
    int k = 0;
    for (List<String> ids : stories.values()) {
      long first = ids.stream().map(day::get).filter(d -> d != null && d != ArticleFeatures.UNDATED)
          .mapToLong(Long::longValue).min().orElse(ArticleFeatures.UNDATED);
      boolean a;
      if (first == ArticleFeatures.UNDATED) {
        a = k++ % 2 == 0;
      } else {
        java.time.LocalDate d = java.time.LocalDate.ofEpochDay(first);
        a = (d.getYear() * 12 + d.getMonthValue()) % 2 == 0;
      }
      (a ? halfA : halfB).addAll(ids);
    }
  }

  /** Clusters only the articles in {@code scope}, as if the other half did not exist. */
  private static List<StoryGroup> clusterOnly(StoryClusterer.Settings settings,
      List<ArticleFeatures> features, Set<String> scope) {
    return new StoryClusterer(settings)
        .cluster(features.stream().filter(f -> scope.contains(f.id())).toList());
  }

  private static StoryClusteringScorer.Scores score(Map<String, List<String>> gold,
      List<StoryGroup> predicted, Set<String> scope) {
    return StoryClusteringScorer.score(gold.values(),
        predicted.stream().map(StoryGroup::articleIds).toList(), scope);
  }

  private static void print(PrintWriter out, String name, StoryClusteringScorer.Scores s) {
    out.printf(Locale.ROOT, "%-34s %7.4f %7.4f %7.4f %9.4f %6d %6d%n", name + " (" + s.articles() + ")",
        s.precision(), s.recall(), s.f1(), s.bcubedF1(), s.predictedPairs(), s.goldPairs());
  }

  /** Duplicates and shared passages inside gold stories: what the outlet counts would hide. */
  private static void wireCopy(PrintWriter out, List<AnnotatedDocument> docs,
      Map<String, List<String>> stories) {
    Map<String, AnnotatedDocument> byId = new HashMap<>();
    docs.forEach(d -> byId.put(d.id(), d));
    WireCopyDetector detector = new WireCopyDetector();
    int passages = 0;
    Map<ArticleOverlap.Kind, Integer> kinds = new TreeMap<>();
    for (List<String> ids : stories.values()) {
      List<AnnotatedDocument> members = ids.stream().map(byId::get).filter(d -> d != null).toList();
      if (members.size() < 2) {
        continue;
      }
      WireCopyDetector.Report report = detector.detect(members);
      passages += report.passages().size();
      report.overlaps().forEach(o -> kinds.merge(o.kind(), 1, Integer::sum));
    }
    out.printf(Locale.ROOT, "%nwire copy inside gold stories: %d shared passages; article pairs by kind %s%n",
        passages, kinds);
  }

  private static void listErrors(PrintWriter out, Map<String, String> title,
      Map<String, List<String>> gold, List<StoryGroup> predicted) {
    Map<String, String> goldOf = new HashMap<>();
    gold.forEach((s, ids) -> ids.forEach(id -> goldOf.put(id, s)));
    Map<String, String> predOf = new HashMap<>();
    predicted.forEach(g -> g.articleIds().forEach(id -> predOf.put(id, g.id())));
    List<String> ids = new ArrayList<>(goldOf.keySet());
    ids.sort(String::compareTo);
    out.println("\nmissed (gold together, predicted apart) / false (predicted together):");
    for (int i = 0; i < ids.size(); i++) {
      for (int j = i + 1; j < ids.size(); j++) {
        String a = ids.get(i);
        String b = ids.get(j);
        boolean g = goldOf.get(a).equals(goldOf.get(b));
        boolean p = predOf.get(a) != null && predOf.get(a).equals(predOf.get(b));
        if (g != p) {
          out.printf(Locale.ROOT, "  %s %s | %s%n  %s %s | %s%n", g ? "MISSED" : "FALSE ", a,
              title.get(a), "      ", b, title.get(b));
        }
      }
    }
  }
}
