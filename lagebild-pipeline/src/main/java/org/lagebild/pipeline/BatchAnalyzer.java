package org.lagebild.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.lagebild.linguistics.LinguisticStage;
import org.lagebild.model.AnnotatedDocument;
import org.lagebild.model.Article;
import org.lagebild.model.Layer;
import org.lagebild.model.Pipeline;
import org.lagebild.model.Rejection;

/**
 * Runs a per-article {@link Pipeline} over many articles on all cores. Results keep input order. An
 * article whose analysis fails (a bug, not bad input: stages do not throw on bad text) is reported as
 * a rejection with the reason, and the batch goes on. Bulky layers (tokens) are dropped as soon as an
 * article is done so that 20,000 articles fit comfortably in a small heap.
 */
public final class BatchAnalyzer {

  /**
   * @param threads worker threads (the stages are shared, thread-safe instances)
   * @param dropAfterAnalysis layers removed from each finished document
   */
  public record Options(int threads, Set<Layer<?>> dropAfterAnalysis) {
    public Options {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be >= 1, was " + threads);
      }
      dropAfterAnalysis = Set.copyOf(dropAfterAnalysis);
    }

    public static Options defaults() {
      return new Options(
          Runtime.getRuntime().availableProcessors(),
          Set.of(LinguisticStage.TOKENS, LinguisticStage.ENTITY_SCORES));
    }
  }

  /** Analysed documents in input order, analysis failures, and the number of tokens analysed. */
  public record Result(List<AnnotatedDocument> documents, List<Rejection> failed, long tokens) {}

  private final Pipeline pipeline;
  private final Options options;

  public BatchAnalyzer(Pipeline pipeline, Options options) {
    this.pipeline = pipeline;
    this.options = options;
  }

  public Result analyze(List<Article> articles, ProgressListener progress) {
    progress.phase("analysing", articles.size());
    AtomicLong done = new AtomicLong();
    AtomicLong tokens = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(options.threads(), BatchAnalyzer::daemon);
    try {
      List<Future<AnnotatedDocument>> futures = new ArrayList<>(articles.size());
      for (Article article : articles) {
        futures.add(
            pool.submit(
                () -> {
                  AnnotatedDocument doc = pipeline.process(article);
                  long t = doc.getOrDefault(LinguisticStage.TOKEN_COUNT, 0);
                  progress.advanced(done.incrementAndGet(), tokens.addAndGet(t));
                  return doc.without(options.dropAfterAnalysis());
                }));
      }
      List<AnnotatedDocument> documents = new ArrayList<>(articles.size());
      List<Rejection> failed = new ArrayList<>();
      for (int i = 0; i < futures.size(); i++) {
        try {
          documents.add(futures.get(i).get());
        } catch (ExecutionException e) {
          Throwable cause = e.getCause() == null ? e : e.getCause();
          failed.add(
              new Rejection(
                  articles.get(i).source(),
                  "analysis failed (" + cause.getClass().getSimpleName() + ": " + cause.getMessage()
                      + "); please report this with the input"));
          progress.advanced(done.incrementAndGet(), tokens.get());
        }
      }
      return new Result(List.copyOf(documents), List.copyOf(failed), tokens.get());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while analysing", e);
    } finally {
      pool.shutdownNow();
    }
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "lagebild-worker");
    t.setDaemon(true);
    return t;
  }
}
