package org.lagebild.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** A real server on a free loopback port plus a small HTTP client, for tests. */
final class TestServer implements AutoCloseable {

  static final ObjectMapper JSON = new ObjectMapper();

  final LagebildServer server;
  final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  TestServer(ServerConfig config) {
    this.server = LagebildServer.start(config, FastAnalysis.create());
  }

  TestServer(Path dataDir) {
    this(ServerConfig.defaults(dataDir, 0));
  }

  URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + server.port() + pathAndQuery);
  }

  HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
    return client.send(HttpRequest.newBuilder(uri(pathAndQuery)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  JsonNode getJson(String pathAndQuery) throws IOException, InterruptedException {
    HttpResponse<String> r = get(pathAndQuery);
    if (r.statusCode() != 200) {
      throw new AssertionError("GET " + pathAndQuery + " -> " + r.statusCode() + ": " + r.body());
    }
    return JSON.readTree(r.body());
  }

  HttpResponse<String> post(String pathAndQuery, String contentType, String body)
      throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(uri(pathAndQuery)).header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Posts articles as JSON Lines and waits for story analysis. */
  JsonNode ingest(List<ObjectNode> articles) throws IOException, InterruptedException {
    StringBuilder sb = new StringBuilder();
    for (ObjectNode a : articles) {
      sb.append(a.toString()).append('\n');
    }
    HttpResponse<String> r = post("/api/articles?wait=60", "application/x-ndjson", sb.toString());
    if (r.statusCode() != 200) {
      throw new AssertionError("ingest -> " + r.statusCode() + ": " + r.body());
    }
    return JSON.readTree(r.body());
  }

  static ObjectNode article(String id, String title, String outlet, String published, String text) {
    ObjectNode n = JSON.createObjectNode();
    n.put("id", id).put("title", title).put("outlet", outlet).put("published", published).put("text", text);
    return n;
  }

  @Override
  public void close() {
    server.close();
  }
}
