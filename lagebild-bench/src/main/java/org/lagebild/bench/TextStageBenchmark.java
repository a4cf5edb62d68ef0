package org.lagebild.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.lagebild.clean.NoiseDetector;
import org.lagebild.ingest.ArticleReader;
import org.lagebild.ingest.IngestOptions;
import org.lagebild.model.AnnotatedDocument;
import org.lagebild.model.Article;
import org.lagebild.time.PublicationDateInferrer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of the model-free text stages (debris detection, publication-date inference) on real
 * articles. Run: {@code java -jar lagebild-bench/target/benchmarks.jar -p corpus=PATH}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class TextStageBenchmark {

  @Param("../shared/data/fang-covid/fang-covid-de-20k.jsonl.gz")
  public String corpus;

  @Param("500")
  public int articles;

  private List<AnnotatedDocument> documents;
  private final NoiseDetector noise = new NoiseDetector();
  private final PublicationDateInferrer dates = new PublicationDateInferrer();

  @Setup
  public void load() throws IOException {
    List<Article> read = new ArticleReader(IngestOptions.defaults()).readAll(List.of(Path.of(corpus))).articles();
    if (read.isEmpty()) {
      throw new IOException("no articles in " + corpus);
    }
    documents = read.subList(0, Math.min(articles, read.size())).stream()
        .map(a -> AnnotatedDocument.of(new Article(a.id(), a.source(), a.title(), a.outlet(), a.url(),
            a.language(), null, a.author(), a.text())))
        .toList();
  }

  /** Passes over the article set per second through debris detection. */
  @Benchmark
  public void noiseDetector(Blackhole bh) {
    for (AnnotatedDocument d : documents) {
      bh.consume(noise.process(d));
    }
  }

  /** Passes per second through debris detection plus publication-date inference from the text. */
  @Benchmark
  public void noiseAndPublicationDate(Blackhole bh) {
    for (AnnotatedDocument d : documents) {
      bh.consume(dates.process(noise.process(d)));
    }
  }
}
