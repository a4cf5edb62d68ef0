package org.lagebild.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lagebild.store.SqliteStore;

/**
 * The crash test at scale, opt-in ({@code -Dlagebild.crashtest=true}; see docs/serve.md): posts a
 * corpus to a real server process in batches, kills it with SIGKILL at random points (seed recorded),
 * restarts it on the same data and resumes with the first unacknowledged batch; then compares with an
 * uninterrupted run on the same input order: the same articles, each stored exactly once, and the same
 * stories (ids, members and titles).
 *
 * <p>Properties: {@code lagebild.crashtest.corpus} (JSON Lines, gzipped or not; default the FANG-COVID
 * 20k corpus), {@code .limit} (articles, default all), {@code .batch} (articles per request, default
 * 100), {@code .kills} (default 5), {@code .seed} (default random), {@code .server} ({@code fast}: the
 * regex stand-in analysis, the default; {@code minimal}: only what grouping needs, see {@link
 * FastAnalysis#minimal}; {@code cli}: {@code lagebild serve} with the German models,
 * which needs {@code lagebild-cli/target} built).
 */
class CrashAtScaleTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final Duration ANALYSIS_TIMEOUT = Duration.ofMinutes(60);

  @TempDir Path tmp;

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Test
  void killedAndRestartedRunEndsLikeAnUninterruptedOne() throws Exception {
    assumeTrue(Boolean.getBoolean("lagebild.crashtest"), "opt-in: -Dlagebild.crashtest=true");
    Path corpus = Path.of(System.getProperty("lagebild.crashtest.corpus",
        "../../shared/data/fang-covid/fang-covid-de-20k.jsonl.gz"));
    int limit = Integer.getInteger("lagebild.crashtest.limit", Integer.MAX_VALUE);
    int batchSize = Integer.getInteger("lagebild.crashtest.batch", 100);
    int kills = Integer.getInteger("lagebild.crashtest.kills", 5);
    long seed = Long.getLong("lagebild.crashtest.seed", new Random().nextLong());
    String mode = System.getProperty("lagebild.crashtest.server", "fast");
    System.out.printf(Locale.ROOT, "crash: corpus %s, limit %d, batch %d, kills %d, seed %d, server %s%n",
        corpus, limit, batchSize, kills, seed, mode);

    for (String log : List.of("reference.log", "crashed.log")) {
      Files.deleteIfExists(Path.of("target/crashtest", log));
    }
    List<String> batches = batches(corpus, limit, batchSize);
    // The uninterrupted run goes on beside the crashed one (it shares nothing with it but the input).
    Path reference = tmp.resolve("reference");
    java.util.concurrent.CompletableFuture<Double> uninterrupted =
        java.util.concurrent.CompletableFuture.supplyAsync(() -> {
          long t0 = System.nanoTime();
          try {
            run(reference, mode, batches, new TreeSet<>(), new Random(seed));
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
          double seconds = (System.nanoTime() - t0) / 1e9;
          System.out.printf(Locale.ROOT, "crash: uninterrupted run %.1f s%n", seconds);
          return seconds;
        }, java.util.concurrent.Executors.newSingleThreadExecutor());

    // Kill points: batch indices at which a kill is armed (it fires 0-3 s later, while posting goes
    // on), and one more while the last batches are being analysed.
    Random random = new Random(seed);
    TreeSet<Integer> killAt = new TreeSet<>();
    while (killAt.size() < Math.min(kills - 1, batches.size())) {
      killAt.add(random.nextInt(batches.size()));
    }
    killAt.add(batches.size()); // batches.size() means: after the last batch, during analysis
    long t1 = System.nanoTime();
    Path crashed = tmp.resolve("crashed");
    Run interrupted = run(crashed, mode, batches, killAt, random);
    double crashedSeconds = (System.nanoTime() - t1) / 1e9;
    System.out.printf(Locale.ROOT, "crash: crashed run %.1f s%n", crashedSeconds);
    uninterrupted.get();

    State a = State.read(reference);
    State b = State.read(crashed);
    System.out.printf(Locale.ROOT,
        "crash: %d articles posted in %d batches; %d kills (%d restarts); crashed run %.1f s;"
            + " reference %d articles / %d stories, crashed %d articles / %d stories%n",
        batches.stream().mapToInt(s -> (int) s.lines().count()).sum(), batches.size(),
        interrupted.kills, interrupted.starts - 1, crashedSeconds, a.articles.size(), a.stories.size(),
        b.articles.size(), b.stories.size());

    assertThat(interrupted.kills).isGreaterThanOrEqualTo(Math.min(kills, batches.size()));
    assertThat(b.articles).as("articles in ingest order").containsExactlyElementsOf(a.articles);
    assertThat(new HashSet<>(b.articles)).hasSize(b.articles.size());
    assertThat(b.articles).containsAll(interrupted.acknowledgedIds);
    assertThat(b.membersOf.keySet()).as("story ids").isEqualTo(a.membersOf.keySet());
    assertThat(b.membersOf).as("story members").isEqualTo(a.membersOf);
    assertThat(b.stories).as("story titles").isEqualTo(a.stories);
    List<String> covered = new ArrayList<>();
    b.membersOf.values().forEach(covered::addAll);
    assertThat(covered).as("every article in exactly one story")
        .hasSize(b.articles.size()).containsExactlyInAnyOrderElementsOf(b.articles);
    System.out.println("crash: same articles, each once, and the same stories as the uninterrupted run");
  }

  /** What the store holds once a run is over. */
  record State(List<String> articles, Map<String, Set<String>> membersOf, Map<String, String> stories) {
    static State read(Path data) {
      try (SqliteStore store = SqliteStore.open(data)) {
        List<String> articles = new ArrayList<>();
        store.forEachArticle(x -> articles.add(x.article().id()));
        Map<String, Set<String>> members = new TreeMap<>();
        store.storyMembers().forEach((id, m) -> members.put(id, new TreeSet<>(m)));
        Map<String, String> titles = new TreeMap<>();
        store.forEachStory(s -> titles.put(s.id(), s.title()));
        return new State(articles, members, titles);
      }
    }
  }

  static final class Run {
    int kills;
    int starts;
    int rejected;
    final Set<String> acknowledgedIds = new HashSet<>();
  }

  /**
   * Posts every batch in order, restarting the server after each kill and going on with the first
   * batch not acknowledged; at the end waits until stories are current and stops the server.
   */
  private Run run(Path data, String mode, List<String> batches, TreeSet<Integer> killAt, Random random)
      throws Exception {
    Run run = new Run();
    int next = 0;
    Process server = null;
    try {
      while (true) {
        int port = freePort();
        server = start(data, mode, port);
        run.starts++;
        URI base = URI.create("http://127.0.0.1:" + port);
        awaitHealthy(server, base);
        Process current = server;
        boolean armedThisLife = false;
        while (next < batches.size() && current.isAlive()) {
          Integer armed = killAt.isEmpty() ? null : killAt.first();
          if (armed != null && armed <= next && armed < batches.size() && !armedThisLife) {
            killAt.remove(armed);
            armedThisLife = true;
            killLater(current, random.nextInt(3000), run);
          }
          try {
            HttpResponse<String> r = client.send(
                HttpRequest.newBuilder(base.resolve("/api/articles"))
                    .timeout(Duration.ofMinutes(5))
                    .header("Content-Type", "application/x-ndjson")
                    .POST(HttpRequest.BodyPublishers.ofString(batches.get(next))).build(),
                HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(r.body()).isIn(200, 202);
            JsonNode receipt = JSON.readTree(r.body());
            run.rejected += receipt.get("rejected").size();
            receipt.get("added").forEach(n -> run.acknowledgedIds.add(n.asText()));
            next++;
          } catch (IOException e) {
            break; // killed under us: the batch counts as not acknowledged
          }
        }
        if (next == batches.size() && current.isAlive()) {
          if (!killAt.isEmpty()) {
            killAt.clear();
            // Once the server is busy with the last batches' stories, kill it there too.
            awaitPendingThenKill(current, base, random, run);
          } else if (awaitAnalysed(current, base)) {
            break;
          }
        }
        current.waitFor(60, TimeUnit.SECONDS);
        assertThat(current.isAlive()).isFalse();
      }
    } finally {
      if (server != null) {
        server.destroyForcibly();
        server.waitFor(60, TimeUnit.SECONDS);
      }
    }
    return run;
  }

  private void killLater(Process p, int millis, Run run) {
    Thread t = new Thread(() -> {
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        return;
      }
      if (p.isAlive()) {
        p.destroyForcibly(); // SIGKILL: no shutdown hook, nothing flushed
        synchronized (run) {
          run.kills++;
        }
        System.out.printf(Locale.ROOT, "crash: killed %d after %d ms%n", p.pid(), millis);
      }
    }, "crash-killer");
    t.setDaemon(true);
    t.start();
  }

  private void awaitPendingThenKill(Process p, URI base, Random random, Run run) throws Exception {
    Thread.sleep(random.nextInt(3000));
    if (p.isAlive()) {
      p.destroyForcibly();
      synchronized (run) {
        run.kills++;
      }
      System.out.printf(Locale.ROOT, "crash: killed %d during the last analysis (pending %s)%n",
          p.pid(), pendingOrNull(base));
    }
  }

  private String pendingOrNull(URI base) {
    try {
      return health(base).get("pendingBatches").asText();
    } catch (Exception e) {
      return "?";
    }
  }

  /** True once the server reports no pending analysis; false if it died first. */
  private boolean awaitAnalysed(Process p, URI base) throws Exception {
    long deadline = System.nanoTime() + ANALYSIS_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!p.isAlive()) {
        return false;
      }
      try {
        JsonNode h = health(base);
        assertThat(h.get("lastError").isNull()).as(h.toString()).isTrue();
        if (h.get("pendingBatches").asLong() == 0) {
          p.destroyForcibly();
          p.waitFor(60, TimeUnit.SECONDS);
          return true;
        }
      } catch (IOException e) {
        // busy or dying; look again
      }
      Thread.sleep(500);
    }
    throw new AssertionError("analysis not finished within " + ANALYSIS_TIMEOUT);
  }

  private JsonNode health(URI base) throws Exception {
    HttpResponse<String> r = client.send(
        HttpRequest.newBuilder(base.resolve("/api/health")).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString());
    return JSON.readTree(r.body());
  }

  private void awaitHealthy(Process p, URI base) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
    while (System.nanoTime() < deadline) {
      assertThat(p.isAlive()).as("server process alive while starting").isTrue();
      try {
        health(base);
        return;
      } catch (IOException e) {
        Thread.sleep(200);
      }
    }
    throw new AssertionError("server did not start");
  }

  private Process start(Path data, String mode, int port) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>();
    if (mode.equals("cli")) {
      Path cli = Path.of("../lagebild-cli/target");
      assumeTrue(Files.isDirectory(cli.resolve("lib")), "lagebild-cli not packaged; run ./lagebild --help");
      command.addAll(List.of(java, "-Xmx2g", "--enable-native-access=ALL-UNNAMED", "-cp",
          cli.resolve("lagebild-cli-0.1.0-SNAPSHOT.jar") + ":" + cli.resolve("lib") + "/*",
          "org.lagebild.cli.Main", "serve", "--data", data.toString(), "--port", Integer.toString(port)));
    } else {
      command.addAll(List.of(java, "-Xmx1g", "--enable-native-access=ALL-UNNAMED", "-cp",
          System.getProperty("java.class.path"), CrashTestServerMain.class.getName(), data.toString(),
          Integer.toString(port), mode));
    }
    command.add(1, "-Dlagebild.serve.log-updates=true");
    Path logs = Files.createDirectories(Path.of("target/crashtest"));
    return new ProcessBuilder(command)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.appendTo(logs.resolve(data.getFileName() + ".log").toFile()))
        .start();
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  /** The corpus as JSON Lines request bodies of {@code size} records each, in file order. */
  static List<String> batches(Path corpus, int limit, int size) throws IOException {
    List<String> out = new ArrayList<>();
    var raw = Files.newInputStream(corpus);
    var in = corpus.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      StringBuilder batch = new StringBuilder();
      int n = 0;
      int inBatch = 0;
      for (String line; n < limit && (line = r.readLine()) != null; ) {
        if (line.isBlank()) {
          continue;
        }
        batch.append(line).append('\n');
        n++;
        if (++inBatch == size) {
          out.add(batch.toString());
          batch.setLength(0);
          inBatch = 0;
        }
      }
      if (inBatch > 0) {
        out.add(batch.toString());
      }
    }
    return out;
  }
}
