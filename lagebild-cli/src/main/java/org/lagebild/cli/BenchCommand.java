package org.lagebild.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.lagebild.dossier.DossierJsonWriter;
import org.lagebild.ingest.ArticleReader;
import org.lagebild.ingest.IngestOptions;
import org.lagebild.ingest.IngestResult;
import org.lagebild.model.Article;
import org.lagebild.model.Pipeline;
import org.lagebild.model.dossier.Dossier;
import org.lagebild.nlp.CoreNlpReferencePipeline;
import org.lagebild.pipeline.BatchAnalyzer;
import org.lagebild.pipeline.DossierJob;
import org.lagebild.pipeline.ProgressListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./lagebild bench}: whole-pipeline throughput on a real corpus, beside CoreNLP's own German
 * pipeline (tokenize, ssplit, pos, ner) on the same articles, threads and JVM. Both are warmed up on
 * the same slice first; model loading is timed separately and not counted in throughput.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Measures whole-pipeline throughput (articles/s, tokens/s) and peak heap on a real corpus, and"
          + " CoreNLP's own German pipeline on the same articles as the reference.",
      "",
      "Example:  ./lagebild bench --limit 2000"
    })
public final class BenchCommand implements Callable<Integer> {

  @Parameters(
      arity = "0..1",
      paramLabel = "CORPUS",
      defaultValue = "../shared/data/fang-covid/fang-covid-de-20k.jsonl.gz",
      description = "Articles to run on (any input analyze accepts). Default: ${DEFAULT-VALUE}")
  Path corpus;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "2000",
      description = "Articles to measure (0 = all). Default: ${DEFAULT-VALUE}")
  int limit;

  @Option(
      names = "--warmup",
      paramLabel = "N",
      defaultValue = "100",
      description = "Articles run through both pipelines before measuring. Default: ${DEFAULT-VALUE}")
  int warmup;

  @Option(
      names = {"-t", "--threads"},
      paramLabel = "N",
      description = "Threads for both pipelines. Default: all cores.")
  Integer threads;

  @Option(names = "--skip-reference", description = "Measure only our pipeline.")
  boolean skipReference;

  @Override
  public Integer call() throws IOException {
    if (!Files.exists(corpus)) {
      System.err.println("lagebild bench: corpus not found: " + corpus
          + " (pass a path; the default is the shared FANG-COVID corpus)");
      return 2;
    }
    int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
    ConsoleProgress progress = new ConsoleProgress(System.err, false);
    progress.phase("reading " + corpus, -1);
    long readStart = System.nanoTime();
    IngestResult input = new ArticleReader(IngestOptions.defaults()).readAll(List.of(corpus));
    double readSeconds = (System.nanoTime() - readStart) / 1e9;
    List<Article> all = input.articles();
    List<Article> articles = limit > 0 && limit < all.size() ? all.subList(0, limit) : all;
    List<Article> warm = articles.subList(0, Math.min(warmup, articles.size()));
    long chars = articles.stream().mapToLong(a -> a.text().length()).sum();
    progress.note(String.format(Locale.ROOT,
        "read %d articles in %.1f s (%.0f articles/s); measuring %d articles, %,d characters, %d threads",
        all.size(), readSeconds, all.size() / readSeconds, articles.size(), chars, workers));

    Measurement reference = null;
    if (!skipReference) {
      long load = System.nanoTime();
      CoreNlpReferencePipeline corenlp = new CoreNlpReferencePipeline(workers);
      double loadSeconds = (System.nanoTime() - load) / 1e9;
      corenlp.annotate(warm.stream().map(Article::text).toList());
      progress.phase("reference: CoreNLP German tokenize,ssplit,pos,ner", articles.size());
      resetPeaks();
      long start = System.nanoTime();
      long tokens = corenlp.annotate(articles.stream().map(Article::text).toList());
      reference = new Measurement(articles.size(), tokens, (System.nanoTime() - start) / 1e9,
          peakHeap(), loadSeconds);
      corenlp.close();
      corenlp = null;
      System.gc();
    }

    long load = System.nanoTime();
    Pipeline pipeline = StandardPipeline.create(progress);
    double loadSeconds = (System.nanoTime() - load) / 1e9;
    DossierJob job = new DossierJob(pipeline, StandardPipeline.storySections(), new DossierJob.Options(IngestOptions.defaults(),
        new BatchAnalyzer.Options(workers, BatchAnalyzer.Options.defaults().dropAfterAnalysis()),
        Integer.MAX_VALUE));
    job.analyse(warm, List.of(), ProgressListener.NONE);
    resetPeaks();
    TokenCounter counter = new TokenCounter(progress);
    long start = System.nanoTime();
    Dossier dossier = job.analyse(articles, List.of(), counter);
    Path tmp = Files.createTempFile("lagebild-bench", ".json");
    try {
      new DossierJsonWriter().write(dossier, tmp);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      Files.deleteIfExists(tmp);
    }
    Measurement ours = new Measurement(articles.size(), counter.tokens,
        (System.nanoTime() - start) / 1e9, peakHeap(), loadSeconds);
    progress.finished();

    System.out.printf(Locale.ROOT, "%nLagebild bench: %d articles from %s, %d threads, max heap %d MB%n",
        articles.size(), corpus, workers, Runtime.getRuntime().maxMemory() >> 20);
    System.out.printf(Locale.ROOT, "%-44s %10s %12s %10s %10s %8s%n",
        "pipeline", "articles/s", "tokens/s", "seconds", "heap peak", "load s");
    print("Lagebild (whole pipeline, dossier written)", ours);
    if (reference != null) {
      print("CoreNLP German tokenize,ssplit,pos,ner", reference);
      System.out.printf(Locale.ROOT, "ratio (ours / reference articles/s): %.2fx  (goal >= 0.80x)%n",
          ours.articlesPerSecond() / reference.articlesPerSecond());
    }
    System.out.printf(Locale.ROOT, "stories: %d, rejected: %d%n", dossier.stories().size(),
        dossier.rejected().size());
    return 0;
  }

  private static void print(String name, Measurement m) {
    System.out.printf(Locale.ROOT, "%-44s %10.1f %,12.0f %10.1f %7d MB %8.1f%n", name,
        m.articlesPerSecond(), m.tokens() / m.seconds(), m.seconds(), m.peakHeapBytes() >> 20,
        m.loadSeconds());
  }

  private record Measurement(int articles, long tokens, double seconds, long peakHeapBytes,
      double loadSeconds) {
    double articlesPerSecond() {
      return articles / seconds;
    }
  }

  /** Sum of the heap pools' peak usage since the last reset (an upper bound of the true peak). */
  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  private static void resetPeaks() {
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /** Passes progress on and remembers the token count the analysis reports. */
  private static final class TokenCounter implements ProgressListener {
    private final ProgressListener delegate;
    private volatile long tokens;

    TokenCounter(ProgressListener delegate) {
      this.delegate = delegate;
    }

    @Override
    public void phase(String name, long total) {
      delegate.phase(name, total);
    }

    @Override
    public void advanced(long done, long tokenCount) {
      synchronized (this) {
        tokens = Math.max(tokens, tokenCount);
      }
      delegate.advanced(done, tokenCount);
    }

    @Override
    public void note(String message) {
      delegate.note(message);
    }
  }
}
