package org.lagebild.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.lagebild.model.AnnotatedDocument;
import org.lagebild.model.Article;
import org.lagebild.model.PublicationDate;
import org.lagebild.time.PublicationDateInferrer;

class BaselineStoryGrouperTest {

  private final BaselineStoryGrouper grouper = new BaselineStoryGrouper();

  @Test
  void inventedArticlesFormTheirThreeStories() {
    List<StoryGroup> groups = grouper.group(InventedStories.documents());

    assertThat(groups).hasSize(3);
    for (StoryGroup g : groups) {
      assertThat(g.articleIds()).hasSize(3);
      assertThat(g.articleIds().stream().map(InventedStories::storyOf).distinct()).hasSize(1);
    }
    // Equal sizes: ordered by first id.
    assertThat(groups).extracting(StoryGroup::id).containsExactly("s1", "s2", "s3");
    assertThat(groups.get(0).articleIds()).containsExactly("bilanz-1", "bilanz-2", "bilanz-3");
  }

  /**
   * On the invented sample every article's closest same-story article lies above the threshold (so
   * single link joins the story) and every cross-story pair below it; printed so that a change of
   * weighting shows its margin.
   */
  @Test
  void thresholdSeparatesSameStoryFromOtherStoryPairs() {
    Map<String, Double> scores = grouper.allPairScores(InventedStories.documents());
    Map<String, Double> bestSame = new TreeMap<>();
    double weakestSame = 1;
    double strongestOther = 0;
    for (Map.Entry<String, Double> e : scores.entrySet()) {
      String[] ids = e.getKey().split("\\|");
      if (InventedStories.storyOf(ids[0]).equals(InventedStories.storyOf(ids[1]))) {
        weakestSame = Math.min(weakestSame, e.getValue());
        bestSame.merge(ids[0], e.getValue(), Math::max);
        bestSame.merge(ids[1], e.getValue(), Math::max);
      } else {
        strongestOther = Math.max(strongestOther, e.getValue());
      }
    }
    double weakestBest = bestSame.values().stream().mapToDouble(d -> d).min().orElseThrow();
    System.out.printf(Locale.ROOT,
        "invented sample: weakest same-story pair %.3f, weakest best same-story partner %.3f,"
            + " strongest cross-story pair %.3f, threshold %.2f%n",
        weakestSame, weakestBest, strongestOther, grouper.settings().threshold());
    assertThat(strongestOther).isLessThan(grouper.settings().threshold());
    assertThat(weakestBest).isGreaterThan(grouper.settings().threshold());
  }

  @Test
  void theFiveSeedsFormOneStoryApartFromUnrelatedArticles() {
    Path dir = SeedFixtures.seedsDir().orElse(null);
    Assumptions.assumeTrue(dir != null, "seeds folder (shared/seeds) not found; skipping");
    TermVectorStage terms = new TermVectorStage();
    List<AnnotatedDocument> docs = new ArrayList<>();
    for (AnnotatedDocument d : SeedFixtures.annotated(dir)) {
      docs.add(terms.process(d));
    }
    List<String> seedIds = docs.stream().map(AnnotatedDocument::id).sorted().toList();
    Map<String, Double> scores = grouper.allPairScores(docs);
    System.out.println("seed pair cosines: " + scores);
    docs.addAll(InventedStories.documents());

    List<StoryGroup> groups = grouper.group(docs);

    assertThat(groups.get(0).articleIds()).containsExactlyElementsOf(seedIds);
    assertThat(groups).hasSize(4);
  }

  @Test
  void sameGroupsWhateverTheInputOrder() {
    List<AnnotatedDocument> docs = new ArrayList<>(InventedStories.documents());
    List<StoryGroup> expected = grouper.group(docs);
    Random random = new Random(7);
    for (int i = 0; i < 5; i++) {
      Collections.shuffle(docs, random);
      assertThat(grouper.group(docs)).isEqualTo(expected);
    }
  }

  @Test
  void articlesMoreThanAWeekApartAreNotLinked() {
    List<AnnotatedDocument> docs = new ArrayList<>();
    for (AnnotatedDocument d : InventedStories.documents()) {
      String date = d.id().equals("flut-3") ? "2024-06-20" : "2024-06-0" + (d.id().hashCode() & 7 | 1);
      docs.add(d.with(PublicationDateInferrer.PUBLISHED, new PublicationDate(date, "metadata")));
    }

    List<StoryGroup> groups = grouper.group(docs);

    assertThat(groups).hasSize(4);
    assertThat(groups).extracting(StoryGroup::articleIds).contains(List.of("flut-3"))
        .contains(List.of("flut-1", "flut-2"));
  }

