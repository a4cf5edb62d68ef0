package org.lagebild.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The REST API on a real server with a fast analysis, over java.net.http. */
class LagebildServerApiTest {

  @TempDir static Path data;
  static TestServer server;

  @BeforeAll
  static void start() throws Exception {
    server = new TestServer(ServerConfig.defaults(data, 0).withMaxBodyBytes(64 * 1024));
    JsonNode receipt = server.ingest(Fixtures.twoStories());
    assertThat(receipt.get("added")).hasSize(5);
    assertThat(receipt.get("analysed").asBoolean()).isTrue();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void groupsArticlesIntoStoriesNewestFirst() throws Exception {
    JsonNode stories = server.getJson("/api/stories").get("stories");
    List<Set<String>> memberships = new ArrayList<>();
    for (JsonNode s : stories) {
      Set<String> ids = new HashSet<>();
      server.getJson("/api/stories/" + s.get("id").asText()).get("articleIds")
          .forEach(n -> ids.add(n.asText()));
      memberships.add(ids);
    }
    assertThat(memberships).contains(Set.of("talks-1", "talks-2", "talks-3"), Set.of("flood-1", "flood-2"));
    assertThat(stories.get(0).get("lastPublished").asText()).startsWith("2024-05");
  }

  @Test
  void storyCarriesTheDossierSections() throws Exception {
    String id = storyOf("talks-1");
    JsonNode story = server.getJson("/api/stories/" + id);
    for (String field : List.of("id", "title", "articleIds", "summary", "entities", "quotes",
        "timexes", "timeline", "sharedPassages", "discrepancies")) {
      assertThat(story.has(field)).as(field).isTrue();
    }
    assertThat(story.get("summary").size()).isPositive();
    assertThat(story.get("entities").toString()).contains("Anna Beispiel");
    assertThat(story.get("quotes").toString()).contains("Wir sind einer Einigung nahe.");
  }

  @Test
  void filtersByOutletDateAndEntity() throws Exception {
    JsonNode may = server.getJson("/api/stories?from=2024-05-01").get("stories");
    assertThat(may).hasSize(1);
    JsonNode march = server.getJson("/api/stories?to=2024-03-31").get("stories");
    assertThat(march).hasSize(1);
    assertThat(march.get(0).get("id").asText()).isEqualTo(storyOf("talks-1"));
    JsonNode entity = server.getJson("/api/stories?entity=per-anna-beispiel").get("stories");
    assertThat(entity).hasSize(1);
    assertThat(server.getJson("/api/stories?outlet=nowhere.example").get("stories")).isEmpty();
    assertThat(server.getJson("/api/stories?outlet=musterpost.de").get("stories")).hasSize(2);
  }

  @Test
  void searchIsGermanAwareAndToleratesNameSpellings() throws Exception {
    // "Verhandlung" (singular) finds texts saying "Verhandlungen".
    JsonNode stemmed = server.getJson("/api/search?q=Verhandlung");
    assertThat(ids(stemmed.get("articles"))).contains("talks-1", "talks-2", "talks-3");
    assertThat(ids(stemmed.get("stories"))).containsExactly(storyOf("talks-1"));
    // A misspelt name still finds the story by its entity.
    JsonNode entity = server.getJson("/api/search?entity=Karl%20Musterman");
    assertThat(ids(entity.get("stories"))).containsExactly(storyOf("flood-1"));
    JsonNode speaker = server.getJson("/api/search?speaker=Beispiel");
    assertThat(ids(speaker.get("stories"))).containsExactly(storyOf("talks-1"));
    assertThat(server.getJson("/api/search?q=Raumfahrt").get("articles")).isEmpty();
  }

  @Test
  void entityPageListsItsStories() throws Exception {
    JsonNode e = server.getJson("/api/entities/per-anna-beispiel");
    assertThat(e.get("name").asText()).isEqualTo("Anna Beispiel");
    assertThat(e.get("type").asText()).isEqualTo("PER");
    assertThat(ids(e.get("stories"))).containsExactly(storyOf("talks-1"));
  }

  @Test
  void ingestIsIdempotentByIdAndContent() throws Exception {
    JsonNode again = server.ingest(Fixtures.twoStories());
    assertThat(again.get("added")).isEmpty();
    assertThat(again.get("unchanged")).hasSize(5);
    // Same text under another id: a duplicate, not a new article.
    var copy = Fixtures.twoStories().get(3).deepCopy().put("id", "flood-copy");
    JsonNode dup = server.ingest(List.of(copy));
    assertThat(dup.get("added")).isEmpty();
    assertThat(server.get("/api/articles/flood-copy").statusCode()).isEqualTo(404);
    assertThat(server.getJson("/api/health").get("articles").asInt()).isEqualTo(5);
  }

  @Test
  void articleEndpointGivesTheAnalysedArticleAndItsStory() throws Exception {
    JsonNode a = server.getJson("/api/articles/flood-2");
    assertThat(a.get("storyId").asText()).isEqualTo(storyOf("flood-1"));
    assertThat(a.get("article").get("publishedBasis").asText()).isEqualTo("metadata");
  }

  @Test
  void refusalsAreTypedJsonErrors() throws Exception {
    assertError(server.get("/api/stories/nope"), 404, "not_found");
    assertError(server.get("/api/nothing-here"), 404, "not_found");
    assertError(server.get("/api/stories?from=yesterday"), 400, "bad_request");
    assertError(server.get("/api/stories?limit=100000"), 400, "bad_request");
    assertError(server.get("/api/stories?form=2024-01-01"), 400, "bad_request");
    assertError(server.post("/api/articles", "text/plain", "hello"), 415, "unsupported_media_type");
    assertError(server.post("/api/articles", "application/json", "{\"title\": \"no text\"}"), 422,
        "no_articles");
    assertError(server.post("/api/articles", "application/json", "{not json"), 422, "no_articles");
    String big = "{\"id\": \"big\", \"text\": \"" + "Wort ".repeat(20_000) + "\"}";
    assertError(server.post("/api/articles", "application/json", big), 413, "payload_too_large");
    assertThat(server.get("/api/articles/big").statusCode()).isEqualTo(404);
    HttpResponse<String> page = server.get("/stories/nope");
    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
  }

  @Test
  void staticFilesStayInTheirFolder() throws Exception {
    assertThat(server.get("/static/lagebild.css").statusCode()).isEqualTo(200);
    for (String path : List.of("/static/../LagebildServer.class", "/static/%2e%2e/LagebildServer.class",
        "/static/..%2fLagebildServer.class", "/static/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/static/....//....//etc/passwd", "/static/%252e%252e/openapi.json")) {
      HttpResponse<String> r = server.get(path);
      assertThat(r.statusCode()).as(path).isBetween(400, 499);
      assertThat(r.body()).as(path).doesNotContain("root:").doesNotContain("\u00ca\u00fe\u00ba\u00be");
    }
  }

  @Test
  void servesPagesAndOpenApi() throws Exception {
    assertThat(server.getJson("/api/openapi.json").get("openapi").asText()).startsWith("3.");
    HttpResponse<String> list = server.get("/");
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'");
    assertThat(list.body()).contains("/stories/" + storyOf("talks-1"));
    HttpResponse<String> story = server.get("/stories/" + storyOf("talks-1"));
    assertThat(story.statusCode()).isEqualTo(200);
    assertThat(story.body()).contains("Anna Beispiel").contains("Einigung nahe");
    HttpResponse<String> article = server.get("/articles/talks-1?q=Verhandlung");
    assertThat(article.body()).contains("class=\"hit\"").contains("Verhandlungen</span>");
    HttpResponse<String> search = server.get("/search?q=Hochwasser");
    assertThat(search.body()).contains("/stories/" + storyOf("flood-1"));
  }

  @Test
  void bindsToLoopbackByDefault() {
    assertThat(ServerConfig.defaults(data, 0).host()).isEqualTo("127.0.0.1");
  }

  static String storyOf(String articleId) throws Exception {
    return server.getJson("/api/articles/" + articleId).get("storyId").asText();
  }

  static List<String> ids(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.get("id").asText()));
    return out;
  }

  static void assertError(HttpResponse<String> r, int status, String code) throws Exception {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    JsonNode error = TestServer.JSON.readTree(r.body()).get("error");
    assertThat(error.get("code").asText()).isEqualTo(code);
    assertThat(error.get("status").asInt()).isEqualTo(status);
    assertThat(error.get("message").asText()).isNotBlank();
  }
}
