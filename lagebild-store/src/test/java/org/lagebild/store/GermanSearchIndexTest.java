package org.lagebild.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lagebild.model.Article;

class GermanSearchIndexTest {

  @TempDir Path dir;

  @Test
  void findsInflectedWordsUmlautVariantsAndMisspeltNames() {
    try (GermanSearchIndex index = GermanSearchIndex.open(dir)) {
      index.putArticles(List.of(
          Article.of("a", "Die Verhandlungen über die Brücken dauerten bis in die Nacht."),
          Article.of("b", "Das Wetter bleibt wechselhaft.")));
      index.putStories(List.of(), List.of(new StoredStory("s1", "Gespräche", List.of("a"), null, null,
          List.of(), List.of(new StoredStory.EntityRef("per-jurij-beispielenko", "e1", "Jurij Beispielenko",
              "PER", List.of("Juri Beispielenko"), 2, true)), "{}", null)));
      index.commit();
      assertThat(ids(index, new GermanSearchIndex.SearchQuery("Verhandlung", null, null, 10))).containsExactly("a");
      assertThat(ids(index, new GermanSearchIndex.SearchQuery("Brucke", null, null, 10))).containsExactly("a");
      assertThat(ids(index, new GermanSearchIndex.SearchQuery(null, "Juri Beispielenkow", null, 10)))
          .containsExactly("s1");
      assertThat(ids(index, new GermanSearchIndex.SearchQuery(null, null, "Beispielenko", 10)))
          .containsExactly("s1");
      assertThat(ids(index, new GermanSearchIndex.SearchQuery(null, "Wetter", null, 10))).isEmpty();
      assertThat(ids(index, new GermanSearchIndex.SearchQuery("\"unclosed OR -", null, null, 10))).isNotNull();
    }
  }

  @Test
  void persistedIndexIsReusedWhileInStepWithTheStoreAndRebuiltOtherwise() throws Exception {
    Path data = dir.resolve("data");
    Path indexDir = dir.resolve("index");
    try (SqliteStore store = SqliteStore.open(data);
        GermanSearchIndex index = GermanSearchIndex.open(indexDir)) {
      assertThat(index.syncWith(store)).as("new index").isTrue();
      store.putArticles(List.of(Article.of("a", "Die Verhandlungen dauerten lange.")));
      index.putArticles(List.of(Article.of("a", "Die Verhandlungen dauerten lange.")));
      index.commit(store.changeCount());
    }
    try (SqliteStore store = SqliteStore.open(data);
        GermanSearchIndex index = GermanSearchIndex.open(indexDir)) {
      assertThat(index.syncWith(store)).as("in step: kept").isFalse();
      assertThat(ids(index, new GermanSearchIndex.SearchQuery("Verhandlung", null, null, 10))).containsExactly("a");
      // A store write the index never saw (a crash between the two commits).
      store.putArticles(List.of(Article.of("b", "Neue Verhandlungen beginnen.")));
    }
    try (SqliteStore store = SqliteStore.open(data);
        GermanSearchIndex index = GermanSearchIndex.open(indexDir)) {
      assertThat(index.syncWith(store)).as("behind the store: rebuilt").isTrue();
      assertThat(ids(index, new GermanSearchIndex.SearchQuery("Verhandlung", null, null, 10)))
          .containsExactlyInAnyOrder("a", "b");
      assertThat(index.recordedChange()).isEqualTo(store.changeCount());
    }
    // Damaged index files: recreated and rebuilt, not a failed start.
    try (var files = java.nio.file.Files.list(indexDir)) {
      for (Path f : files.toList()) {
        java.nio.file.Files.write(f, new byte[] {0, 1, 2, 3});
      }
    }
    try (SqliteStore store = SqliteStore.open(data);
        GermanSearchIndex index = GermanSearchIndex.open(indexDir)) {
      assertThat(index.syncWith(store)).isTrue();
      assertThat(ids(index, new GermanSearchIndex.SearchQuery("Verhandlung", null, null, 10))).hasSize(2);
    }
  }

  private static List<String> ids(GermanSearchIndex index, GermanSearchIndex.SearchQuery q) {
    return index.search(q).stream().map(GermanSearchIndex.Hit::id).toList();
  }
}
