package org.lagebild.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lagebild.pipeline.ProgressListener;
import org.lagebild.server.LagebildServer;
import org.lagebild.server.LoadHarness;
import org.lagebild.server.ServerConfig;
import org.lagebild.server.StoryAnalysis;

/**
 * The load test with the German models, opt-in ({@code -Dlagebild.loadtest=true}): the server with
 * the full pipeline holds {@code lagebild.loadtest.preload} FANG-COVID articles (default 500), then
 * 50 loopback readers request story lists, stories, searches and pages for 30 s while one writer
 * posts the next articles in batches of 10, each analysed and grouped as it arrives. Prints latency
 * percentiles; asserts only that nothing failed (timings depend on the machine).
 */
class ServeLoadTest {

  static final Path CORPUS = Path.of("../../shared/data/fang-covid/fang-covid-de-20k.jsonl.gz");

  @TempDir Path data;

  @Test
  void readersDuringIngestWithTheGermanModels() throws Exception {
    assumeTrue(Boolean.getBoolean("lagebild.loadtest"), "opt-in: -Dlagebild.loadtest=true");
    assumeTrue(Files.isRegularFile(CORPUS), "FANG-COVID corpus missing");
    int preload = Integer.getInteger("lagebild.loadtest.preload", 500);
    int readers = Integer.getInteger("lagebild.loadtest.readers", 50);
    Duration duration = Duration.ofSeconds(Integer.getInteger("lagebild.loadtest.seconds", 30));
    List<String> lines = lines(preload + 2000);
    ObjectMapper json = new ObjectMapper();
    StoryAnalysis analysis =
        new StoryAnalysis(StandardPipeline.create(ProgressListener.NONE), StandardPipeline.storySections());
    try (LagebildServer server = LagebildServer.start(ServerConfig.defaults(data, 0), analysis)) {
      URI base = URI.create("http://127.0.0.1:" + server.port() + "/");
      HttpClient client = HttpClient.newHttpClient();
      long t0 = System.nanoTime();
      HttpResponse<String> loaded = client.send(
          HttpRequest.newBuilder(base.resolve("/api/articles"))
              .header("Content-Type", "application/x-ndjson")
              .POST(HttpRequest.BodyPublishers.ofString(String.join("\n", lines.subList(0, preload))))
              .build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(loaded.statusCode()).as(loaded.body()).isIn(200, 202);
      assertThat(server.ingest().awaitAnalysed(Duration.ofMinutes(30))).isTrue();
      System.out.printf(Locale.ROOT, "load: preloaded %d articles in %.1f s (%d stories)%n", preload,
          (System.nanoTime() - t0) / 1e9, server.store().storyCount());

      // Reads: the newest stories, searches for words and for entities those stories name.
      JsonNode stories = json.readTree(client.send(
          HttpRequest.newBuilder(base.resolve("/api/stories?limit=200")).build(),
          HttpResponse.BodyHandlers.ofString()).body()).get("stories");
      List<String> storyIds = new ArrayList<>();
      stories.forEach(s -> storyIds.add(s.get("id").asText()));
      List<String> reads = new ArrayList<>();
      List<String> names = new ArrayList<>();
      for (String id : storyIds.subList(0, Math.min(10, storyIds.size()))) {
        reads.add("/api/stories/" + id);
        reads.add("/stories/" + id);
        JsonNode story = json.readTree(client.send(
            HttpRequest.newBuilder(base.resolve("/api/stories/" + id)).build(),
            HttpResponse.BodyHandlers.ofString()).body());
        JsonNode entities = story.path("entities");
        if (entities.size() > 0 && names.size() < 5) {
          names.add(entities.get(0).get("name").asText());
        }
      }
      for (String word : List.of("Impfung", "Lockdown", "Maskenpflicht", "Schulen", "Inzidenz")) {
        reads.add("/api/search?q=" + word);
      }
      for (String name : names) {
        reads.add("/api/search?entity=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
      }
      reads.add("/api/stories");
      reads.add("/");
      int firstNew = preload;
      LoadHarness.Report report = new LoadHarness(base).run(readers, duration, reads, n -> {
        int from = firstNew + n * 10;
        return from + 10 > lines.size() ? null : String.join("\n", lines.subList(from, from + 10));
      });
      report.figures().forEach(f -> System.out.println("load: " + f));
      System.out.printf(Locale.ROOT,
          "load: %d readers, %d batches of 10 articles in %.1f s; %d articles, %d stories at the end%n",
          readers, report.batchesPosted(), report.seconds(), server.store().articleCount(),
          server.store().storyCount());
      assertThat(report.figures()).allSatisfy(f -> assertThat(f.failures()).as(f.kind()).isZero());
      assertThat(report.batchesPosted()).isPositive();
    }
  }

  private static List<String> lines(int limit) throws Exception {
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(CORPUS)), StandardCharsets.UTF_8))) {
      for (String line; out.size() < limit && (line = r.readLine()) != null; ) {
        if (!line.isBlank()) {
          out.add(line);
        }
      }
    }
    return out;
  }
}
