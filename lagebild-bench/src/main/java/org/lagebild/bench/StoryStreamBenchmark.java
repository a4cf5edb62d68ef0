package org.lagebild.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.lagebild.ingest.ArticleReader;
import org.lagebild.ingest.IngestOptions;
import org.lagebild.model.Article;
import org.lagebild.passages.NearDuplicateIndex;
import org.lagebild.passages.PassageFingerprint;
import org.lagebild.passages.WireCopyDetector;
import org.lagebild.stories.ArticleFeatures;
import org.lagebild.stories.StoryClusterer;
import org.lagebild.stories.TermVectorStage;

/**
 * Story clustering and passage detection over a whole corpus as one stream (publication order).
 * Features come from a cheap tokenizer, not CoreNLP (that would take minutes for 20k articles):
 * lower-cased, suffix-stripped words stand in for lemmas, capitalised words after the first of a
 * sentence stand in for entities; titles as in the product. Feature extraction is timed apart: the
 * clustering figure is {@link StoryClusterer#add} alone. Heap is sampled after a GC every 1,000
 * articles (live data, not garbage).
 *
 * <p>Run: {@code java -cp ... org.lagebild.bench.StoryStreamBenchmark CORPUS [LIMIT...]}
 */
public final class StoryStreamBenchmark {

  private StoryStreamBenchmark() {}

