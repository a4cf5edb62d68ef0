package org.lagebild.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lagebild.model.Article;
import org.lagebild.model.Rejection;

/** Ingest on real inputs: the example articles and the FANG-COVID corpus, when present. */
class RealDataIngestTest {

  private static final String FANG = "data/fang-covid/fang-covid-de-20k.jsonl.gz";

  private final ArticleReader reader = new ArticleReader(IngestOptions.defaults());

  @Test
  void seedArticlesAreReadWithTheirFileContentAsText() throws IOException {
    Optional<Path> seeds = SharedData.find("seeds");
    assumeTrue(seeds.isPresent(), "shared/seeds not found next to the checkout: skipped");
    List<Path> files;
    try (Stream<Path> list = Files.list(seeds.get())) {
      files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }

    IngestResult result = reader.readAll(List.of(seeds.get()));

    assertThat(result.rejected()).isEmpty();
    assertThat(result.articles()).hasSize(5).hasSameSizeAs(files);
    for (int i = 0; i < files.size(); i++) {
      Article article = result.articles().get(i);
      String name = files.get(i).getFileName().toString();
      String content = Files.readString(files.get(i), StandardCharsets.UTF_8);
      if (content.startsWith("\uFEFF")) {
        content = content.substring(1);
      }
      assertThat(article.id()).isEqualTo(name.substring(0, name.length() - ".txt".length()));
      assertThat(article.source()).isEqualTo(files.get(i).toString());
      assertThat(article.text()).isEqualTo(content);
    }
  }

  @Test
  void firstRecordsOfFangCovidAreReadFieldForField(@TempDir Path dir) throws IOException {
    Optional<Path> corpus = SharedData.find(FANG);
    assumeTrue(corpus.isPresent(), "shared/" + FANG + " not found: skipped");
    // A few hundred records, re-gzipped into a temporary file (never copied into the project).
    List<String> lines = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(corpus.get())), StandardCharsets.UTF_8))) {
      String line;
      while (lines.size() < 400 && (line = in.readLine()) != null) {
        lines.add(line);
      }
    }
    Path sample = dir.resolve("fang-sample.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(sample))) {
      out.write(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
    }

    IngestResult result = reader.readAll(List.of(sample));

    ObjectMapper json = new ObjectMapper();
    List<Article> articles = result.articles();
    assertThat(articles.size() + result.rejected().size()).isEqualTo(lines.size());
    assertThat(result.rejected())
        .extracting(Rejection::reason)
        .allMatch(reason -> reason.contains("(identical text)"));
    int a = 0;
    for (int i = 0; i < lines.size(); i++) {
      JsonNode expected = json.readTree(lines.get(i));
      if (a >= articles.size() || !articles.get(a).source().equals(sample + "#" + (i + 1))) {
        continue; // rejected as a duplicate
      }
      Article article = articles.get(a++);
      assertThat(article.id()).isEqualTo(expected.get("id").asText());
      assertThat(article.text()).isEqualTo(expected.get("text").asText());
      assertThat(article.title()).isEqualTo(expected.get("title").asText().strip());
      assertThat(article.outlet()).isEqualTo(expected.get("outlet").asText());
      assertThat(article.url()).isEqualTo(expected.get("url").asText());
      // The corpus writes ISO 8601 with offset already: it must pass through unchanged.
      assertThat(article.published()).isEqualTo(expected.get("published").asText());
    }
    assertThat(a).isEqualTo(articles.size());
  }

  /** A measurement on the whole corpus (printed, not asserted against a time). */
  @Test
  void wholeFangCovidCorpusStreamsThrough() {
    Optional<Path> corpus = SharedData.find(FANG);
    assumeTrue(corpus.isPresent(), "shared/" + FANG + " not found: skipped");
    Set<String> ids = new HashSet<>();
    List<Rejection> rejected = new ArrayList<>();
    long[] chars = new long[1];
    long start = System.nanoTime();
    reader.read(
        List.of(corpus.get()),
        new IngestSink() {
          @Override
          public void article(Article article) {
            assertThat(ids.add(article.id())).as("unique id %s", article.id()).isTrue();
            chars[0] += article.text().length();
          }

          @Override
          public void rejected(Rejection rejection) {
            rejected.add(rejection);
          }
        });
    double seconds = (System.nanoTime() - start) / 1e9;
    assertThat(ids.size() + rejected.size()).isEqualTo(20_423);
    assertThat(rejected)
        .extracting(Rejection::reason)
        .allMatch(
            reason -> reason.matches("line \\d+: duplicate of fang-\\d+ \\(identical text\\)"));
    System.out.printf(
        Locale.ROOT,
        "FANG-COVID ingest: %,d articles, %,d rejected, %,d chars in %.2f s (%,.0f articles/s)%n",
        ids.size(),
        rejected.size(),
        chars[0],
        seconds,
        ids.size() / seconds);
  }
}
