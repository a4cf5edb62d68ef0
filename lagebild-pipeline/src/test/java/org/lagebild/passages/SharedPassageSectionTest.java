package org.lagebild.passages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.lagebild.model.AnnotatedDocument;
import org.lagebild.model.Article;
import org.lagebild.model.dossier.ArticleCopy;
import org.lagebild.model.dossier.SharedPassage;
import org.lagebild.model.dossier.Story;
import org.lagebild.stories.SeedFixtures;

class SharedPassageSectionTest {

  private final SharedPassageSection section = new SharedPassageSection();

  @Test
  void seedWirePassagesAreFoundWithSpansInBothArticles() {
    Optional<Path> dir = SeedFixtures.seedsDir();
    assumeTrue(dir.isPresent(), "seeds folder absent (shared/seeds); skipped");
    List<AnnotatedDocument> docs = SeedFixtures.annotated(dir.get());
    Map<String, String> text = docs.stream()
        .collect(Collectors.toMap(AnnotatedDocument::id, AnnotatedDocument::text));
    Story story = section.fill(
        Story.of("s1", "t", docs.stream().map(AnnotatedDocument::id).toList(), List.of()), docs);

    assertThat(story.sharedPassages()).isNotEmpty();
    Map<String, Integer> perPair = new TreeMap<>();
    for (SharedPassage p : story.sharedPassages()) {
      assertThat(p.a().articleId()).isNotEqualTo(p.b().articleId());
      String a = text.get(p.a().articleId());
      String b = text.get(p.b().articleId());
      assertThat(p.a().end()).isGreaterThan(p.a().start()).isLessThanOrEqualTo(a.length());
      assertThat(p.b().end()).isGreaterThan(p.b().start()).isLessThanOrEqualTo(b.length());
      assertThat(p.kind()).isIn(SharedPassage.KINDS);
      // The two spans hold the same wording up to the listed edits: most words in common.
      Set<String> wa = words(a.substring(p.a().start(), p.a().end()));
      Set<String> wb = words(b.substring(p.b().start(), p.b().end()));
      Set<String> common = new TreeSet<>(wa);
      common.retainAll(wb);
      assertThat(common.size()).isGreaterThanOrEqualTo(Math.min(wa.size(), wb.size()) / 2);
      for (SharedPassage.Edit e : p.edits()) {
        assertThat(e.aStart()).isBetween(p.a().start(), p.a().end());
        assertThat(e.bStart()).isBetween(p.b().start(), p.b().end());
        assertThat(a.substring(e.aStart(), e.aEnd())).isEqualTo(e.aText());
        assertThat(b.substring(e.bStart(), e.bEnd())).isEqualTo(e.bText());
      }
      perPair.merge(p.a().articleId().substring(0, 3) + "+" + p.b().articleId().substring(0, 3), 1,
          Integer::sum);
    }
    // Two of the seeds are versions of the same wire report: they share several passages.
    assertThat(perPair).containsKey(EXPECTED_PAIR);
    assertThat(perPair.get(EXPECTED_PAIR)).isGreaterThanOrEqualTo(2);
  }

  @Test
  void exactCopyIsMarkedOnceAgainstTheOriginal() {
    String text = "Die Regierung hat am Montag neue Regeln für den Handel beschlossen, wie ein Sprecher"
        + " in der Hauptstadt mitteilte. Die Opposition kritisierte die Entscheidung als übereilt und"
        + " forderte eine Debatte im Parlament. Der Handelsverband begrüßte dagegen die neuen Regeln"
        + " ausdrücklich und sprach von einem wichtigen Signal.";
    List<AnnotatedDocument> docs = List.of(
        AnnotatedDocument.of(Article.of("a.txt", text).withId("a")),
        AnnotatedDocument.of(Article.of("b.txt", text).withId("b")),
        AnnotatedDocument.of(Article.of("c.txt", "Ein ganz anderer Bericht über das Wetter am Meer,"
            + " wo es gestern stark regnete und die Fähren im Hafen blieben.").withId("c")));
    Story story = section.fill(Story.of("s", "t", List.of("a", "b", "c"), List.of()), docs);
    assertThat(story.copies()).containsExactly(new ArticleCopy("b", "a", "exact"));
    assertThat(story.sharedPassages()).isNotEmpty()
        .allSatisfy(p -> assertThat(p.kind()).isEqualTo("exact"));
  }

  private static final String EXPECTED_PAIR = "000+003";

  private static Set<String> words(String s) {
    Set<String> out = new TreeSet<>();
    for (String w : s.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.length() > 2) {
        out.add(w);
      }
    }
    return out;
  }
}
