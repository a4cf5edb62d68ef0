package org.lagebild.nlp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;

/**
 * Throughput of {@link CoreNlpGermanAnalyzer} against {@link CoreNlpReferencePipeline} on real news
 * (FANG-COVID), on one and two threads, plus heap after loading and a 2,000,000-character text
 * without sentence boundaries. A measurement run by hand, not a test:
 *
 * <pre>java -cp ... org.lagebild.nlp.GermanAnalyzerThroughput ../shared/data/fang-covid/fang-covid-de-20k.jsonl.gz 200</pre>
 */
public final class GermanAnalyzerThroughput {

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/data/fang-covid/fang-covid-de-20k.jsonl.gz");
    int count = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    if (!Files.isRegularFile(corpus)) {
      System.err.println("FANG-COVID not found: " + corpus + "; skipped.");
      return;
    }
    List<String> texts = read(corpus, count);
    long chars = texts.stream().mapToLong(String::length).sum();
    System.out.printf(Locale.ROOT, "%d articles, %d chars%n", texts.size(), chars);

    Runtime runtime = Runtime.getRuntime();
    long before = usedHeap(runtime);
    long loadStart = System.nanoTime();
    CoreNlpGermanAnalyzer analyzer = new CoreNlpGermanAnalyzer();
    double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "analyzer: loaded in %.1f s, heap after loading %.0f MB (models %.0f MB)%n",
        loadSeconds,
        usedHeap(runtime) / 1e6,
        (usedHeap(runtime) - before) / 1e6);
    runAnalyzer(analyzer, texts, 2); // warm-up: JIT-compile the hot paths before timing
    for (int threads : new int[] {1, 2}) {
      long start = System.nanoTime();
      long tokens = runAnalyzer(analyzer, texts, threads);
      report("analyzer", threads, tokens, texts.size(), System.nanoTime() - start);
    }

    // Real words, no sentence boundary anywhere: 2,000,000 characters of one "sentence".
    String words = String.join(" ", texts).replaceAll("[.!?;:\\n]", " ");
    String huge = words.repeat(2_000_000 / Math.max(1, words.length()) + 1).substring(0, 2_000_000);
    long start = System.nanoTime();
    int hugeTokens = analyzer.analyze(huge).tokens().size();
    System.out.printf(
        Locale.ROOT,
        "2,000,000 chars without sentence boundaries: %d tokens in %.1f s%n",
        hugeTokens,
        (System.nanoTime() - start) / 1e9);
    analyzer = null;

    for (int threads : new int[] {1, 2}) {
      CoreNlpReferencePipeline reference = new CoreNlpReferencePipeline(threads);
      reference.annotate(texts); // warm-up
      long s = System.nanoTime();
      long tokens = reference.annotate(texts);
      report("CoreNLP reference", threads, tokens, texts.size(), System.nanoTime() - s);
    }
  }

  private static long runAnalyzer(CoreNlpGermanAnalyzer analyzer, List<String> texts, int threads)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Integer>> futures = new ArrayList<>();
      for (String text : texts) {
        futures.add(pool.submit(() -> analyzer.analyze(text).tokens().size()));
      }
      long tokens = 0;
      for (Future<Integer> f : futures) {
        tokens += f.get();
      }
      return tokens;
    } finally {
      pool.shutdownNow();
    }
  }

  private static void report(String what, int threads, long tokens, int docs, long nanos) {
    double seconds = nanos / 1e9;
    System.out.printf(
        Locale.ROOT,
        "%-18s %d thread(s): %d tokens in %.1f s = %.0f tokens/s, %.1f articles/s%n",
        what,
        threads,
        tokens,
        seconds,
        tokens / seconds,
        docs / seconds);
  }

  private static long usedHeap(Runtime runtime) throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }

  private static List<String> read(Path corpus, int count) throws Exception {
    ObjectMapper json = new ObjectMapper();
    List<String> texts = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(corpus)), StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null && texts.size() < count; line = reader.readLine()) {
        JsonNode node = json.readTree(line);
        String text = node.path("text").asText("");
        if (!text.isBlank()) {
          texts.add(text);
        }
      }
    }
    return texts;
  }
}
