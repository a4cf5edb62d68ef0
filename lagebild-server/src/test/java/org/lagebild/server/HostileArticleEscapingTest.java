package org.lagebild.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Article text is hostile: every page shows it as text, never as markup or a live link. */
class HostileArticleEscapingTest {

  @TempDir Path data;

  @Test
  void scriptsAndJavascriptLinksRenderInert() throws Exception {
    String payload = "<script>alert('x')</script><img src=x onerror=alert(1)>";
    try (TestServer server = new TestServer(data)) {
      ObjectNode hostile = TestServer.article("evil-1", "Titel " + payload, "\"><script>alert(2)</script>",
          "2024-01-02",
          "Berlin. Der Sprecher Max Böse sagte: \"" + payload + "\" Danach kam nichts mehr. "
              + "Ein Link: <a href=\"javascript:alert(3)\">klick</a> und Ende.");
      hostile.put("url", "javascript:alert(4)");
      ObjectNode second = hostile.deepCopy().put("id", "evil-2").put("text",
          "Berlin. Max Böse wiederholte: \"" + payload + "\" und schwieg. Max Böse ging.");
      server.ingest(List.of(hostile, second));
      String storyId = server.getJson("/api/articles/evil-1").get("storyId").asText();

      for (String path : List.of("/", "/stories/" + storyId, "/articles/evil-1",
          "/articles/evil-1?q=script", "/search?q=script", "/search?q=" + enc(payload),
          "/search?entity=" + enc(payload), "/entities/per-max-b%C3%B6se")) {
        HttpResponse<String> r = server.get(path);
        assertThat(r.statusCode()).as(path).isIn(200, 404);
        String body = r.body();
        assertThat(body).as(path)
            .doesNotContain("<script>alert")
            .doesNotContain("<img src=x")
            .doesNotContain("href=\"javascript:")
            .doesNotContain("href='javascript:")
            .doesNotContain("onerror=alert(1)>");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
      }
      assertThat(server.get("/articles/evil-1").body()).contains("&lt;script&gt;alert(");
      assertThat(server.get("/stories/" + storyId).body()).contains("&lt;script&gt;");
      assertThat(server.get("/search?q=" + enc(payload)).body()).contains("&lt;script&gt;");
    }
  }

  private static String enc(String s) {
    return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
  }
}
