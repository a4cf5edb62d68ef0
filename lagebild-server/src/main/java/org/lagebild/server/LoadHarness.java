package org.lagebild.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * A bounded loopback load test: {@code readers} threads, each with one request in flight, cycle
 * through read addresses while one writer posts article batches, for a fixed time. Reports latency
 * percentiles per request kind; it measures, it asserts nothing.
 */
public final class LoadHarness {

  /** Latencies of one request kind, in milliseconds. */
  public record Figures(String kind, int requests, int failures, double p50, double p99, double max) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%-8s %7d requests %4d failed  p50 %7.2f ms  p99 %7.2f ms  max %7.1f ms",
          kind, requests, failures, p50, p99, max);
    }
  }

  /** What the run did. */
  public record Report(List<Figures> figures, int batchesPosted, double seconds) {}

  private final URI base;
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  public LoadHarness(URI base) {
    this.base = base;
  }

  /**
   * @param reads read paths (with query) the readers cycle through
   * @param batch the JSON Lines body of the writer's n-th batch, or {@code null} when it is done
   */
  public Report run(int readers, Duration duration, List<String> reads, IntFunction<String> batch)
      throws InterruptedException {
    ConcurrentHashMap<String, List<Long>> latencies = new ConcurrentHashMap<>();
    ConcurrentHashMap<String, AtomicInteger> failures = new ConcurrentHashMap<>();
    long end = System.nanoTime() + duration.toNanos();
    AtomicLong started = new AtomicLong(System.nanoTime());
    List<Thread> threads = new ArrayList<>();
    AtomicInteger posted = new AtomicInteger();
    Thread writer = new Thread(() -> {
      for (int n = 0; System.nanoTime() < end; n++) {
        String body = batch.apply(n);
        if (body == null) {
          return;
        }
        HttpRequest r = HttpRequest.newBuilder(base.resolve("/api/articles"))
            .header("Content-Type", "application/x-ndjson")
            .timeout(Duration.ofSeconds(60))
            .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        if (time("ingest", r, latencies, failures)) {
          posted.incrementAndGet();
        }
      }
    }, "load-writer");
    threads.add(writer);
    for (int i = 0; i < readers; i++) {
      int offset = i;
      threads.add(new Thread(() -> {
        for (int n = offset; System.nanoTime() < end; n++) {
          String path = reads.get(n % reads.size());
          String kind = path.startsWith("/api/search") ? "search"
              : path.startsWith("/api/stories/") ? "story" : path.startsWith("/api/") ? "api" : "page";
          time(kind, HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60)).GET().build(),
              latencies, failures);
        }
      }, "load-reader-" + i));
    }
    threads.forEach(Thread::start);
    for (Thread t : threads) {
      t.join();
    }
    double seconds = (System.nanoTime() - started.get()) / 1e9;
    List<Figures> figures = new ArrayList<>();
    for (String kind : List.of("page", "story", "api", "search", "ingest")) {
      List<Long> l = latencies.getOrDefault(kind, List.of());
      long[] sorted;
      synchronized (l) {
        sorted = l.stream().mapToLong(Long::longValue).toArray();
      }
      Arrays.sort(sorted);
      int failed = failures.getOrDefault(kind, new AtomicInteger()).get();
      if (sorted.length == 0 && failed == 0) {
        continue;
      }
      figures.add(new Figures(kind, sorted.length + failed, failed, pct(sorted, 0.50), pct(sorted, 0.99),
          sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6));
    }
    return new Report(figures, posted.get(), seconds);
  }

  private boolean time(String kind, HttpRequest request, ConcurrentHashMap<String, List<Long>> latencies,
      ConcurrentHashMap<String, AtomicInteger> failures) {
    long t0 = System.nanoTime();
    try {
      HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
      long dt = System.nanoTime() - t0;
      // A story listed a moment ago may have been regrouped away: 404 is an answer, not a failure.
      if (r.statusCode() / 100 != 2 && r.statusCode() != 404) {
        failures.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
        return false;
      }
      List<Long> l = latencies.computeIfAbsent(kind, k -> java.util.Collections.synchronizedList(new ArrayList<>()));
      l.add(dt);
      return true;
    } catch (java.io.IOException e) {
      failures.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static double pct(long[] sorted, double q) {
    if (sorted.length == 0) {
      return 0;
    }
    int i = (int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
    return sorted[Math.max(0, i)] / 1e6;
  }
}
