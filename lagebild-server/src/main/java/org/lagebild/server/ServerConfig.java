package org.lagebild.server;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How the server runs; validated on construction.
 *
 * @param dataDir folder holding the database and the search index
 * @param host address to bind; loopback unless told otherwise
 * @param port TCP port, 0 for any free one
 * @param maxBodyBytes largest accepted request body
 * @param window how many of the most recent articles each grouping step regroups (steps are a quarter of it)
 * @param watchDir folder whose new article files are ingested, or {@code null}
 * @param feeds RSS or Atom feeds polled every {@code pollInterval}
 */
public record ServerConfig(
    Path dataDir,
    String host,
    int port,
    long maxBodyBytes,
    int window,
    Path watchDir,
    List<URI> feeds,
    Duration pollInterval) {

  public static final String LOOPBACK = "127.0.0.1";
  public static final long DEFAULT_MAX_BODY_BYTES = 16L * 1024 * 1024;
  public static final int DEFAULT_WINDOW = 2000;

  public ServerConfig {
    Objects.requireNonNull(dataDir, "dataDir");
    Objects.requireNonNull(host, "host");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0..65535, was " + port);
    }
    if (maxBodyBytes < 1024) {
      throw new IllegalArgumentException("maxBodyBytes must be >= 1024, was " + maxBodyBytes);
    }
    if (window < 1) {
      throw new IllegalArgumentException("window must be >= 1, was " + window);
    }
    feeds = List.copyOf(feeds);
    for (URI feed : feeds) {
      String scheme = feed.getScheme() == null ? "" : feed.getScheme();
      if (!scheme.equals("http") && !scheme.equals("https")) {
        throw new IllegalArgumentException("feed must be an http(s) address: " + feed);
      }
    }
    Objects.requireNonNull(pollInterval, "pollInterval");
    if (pollInterval.isNegative() || pollInterval.isZero()) {
      throw new IllegalArgumentException("pollInterval must be positive");
    }
  }

  /** Loopback, the given port, defaults for the rest. */
  public static ServerConfig defaults(Path dataDir, int port) {
    return new ServerConfig(dataDir, LOOPBACK, port, DEFAULT_MAX_BODY_BYTES, DEFAULT_WINDOW, null,
        List.of(), Duration.ofMinutes(5));
  }

  public ServerConfig withWatchDir(Path dir) {
    return new ServerConfig(dataDir, host, port, maxBodyBytes, window, dir, feeds, pollInterval);
  }

  public ServerConfig withFeeds(List<URI> newFeeds, Duration interval) {
    return new ServerConfig(dataDir, host, port, maxBodyBytes, window, watchDir, newFeeds, interval);
  }

  public ServerConfig withMaxBodyBytes(long bytes) {
    return new ServerConfig(dataDir, host, port, bytes, window, watchDir, feeds, pollInterval);
  }

  public ServerConfig withHost(String newHost) {
    return new ServerConfig(dataDir, newHost, port, maxBodyBytes, window, watchDir, feeds, pollInterval);
  }

  public ServerConfig withWindow(int newWindow) {
    return new ServerConfig(dataDir, host, port, maxBodyBytes, newWindow, watchDir, feeds, pollInterval);
  }
}