  @Test
  void anUnknownDateDoesNotBlockALink() {
    List<AnnotatedDocument> docs = new ArrayList<>();
    for (AnnotatedDocument d : InventedStories.documents()) {
      if (d.id().startsWith("flut")) {
        docs.add(d.id().equals("flut-1")
            ? d.with(PublicationDateInferrer.PUBLISHED, new PublicationDate("2024-06-02", "metadata"))
            : d.with(PublicationDateInferrer.PUBLISHED, PublicationDate.UNKNOWN));
      }
    }
    assertThat(grouper.group(docs)).hasSize(1);
  }

  @Test
  void singletonsAndArticlesWithoutTermsAreKept() {
    List<AnnotatedDocument> docs = new ArrayList<>(InventedStories.documents());
    docs.add(AnnotatedDocument.of(Article.of("leer", "")));
    docs.add(AnnotatedDocument.of(Article.of("ohne-terms", "Ein Text ohne Analyse.")));

    List<StoryGroup> groups = grouper.group(docs);

    assertThat(groups).hasSize(5);
    assertThat(groups.subList(3, 5)).extracting(StoryGroup::articleIds)
        .containsExactly(List.of("leer"), List.of("ohne-terms"));
    assertThat(groups).extracting(StoryGroup::id).containsExactly("s1", "s2", "s3", "s4", "s5");
    assertThat(grouper.group(List.of())).isEmpty();
  }

  @Test
  void invalidSettingsAreRefused() {
    assertThatThrownBy(() -> new BaselineStoryGrouper.Settings(0, 10, 100, 7, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new BaselineStoryGrouper.Settings(0.3, 0, 100, 7, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * 20,000 synthetic articles in 2,000 planted stories over a Zipf vocabulary: every planted story
   * must come out whole and unmixed. Prints the time taken (a measurement, not an assertion).
   */
  @Test
  void twentyThousandArticlesAreGroupedWithoutComparingAllPairs() {
    Random random = new Random(11);
    int stories = 2000;
    int perStory = 10;
    List<AnnotatedDocument> docs = new ArrayList<>();
    for (int s = 0; s < stories; s++) {
      // Each story: 6 own topic words and 3 own entities; each article adds common background words.
      List<String> topic = new ArrayList<>();
      for (int k = 0; k < 6; k++) {
        topic.add("thema" + s + "x" + k);
      }
      for (int k = 0; k < 3; k++) {
        topic.add(TermVectorStage.ENTITY_PREFIX + "name" + s + "x" + k);
      }
      for (int a = 0; a < perStory; a++) {
        Map<String, Integer> terms = new TreeMap<>();
        for (String t : topic) {
          if (random.nextDouble() < 0.8) {
            terms.merge(t, 1 + random.nextInt(3), Integer::sum);
          }
        }
        for (int k = 0; k < 120; k++) {
          // Zipf-like background: low ranks are very common across all articles.
          int rank = (int) Math.floor(Math.pow(5000, random.nextDouble()));
          terms.merge("wort" + rank, 1, Integer::sum);
        }
        String id = String.format("a%02d-%05d", a, s);
        docs.add(AnnotatedDocument.of(Article.of(id, "x")).with(TermVectorStage.TERMS, terms));
      }
    }
    long t0 = System.nanoTime();
    List<StoryGroup> groups = grouper.group(docs);
    long ms = (System.nanoTime() - t0) / 1_000_000;
    System.out.printf(Locale.ROOT, "grouped %,d synthetic articles into %,d stories in %,d ms%n",
        docs.size(), groups.size(), ms);

    Map<String, String> storyOfArticle = new HashMap<>();
    for (StoryGroup g : groups) {
      for (String id : g.articleIds()) {
        storyOfArticle.put(id, g.id());
      }
    }
    assertThat(storyOfArticle).hasSize(docs.size());
    // No group mixes planted stories; an article thin on topic words may stay alone.
    for (StoryGroup g : groups) {
      assertThat(g.articleIds().stream().map(id -> id.substring(4)).distinct()).hasSize(1);
    }
    assertThat(groups.size()).isBetween(stories, stories + stories / 100);
  }
}
