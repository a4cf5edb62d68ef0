package org.lagebild.cli;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.lagebild.server.LagebildServer;
import org.lagebild.server.ServerConfig;
import org.lagebild.server.StoryAnalysis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./lagebild serve}: the server with the full German pipeline, until stopped. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serves stories, search and a web interface while ingesting articles: POST /api/articles"
          + " (JSON or JSON Lines), a watched folder, RSS/Atom feeds. Data lives in DIR (SQLite plus"
          + " a search index); a restart continues where it stopped.",
      "",
      "Example:  ./lagebild serve --data lagebild-data --port 8080   then open http://127.0.0.1:8080/"
    })
public final class ServeCommand implements Callable<Integer> {

  @Option(names = "--data", paramLabel = "DIR", description = "Data folder (default: ${DEFAULT-VALUE}).")
  Path data = Path.of("lagebild-data");

  @Option(names = "--port", paramLabel = "N", description = "TCP port, 0 for any free one (default: ${DEFAULT-VALUE}).")
  int port = 8080;

  @Option(names = "--host", paramLabel = "ADDRESS",
      description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only).")
  String host = ServerConfig.LOOPBACK;

  @Option(names = "--watch", paramLabel = "DIR", description = "Ingest article files dropped into DIR.")
  Path watch;

  @Option(names = "--feed", paramLabel = "URL", description = "RSS or Atom feed to poll (repeatable).")
  List<URI> feeds = new ArrayList<>();

  @Option(names = "--poll-minutes", paramLabel = "N", description = "Feed polling interval (default: ${DEFAULT-VALUE}).")
  int pollMinutes = 5;

  @Option(names = "--max-body-mb", paramLabel = "N", description = "Largest request body (default: ${DEFAULT-VALUE}).")
  int maxBodyMb = 16;

  @Option(names = "--window", paramLabel = "N",
      description = "Most recent articles regrouped at each step; the grouping advances in steps of a quarter of it (default: ${DEFAULT-VALUE}).")
  int window = ServerConfig.DEFAULT_WINDOW;

  @Override
  public Integer call() {
    ServerConfig config;
    try {
      config = new ServerConfig(data, host, port, maxBodyMb * 1024L * 1024L, window, watch, feeds,
          Duration.ofMinutes(pollMinutes));
    } catch (IllegalArgumentException e) {
      System.err.println("lagebild serve: " + e.getMessage());
      return 2;
    }
    ConsoleProgress progress = new ConsoleProgress(System.err, false);
    StoryAnalysis analysis =
        new StoryAnalysis(StandardPipeline.create(progress), StandardPipeline.storySections());
    LagebildServer server = LagebildServer.start(config, analysis);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }, "lagebild-shutdown"));
    System.err.println("Lagebild serving " + data.toAbsolutePath() + " at http://" + host + ":"
        + server.port() + "/  (Ctrl-C stops)");
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }
}
