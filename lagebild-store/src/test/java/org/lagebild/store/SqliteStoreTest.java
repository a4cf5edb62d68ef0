package org.lagebild.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lagebild.model.Article;

class SqliteStoreTest {

  @TempDir Path dir;

  static Article article(String id, String text, String outlet) {
    return new Article(id, "test#" + id, "Titel " + id, outlet, null, "de", "2024-03-01", null, text);
  }

  @Test
  void putIsIdempotentByIdAndContentHash() {
    try (SqliteStore store = SqliteStore.open(dir)) {
      IngestReceipt first = store.putArticles(List.of(article("a", "Eins.", "x"), article("b", "Zwei.", "x")));
      assertThat(first.added()).containsExactly("a", "b");
      IngestReceipt again = store.putArticles(List.of(article("a", "Eins.", "x"), article("c", "Zwei.", "y")));
      assertThat(again.added()).isEmpty();
      assertThat(again.unchanged()).containsExactly("a", "c");
      IngestReceipt changed = store.putArticles(List.of(article("a", "Eins, neu.", "x")));
      assertThat(changed.updated()).containsExactly("a");
      assertThat(store.articleCount()).isEqualTo(2);
      assertThat(store.article("a").orElseThrow().article().text()).isEqualTo("Eins, neu.");
      // The replaced article is now the most recent one.
      assertThat(store.recentArticles(1).get(0).article().id()).isEqualTo("a");
    }
  }

