package org.lagebild.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stories depend on the stored articles in ingest order only: one request, one request per article
 * without waiting, or requests with a restart in between end with the same stories, and a restart
 * reads the stored analyses instead of analysing again. A small window (8 articles, steps of 2)
 * makes the fold take many steps and freeze groups that leave the window.
 */
class StoryDeterminismTest {

  static final int WINDOW = 8;
  static final String[][] TOPICS = {
      {"Stadtbahn", "Gleisbau", "Haltestelle"}, {"Kläranlage", "Abwasser", "Gebühren"},
      {"Hochwasser", "Deichbau", "Sandsäcke"}, {"Schulneubau", "Turnhalle", "Klassenräume"},
      {"Windpark", "Rotoren", "Schattenwurf"}, {"Krankenhaus", "Notaufnahme", "Pflegekräfte"},
      {"Haushaltsloch", "Schulden", "Kämmerer"}, {"Brandstiftung", "Feuerwehr", "Ermittler"}};

  @TempDir Path tmp;

  static List<ObjectNode> articles() {
    List<ObjectNode> out = new ArrayList<>();
    for (int n = 0; n < 40; n++) {
      int t = n % TOPICS.length;
      String[] w = TOPICS[t];
      out.add(TestServer.article("det-" + n, w[0] + ": neue Entwicklung " + n, "outlet" + (n % 3) + ".example",
          "2024-06-" + String.format("%02d", 1 + n / 4),
          "Beispielstadt. Die " + w[0] + " beschäftigt erneut den Stadtrat. Dezernentin Greta Probe" + t
              + " sagte, der " + w[1] + " und die " + w[2] + " würden geprüft. Die Debatte um " + w[0]
              + " und " + w[1] + " geht weiter. Bericht Nummer " + n + "."));
    }
    return out;
  }

  static ServerConfig config(Path dir) {
    ServerConfig d = ServerConfig.defaults(dir, 0);
    return new ServerConfig(dir, d.host(), 0, d.maxBodyBytes(), WINDOW, null, List.of(), d.pollInterval());
  }

  record Stories(Map<String, Set<String>> members, Map<String, String> titles) {
    static Stories of(TestServer s) {
      Map<String, Set<String>> members = new TreeMap<>();
      s.server.store().storyMembers().forEach((id, m) -> members.put(id, new TreeSet<>(m)));
      Map<String, String> titles = new TreeMap<>();
      s.server.store().forEachStory(st -> titles.put(st.id(), st.title()));
      return new Stories(members, titles);
    }
  }

  @Test
  void sameStoriesWhateverTheBatchesAndRestarts() throws Exception {
    List<ObjectNode> all = articles();

    Stories oneRequest;
    try (TestServer s = new TestServer(config(tmp.resolve("one")))) {
      s.ingest(all);
      oneRequest = Stories.of(s);
    }

    Stories perArticle;
    try (TestServer s = new TestServer(config(tmp.resolve("each")))) {
      for (ObjectNode a : all) {
        assertThat(s.post("/api/articles", "application/x-ndjson", a.toString()).statusCode()).isIn(200, 202);
      }
      assertThat(s.server.ingest().awaitAnalysed(Duration.ofSeconds(60))).isTrue();
      perArticle = Stories.of(s);
    }

    Path restarted = tmp.resolve("restarted");
    try (TestServer s = new TestServer(config(restarted))) {
      s.ingest(all.subList(0, 13));
      s.ingest(all.subList(13, 21));
    }
    Stories withRestart;
    try (TestServer s = new TestServer(config(restarted))) {
      assertThat(s.server.ingest().awaitAnalysed(Duration.ofSeconds(60))).isTrue();
      assertThat(s.getJson("/api/health").get("analysedSinceStart").asLong())
          .as("stored analyses are read back, not recomputed").isZero();
      s.ingest(all.subList(21, 40));
      assertThat(s.getJson("/api/health").get("analysedSinceStart").asLong()).isEqualTo(19);
      withRestart = Stories.of(s);
    }

    assertThat(oneRequest.members().values().stream().mapToInt(Set::size).max().orElse(0))
        .as("topics are grouped").isGreaterThanOrEqualTo(3);
    assertThat(oneRequest.members().values().stream().mapToInt(Set::size).sum()).isEqualTo(40);
    assertThat(perArticle).isEqualTo(oneRequest);
    assertThat(withRestart).isEqualTo(oneRequest);
  }
}
