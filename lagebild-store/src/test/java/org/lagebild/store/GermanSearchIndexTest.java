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

  private static List<String> ids(GermanSearchIndex index, GermanSearchIndex.SearchQuery q) {
    return index.search(q).stream().map(GermanSearchIndex.Hit::id).toList();
  }
}