  @Test
  void reopeningKeepsDataAndDoesNotMigrateTwice() throws Exception {
    try (SqliteStore store = SqliteStore.open(dir)) {
      store.putArticles(List.of(article("a", "Eins.", "x")));
    }
    try (SqliteStore store = SqliteStore.open(dir)) {
      assertThat(store.articleCount()).isEqualTo(1);
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(SqliteStore.FILE_NAME))) {
      assertThat(SchemaMigrations.currentVersion(c)).isEqualTo(SchemaMigrations.SCRIPTS.size());
    }
  }

  @Test
  void storiesAreReplacedWholeAndFiltered() {
    try (SqliteStore store = SqliteStore.open(dir)) {
      store.putArticles(List.of(article("a", "Eins.", "x"), article("b", "Zwei.", "y")));
      StoredStory.EntityRef anna =
          new StoredStory.EntityRef("per-anna-beispiel", "e1", "Anna Beispiel", "PER",
              List.of("Anna Beispiel", "Beispiel"), 3, true);
      store.replaceStories(List.of(), List.of(
          new StoredStory("s1", "Eins", List.of("a"), "2024-03-01", "2024-03-02", List.of("x"),
              List.of(anna), "{}", null),
          new StoredStory("s2", "Zwei", List.of("b"), "2024-05-01", "2024-05-01", List.of("y"),
              List.of(), "{}", null)));
      assertThat(store.stories(StoryFilter.newest(10))).extracting(StoryListing::id).containsExactly("s2", "s1");
      assertThat(store.stories(new StoryFilter(null, null, "per-anna-beispiel", null, 10, 0)))
          .extracting(StoryListing::id).containsExactly("s1");
      assertThat(store.stories(new StoryFilter("2024-04-01", null, null, null, 10, 0)))
          .extracting(StoryListing::id).containsExactly("s2");
      assertThat(store.stories(new StoryFilter(null, null, null, "x", 10, 0)))
          .extracting(StoryListing::id).containsExactly("s1");
      assertThat(store.storiesOf(List.of("a", "b")).keySet()).containsExactlyInAnyOrder("s1", "s2");

      store.replaceStories(List.of("s2"), List.of(
          new StoredStory("s1", "Beide", List.of("a", "b"), "2024-03-01", "2024-05-01", List.of("x", "y"),
              List.of(anna), "{}", null)));
      assertThat(store.storyCount()).isEqualTo(1);
      assertThat(store.storyOfArticle("b")).contains("s1");
      EntityRecord e = store.entity("per-anna-beispiel").orElseThrow();
      assertThat(e.variants()).contains("Beispiel");
      assertThat(e.stories()).extracting(StoryListing::title).containsExactly("Beide");
    }
  }

  @Test
  void analysesAreKeptPerTextAndDroppedWithAReplacedText() {
    try (SqliteStore store = SqliteStore.open(dir)) {
      store.putArticles(List.of(article("a", "Eins.", "x"), article("b", "Zwei.", "x")));
      String hashA = SqliteStore.contentHash("Eins.");
      store.putAnalyses(List.of(
          new ArticleAnalysis("a", hashA, 1, new byte[] {1, 2, 3}),
          new ArticleAnalysis("b", "stale-hash", 1, new byte[] {4}),
          new ArticleAnalysis("nobody", "h", 1, new byte[] {5})));
      Map<String, ArticleAnalysis> found = store.analyses(List.of("a", "b", "nobody"));
      // b's row does not match its text; an unknown article gets none.
      assertThat(found.keySet()).containsExactly("a");
      assertThat(found.get("a").data()).containsExactly(1, 2, 3);
      store.putArticles(List.of(article("a", "Eins, neu.", "x")));
      assertThat(store.analyses(List.of("a"))).isEmpty();
    }
  }

  @Test
  void groupingCheckpointSurvivesReopening() {
    try (SqliteStore store = SqliteStore.open(dir)) {
      assertThat(store.grouping().throughSequence()).isZero();
      assertThat(store.grouping().groupOf()).isEmpty();
      store.putArticles(List.of(article("a", "Eins.", "x"), article("b", "Zwei.", "x"),
          article("c", "Drei.", "x")));
      store.saveGrouping(2, Map.of("a", "a", "b", "a"), List.of());
      store.saveGrouping(3, Map.of("b", "b", "c", "b"), List.of("a"));
    }
    try (SqliteStore store = SqliteStore.open(dir)) {
      GroupingState state = store.grouping();
      assertThat(state.throughSequence()).isEqualTo(3);
      assertThat(state.groupOf()).isEqualTo(Map.of("b", "b", "c", "b"));
    }
  }

  @Test
  void sequencesWalkTheIngestOrder() {
    try (SqliteStore store = SqliteStore.open(dir)) {
      assertThat(store.lastSequence()).isZero();
      assertThat(store.sequenceAfter(0, 1)).isEmpty();
      store.putArticles(List.of(article("a", "Eins.", "x"), article("b", "Zwei.", "x"),
          article("c", "Drei.", "x"), article("d", "Vier.", "x")));
      assertThat(store.lastSequence()).isEqualTo(4);
      assertThat(store.sequenceAfter(1, 2)).hasValue(3);
      assertThat(store.sequenceAfter(2, 3)).isEmpty();
      assertThat(store.articlesThrough(3, 2)).extracting(a -> a.article().id()).containsExactly("b", "c");
    }
  }

  @Test
  void changeCountGrowsWithEveryWriteTheIndexReflects() {
    try (SqliteStore store = SqliteStore.open(dir)) {
      long start = store.changeCount();
      store.putArticles(List.of(article("a", "Eins.", "x")));
      long afterPut = store.changeCount();
      assertThat(afterPut).isGreaterThan(start);
      store.putArticles(List.of(article("a", "Eins.", "x")));
      assertThat(store.changeCount()).as("nothing changed").isEqualTo(afterPut);
      store.replaceStories(List.of(), List.of(new StoredStory("s1", "Eins", List.of("a"), null, null,
          List.of(), List.of(), "{}", null)));
      assertThat(store.changeCount()).isGreaterThan(afterPut);
      long afterStories = store.changeCount();
      store.saveGrouping(1, Map.of("a", "a"), List.of());
      assertThat(store.changeCount()).as("grouping is not indexed").isEqualTo(afterStories);
    }
  }
}
