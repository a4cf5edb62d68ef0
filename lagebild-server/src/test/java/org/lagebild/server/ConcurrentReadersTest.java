package org.lagebild.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Readers keep getting answers while articles are ingested and stories regrouped. With
 * {@code -Dlagebild.loadtest=true} it runs the full load test (50 readers, 20 s) and prints figures;
 * by default a short run that checks only that nothing fails.
 */
class ConcurrentReadersTest {

  @TempDir Path data;

  @Test
  void readersAreServedDuringIngest() throws Exception {
    boolean full = Boolean.getBoolean("lagebild.loadtest");
    int readers = full ? 50 : 8;
    Duration duration = full ? Duration.ofSeconds(20) : Duration.ofSeconds(2);
    int batches = full ? 400 : 20;
    try (TestServer server = new TestServer(data)) {
      server.ingest(Fixtures.twoStories());
      String story = server.getJson("/api/articles/talks-1").get("storyId").asText();
      List<String> reads = List.of("/api/stories", "/api/stories/" + story, "/api/search?q=Verhandlung",
          "/api/search?entity=Anna%20Beispil", "/", "/stories/" + story, "/articles/talks-2?q=Einigung",
          "/api/health");
      LoadHarness.Report report = new LoadHarness(server.uri("/")).run(readers, duration, reads,
          n -> n >= batches ? null : batch(n));
      report.figures().forEach(f -> System.out.println("load: " + f));
      System.out.printf(java.util.Locale.ROOT, "load: %d readers, %d batches of 10 articles in %.1f s; %d articles, %d stories%n",
          readers, report.batchesPosted(), report.seconds(), server.server.store().articleCount(),
          server.server.store().storyCount());
      assertThat(report.figures()).allSatisfy(f -> assertThat(f.failures()).as(f.kind()).isZero());
      assertThat(report.figures()).extracting(LoadHarness.Figures::kind).contains("api", "page", "search");
      assertThat(report.batchesPosted()).isPositive();
    }
  }

  static String batch(int n) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 10; i++) {
      int k = n * 10 + i;
      sb.append(TestServer.article("load-" + k, "Meldung " + k, "outlet" + (k % 4) + ".example",
          "2024-04-" + String.format("%02d", 1 + k % 28),
          "Beispielstadt. Thema " + (k % 50) + " bewegt den Kreistag. Landrat Erika Muster" + (k % 50)
              + " sagte, man prüfe alle Optionen. Ausschuss " + (k % 50) + " tagt erneut. Bericht " + k + ".")).append('\n');
    }
    return sb.toString();
  }
}
