package org.lagebild.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 while articles are being posted, restart on the same data: every acknowledged article is
 * there, nothing is there twice, re-posting everything completes the set, and the stories cover
 * every article exactly once.
 */
class CrashRecoveryTest {

  static final int ARTICLES = 200;
  static final int BATCH = 5;

  @TempDir Path data;

  @Test
  void killDuringIngestLosesNothingAndDuplicatesNothing() throws Exception {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < ARTICLES; i++) {
      lines.add(TestServer.article("crash-" + i, "Meldung " + i, "outlet" + (i % 3) + ".example",
          "2024-02-" + String.format("%02d", 1 + i % 28),
          "Musterstadt. Thema " + (i % 20) + " beschäftigt den Rat Nummer " + i + ". "
              + "Stadtrat Otto Probe" + (i % 20) + " sagte, die Lage sei ernst. Weitere Details folgen "
              + "in Meldung " + i + ".").toString());
    }
    HttpClient client = HttpClient.newHttpClient();
    Set<String> acknowledged = ConcurrentSet.create();

    Process first = startServer();
    int port = readPort(first);
    CountDownLatch halfway = new CountDownLatch(1);
    Thread poster = new Thread(() -> {
      for (int from = 0; from < ARTICLES; from += BATCH) {
        String body = String.join("\n", lines.subList(from, from + BATCH));
        try {
          HttpResponse<String> r = client.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/articles"))
                  .header("Content-Type", "application/x-ndjson")
                  .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
              HttpResponse.BodyHandlers.ofString());
          if (r.statusCode() / 100 == 2) {
            for (int i = from; i < from + BATCH; i++) {
              acknowledged.add("crash-" + i);
            }
          }
        } catch (Exception e) {
          return; // the server died under us, as intended
        }
        if (acknowledged.size() >= ARTICLES / 4) {
          halfway.countDown();
        }
      }
      halfway.countDown();
    });
    poster.start();
    assertThat(halfway.await(60, TimeUnit.SECONDS)).isTrue();
    first.destroyForcibly(); // SIGKILL: no shutdown hooks, no flushing
    first.waitFor(30, TimeUnit.SECONDS);
    poster.join(30_000);
    // Killed a quarter of the way in, with the poster still sending (unless the machine stalled it).
    assertThat(acknowledged.size()).isGreaterThanOrEqualTo(ARTICLES / 4);

    try (TestServer second = new TestServer(data)) {
      Set<String> stored = new HashSet<>();
      second.server.store().forEachArticle(a -> assertThat(stored.add(a.article().id())).isTrue());
      assertThat(stored).containsAll(acknowledged);
      assertThat(second.server.ingest().awaitAnalysed(Duration.ofSeconds(60))).isTrue();
      // Everything stored before the crash is grouped after the restart, even if analysis was cut off.
      assertThat(coveredByStories(second)).containsExactlyInAnyOrderElementsOf(stored);

      HttpResponse<String> all = second.post("/api/articles?wait=60", "application/x-ndjson",
          String.join("\n", lines));
      assertThat(all.statusCode()).isEqualTo(200);
      JsonNode receipt = TestServer.JSON.readTree(all.body());
      assertThat(receipt.get("unchanged").size()).isEqualTo(stored.size());
      assertThat(receipt.get("added").size()).isEqualTo(ARTICLES - stored.size());
      assertThat(second.server.store().articleCount()).isEqualTo(ARTICLES);
      assertThat(coveredByStories(second)).hasSize(ARTICLES).doesNotHaveDuplicates();
    }
  }

  private static List<String> coveredByStories(TestServer server) throws Exception {
    List<String> ids = new ArrayList<>();
    for (JsonNode s : server.getJson("/api/stories?limit=500").get("stories")) {
      server.getJson("/api/stories/" + s.get("id").asText()).get("articleIds").forEach(n -> ids.add(n.asText()));
    }
    return ids;
  }

  private Process startServer() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
        CrashTestServerMain.class.getName(), data.toString())
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  private static int readPort(Process p) throws Exception {
    BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    for (String line; (line = out.readLine()) != null; ) {
      if (line.startsWith("PORT ")) {
        return Integer.parseInt(line.substring(5).strip());
      }
    }
    throw new AssertionError("server process ended before printing its port");
  }

  static final class ConcurrentSet {
    static Set<String> create() {
      return java.util.concurrent.ConcurrentHashMap.newKeySet();
    }
  }
}
