package org.lagebild.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lagebild.model.Article;

/** Articles arriving from a watched folder and from a feed served on localhost. */
class IngestSourcesTest {

  @TempDir Path data;
  @TempDir Path watch;

  static final String RSS = """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0"><channel><title>Beispielblatt</title>
      <item><title>Brücke gesperrt</title><link>https://beispielblatt.example/a1</link>
        <guid>bb-1</guid><pubDate>Tue, 12 Mar 2024 08:00:00 +0100</pubDate>
        <description>&lt;p&gt;Die Brücke in Musterdorf ist seit Montag gesperrt. Gutachter prüfen die Pfeiler.&lt;/p&gt;</description></item>
      <item><title>Brücke bleibt zu</title><link>https://beispielblatt.example/a2</link>
        <guid>bb-2</guid><pubDate>Wed, 13 Mar 2024 08:00:00 +0100</pubDate>
        <description>Die Brücke in Musterdorf bleibt laut Gutachter Wochen gesperrt.</description></item>
      </channel></rss>
      """;

  @Test
  void pollsAFeedServedFromLocalhost() throws Exception {
    HttpServer feed = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    feed.createContext("/feed.xml", ex -> {
      byte[] body = RSS.getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().add("Content-Type", "application/rss+xml");
      ex.sendResponseHeaders(200, body.length);
      ex.getResponseBody().write(body);
      ex.close();
    });
    feed.start();
    try {
      URI uri = URI.create("http://127.0.0.1:" + feed.getAddress().getPort() + "/feed.xml");
      ServerConfig config = ServerConfig.defaults(data, 0).withFeeds(List.of(uri), Duration.ofMillis(300));
      try (TestServer server = new TestServer(config)) {
        waitFor(() -> server.server.store().articleCount() == 2);
        Thread.sleep(900); // a few more polls: the same items must not be added again
        assertThat(server.server.store().articleCount()).isEqualTo(2);
        Article a = server.server.store().article("bb-1").orElseThrow().article();
        assertThat(a.text()).startsWith("Die Brücke in Musterdorf").doesNotContain("<p>");
        assertThat(a.published()).isEqualTo("2024-03-12T08:00+01:00");
        assertThat(a.url()).isEqualTo("https://beispielblatt.example/a1");
      }
    } finally {
      feed.stop(0);
    }
  }

  @Test
  void readsAtomEntries() {
    String atom = """
        <feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
        <entry><id>urn:x:1</id><title>Eins</title><link href="https://x.example/1"/>
        <published>2024-03-12T08:00:00Z</published><content type="html">&lt;b&gt;Text eins.&lt;/b&gt;</content></entry>
        <entry><id>urn:x:2</id><title>Leer</title></entry></feed>
        """;
    List<Article> items = FeedPoller.parse(atom, URI.create("http://127.0.0.1/atom"));
    assertThat(items).hasSize(1);
    assertThat(items.get(0).id()).isEqualTo("urn:x:1");
    assertThat(items.get(0).text()).isEqualTo("Text eins.");
    assertThat(items.get(0).url()).isEqualTo("https://x.example/1");
  }

  @Test
  void ingestsFilesDroppedIntoTheWatchedFolder() throws Exception {
    try (TestServer server = new TestServer(ServerConfig.defaults(data, 0).withWatchDir(watch))) {
      StringBuilder jsonl = new StringBuilder();
      for (var a : Fixtures.twoStories()) {
        jsonl.append(a).append('\n');
      }
      Files.writeString(watch.resolve("batch.jsonl"), jsonl);
      waitFor(() -> server.server.store().articleCount() == 5);
      // Stored first, grouped a moment later by the background update.
      waitFor(() -> server.server.store().storyCount() == 2);
      Thread.sleep(2500); // the next polls must not read the same file again
      assertThat(server.server.store().articleCount()).isEqualTo(5);
      assertThat(server.server.ingest().pending()).isZero();
    }
  }

  interface Check {
    boolean ok() throws Exception;
  }

  static void waitFor(Check check) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!check.ok()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met within 30 s");
      }
      Thread.sleep(50);
    }
  }
}