  public static void main(String[] args) {
    Path corpus = Path.of(args.length > 0 ? args[0]
        : "../shared/data/fang-covid/fang-covid-de-20k.jsonl.gz");
    List<Integer> limits = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      limits.add(Integer.parseInt(args[i]));
    }
    if (limits.isEmpty()) {
      limits = List.of(5000, 10000, 20000, Integer.MAX_VALUE);
    }
    if (!corpus.toFile().exists()) {
      System.err.println("corpus not found: " + corpus + "; skipped");
      return;
    }
    List<Article> articles = new ArticleReader(IngestOptions.defaults()).readAll(List.of(corpus)).articles();
    Set<String> stop = TermVectorStage.loadStopWords();
    long t0 = System.nanoTime();
    List<ArticleFeatures> features = new ArrayList<>(articles.size());
    for (Article a : articles) {
      features.add(cheapFeatures(a, stop));
    }
    double extractS = (System.nanoTime() - t0) / 1e9;
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < features.size(); i++) {
      order.add(i);
    }
    order.sort((x, y) -> StoryClusterer.streamOrder().compare(features.get(x), features.get(y)));
    System.out.printf(Locale.ROOT, "%d articles; cheap feature extraction %.1f s (%.0f articles/s)%n",
        articles.size(), extractS, articles.size() / extractS);
    // Warm-up on the first 3,000 so that the JIT has compiled the hot paths.
    run(articles, features, order.subList(0, Math.min(3000, order.size())), false);
    clusteringAlone(features, order, limits);
    System.out.printf(Locale.ROOT, "%8s %14s %12s %14s %12s %10s %10s %9s%n", "articles",
        "cluster art/s", "cluster s", "passage art/s", "passage s", "heap MB", "open", "dup pairs");
    for (int limit : limits) {
      List<Integer> slice = order.subList(0, Math.min(limit, order.size()));
      run(articles, features, slice, true);
      if (limit >= order.size()) {
        break;
      }
    }
  }

  /**
   * The clustering stage alone over the stream, with the heap its state holds: live heap after GC
   * with the clusterer reachable minus the same without it (the inputs stay reachable in both),
   * taken at each checkpoint, so growth from 5k to 20k articles shows whether the window bounds it.
   */
  private static void clusteringAlone(List<ArticleFeatures> features, List<Integer> order,
      List<Integer> limits) {
    long base = liveHeap();
    StoryClusterer clusterer = new StoryClusterer();
    System.out.printf(Locale.ROOT, "%nclustering alone (live heap after GC without the clusterer: %d MB)%n",
        base >> 20);
    System.out.printf(Locale.ROOT, "%8s %14s %12s %10s %12s %16s%n", "articles", "cluster art/s",
        "cluster s", "open", "index", "clusterer MB");
    long ns = 0;
    int n = 0;
    for (int i : order) {
      long a = System.nanoTime();
      clusterer.add(features.get(i));
      ns += System.nanoTime() - a;
      n++;
      if (limits.contains(n) || n == order.size()) {
        long held = liveHeap() - base;
        System.out.printf(Locale.ROOT, "%8d %14.0f %12.2f %10d %12d %16.1f%n", n, n / (ns / 1e9),
            ns / 1e9, clusterer.openStories(), clusterer.indexEntries(), held / 1048576.0);
      }
    }
    long withState = liveHeap();
    clusterer = null;
    long without = liveHeap();
    System.out.printf(Locale.ROOT, "released at the end: %.1f MB%n%n", (withState - without) / 1048576.0);
  }

  /** Used heap after a few full collections (live data only). */
  private static long liveHeap() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      System.gc();
      used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
    }
    return used;
  }

  private static void run(List<Article> articles, List<ArticleFeatures> features,
      List<Integer> slice, boolean print) {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    StoryClusterer clusterer = new StoryClusterer();
    WireCopyDetector detector = new WireCopyDetector();
    NearDuplicateIndex copies = new NearDuplicateIndex(detector, 3000, 20);
    long clusterNs = 0;
    long passageNs = 0;
    long maxHeap = 0;
    long dupPairs = 0;
    int n = 0;
    List<String> heapTrace = new ArrayList<>();
    for (int i : slice) {
      long a = System.nanoTime();
      clusterer.add(features.get(i));
      long b = System.nanoTime();
      Article art = articles.get(i);
      PassageFingerprint fp = PassageFingerprint.of(art.id(), art.text(),
          PassageFingerprint.splitSentences(art.text()), detector.settings().minWords());
      for (WireCopyDetector.Pair p : copies.add(fp)) {
        if (p.overlap().duplicate()) {
          dupPairs++;
        }
      }
      long c = System.nanoTime();
      clusterNs += b - a;
      passageNs += c - b;
      if (++n % 1000 == 0 && print) {
        System.gc();
        long used = memory.getHeapMemoryUsage().getUsed();
        maxHeap = Math.max(maxHeap, used);
        if (n % 5000 == 0) {
          heapTrace.add(n / 1000 + "k:" + (used >> 20) + "MB/" + clusterer.openStories());
        }
      }
    }
    if (print) {
      System.out.printf(Locale.ROOT, "%8d %14.0f %12.2f %14.0f %12.2f %10d %10d %9d   live heap after GC %s%n",
          n, n / (clusterNs / 1e9), clusterNs / 1e9, n / (passageNs / 1e9), passageNs / 1e9,
          maxHeap >> 20, clusterer.openStories(), dupPairs, heapTrace);
    }
  }

  /**
   * Tokenizer-based stand-in for the linguistic features (see the class comment): same feature
   * groups, no CoreNLP.
   */
  static ArticleFeatures cheapFeatures(Article a, Set<String> stop) {
    Map<String, Integer> lemmas = new TreeMap<>();
    Map<String, Integer> entities = new TreeMap<>();
    String text = a.text();
    boolean sentenceStart = true;
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c) || (c == '-' && start >= 0)) {
        if (start < 0) {
          start = i;
        }
        continue;
      }
      if (start >= 0) {
        String word = text.substring(start, i);
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.length() >= 3 && !stop.contains(lower) && Character.isLetter(lower.charAt(0))) {
          if (Character.isUpperCase(word.charAt(0)) && !sentenceStart && !stop.contains(lower)
              && word.length() >= 3) {
            entities.merge(lower, 1, Integer::sum);
          }
          lemmas.merge(stem(lower), 1, Integer::sum);
        }
        sentenceStart = false;
        start = -1;
      }
      if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':') {
        sentenceStart = true;
      }
    }
    return new ArticleFeatures(a.id(), ArticleFeatures.epochDay(a.published()), lemmas, entities,
        ArticleFeatures.titleTerms(a.title(), stop));
  }

  private static String stem(String w) {
    if (w.length() <= 5) {
      return w;
    }
    for (String s : new String[] {"en", "er", "es", "e", "n", "s"}) {
      if (w.endsWith(s)) {
        return w.substring(0, w.length() - s.length());
      }
    }
    return w;
  }
}
