package org.lagebild.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class StoryClustererTest {

  private static final long DAY = 18500;

  private static ArticleFeatures article(String id, long day, String lemmas, String entities,
      String title) {
    return new ArticleFeatures(id, day, counts(lemmas), counts(entities), counts(title));
  }

  private static Map<String, Integer> counts(String words) {
    Map<String, Integer> m = new TreeMap<>();
    for (String w : words.split(" ")) {
      if (!w.isBlank()) {
        m.merge(w, 1, Integer::sum);
      }
    }
    return m;
  }

  private static List<ArticleFeatures> sample() {
    List<ArticleFeatures> list = new ArrayList<>();
    list.add(article("a1", DAY, "wahl parlament serbien boykott opposition partei stimme",
        "serbien vučić sns", "parlamentswahl serbien boykott"));
    list.add(article("a2", DAY, "wahl parlament serbien partei sieg mehrheit opposition",
        "serbien vučić sns", "partei vučić gewinnt wahl serbien"));
    list.add(article("a3", DAY + 1, "wahl serbien regierungspartei sieg boykott mehrheit",
        "serbien vučić", "regierungspartei vučić gewinnt"));
    list.add(article("b1", DAY, "impfstoff lieferung vertrag krisentreffen bestellung",
        "astrazeneca eu brüssel", "astrazeneca weist verantwortung zurück"));
    list.add(article("b2", DAY, "impfstoff lieferung krisentreffen absage treffen",
        "astrazeneca eu", "astrazeneca dementiert absage krisentreffen"));
    list.add(article("c1", DAY + 1, "haus räumung polizei einsatz besetzer",
        "liebig berlin friedrichshain", "besetztes haus geräumt"));
    list.add(article("d1", DAY + 1, "skispringen tournee sprung schanze sieg",
        "geiger stoch innsbruck", "geiger enttäuscht innsbruck"));
    return list;
  }

  @Test
  void groupsSameEventAndKeepsOthersApart() {
    List<StoryGroup> groups = new StoryClusterer().cluster(sample());
    assertThat(groups).extracting(StoryGroup::articleIds)
        .contains(List.of("a1", "a2", "a3"), List.of("b1", "b2"), List.of("c1"), List.of("d1"));
  }

  @Test
  void resultDoesNotDependOnInputOrder() {
    List<StoryGroup> expected = new StoryClusterer().cluster(sample());
    for (int seed = 0; seed < 5; seed++) {
      List<ArticleFeatures> shuffled = new ArrayList<>(sample());
      Collections.shuffle(shuffled, new Random(seed));
      assertThat(new StoryClusterer().cluster(shuffled)).isEqualTo(expected);
    }
  }

  @Test
  void followUpDaysLaterWithAnotherHeadlineIsANewStoryUnlessTheHeadlineRecurs() {
    ArticleFeatures ruling = article("e1", DAY, "gericht urteil streik lokführer antrag tarif bahn",
        "gdl arbeitsgericht frankfurt", "arbeitsgericht erlaubt lokführerstreik");
    ArticleFeatures strike = article("e2", DAY + 3, "streik lokführer bahn tarif pendler ausfall",
        "gdl frankfurt", "pendler stranden bahnhöfen");
    ArticleFeatures lateCopy = article("e3", DAY + 3, "streik lokführer bahn tarif pendler ausfall",
        "gdl frankfurt", "arbeitsgericht erlaubt lokführerstreik");
    List<ArticleFeatures> followUp = new ArrayList<>(sample());
    followUp.addAll(List.of(ruling, strike));
    List<ArticleFeatures> copy = new ArrayList<>(sample());
    copy.addAll(List.of(ruling, lateCopy));

    assertThat(new StoryClusterer().cluster(followUp)).extracting(StoryGroup::articleIds)
        .contains(List.of("e1"), List.of("e2"));
    assertThat(new StoryClusterer().cluster(copy)).extracting(StoryGroup::articleIds)
        .contains(List.of("e1", "e3"));
    // Without the title-aware penalty the follow-up would join: the check is what separates them.
    StoryClusterer.Settings flat = StoryClusterer.Settings.DEFAULTS.withTitleDayPenalty(0);
    assertThat(new StoryClusterer(flat).cluster(followUp)).extracting(StoryGroup::articleIds)
        .contains(List.of("e1", "e2"));
  }

  @Test
  void sameContentWeeksApartIsTwoStories() {
    List<ArticleFeatures> list = List.of(
        article("x1", DAY, "minister rede bundestag haushalt", "scholz", "scholz rede haushalt"),
        article("x2", DAY + 20, "minister rede bundestag haushalt", "scholz", "scholz rede haushalt"));
    assertThat(new StoryClusterer().cluster(list)).hasSize(2);
  }

  @Test
  void undatedArticlesClusterByContent() {
    List<ArticleFeatures> list = List.of(
        article("u1", ArticleFeatures.UNDATED, "außenminister reise kiew berlin genf gespräch",
            "blinken kiew lawrow", ""),
        article("u2", ArticleFeatures.UNDATED, "außenminister reise kiew gespräch krise",
            "blinken lawrow genf", ""),
        article("u3", ArticleFeatures.UNDATED, "fußball tor spiel trainer", "bayern flick", ""));
    assertThat(new StoryClusterer().cluster(list)).extracting(StoryGroup::articleIds)
        .contains(List.of("u1", "u2"), List.of("u3"));
  }

  @Test
  void openStoriesStayBoundedByTheWindow() {
    StoryClusterer clusterer = new StoryClusterer();
    Random random = new Random(1);
    int maxOpen = 0;
    for (int i = 0; i < 3000; i++) {
      long day = DAY + i / 50;
      String topic = "thema" + random.nextInt(100000);
      clusterer.add(article(String.format("n%05d", i), day, topic + " wort" + random.nextInt(50),
          "name" + random.nextInt(100000), topic));
      maxOpen = Math.max(maxOpen, clusterer.openStories());
    }
    // 50 articles a day, window of 4 days (+ the current one): never more than ~250 open.
    assertThat(maxOpen).isLessThanOrEqualTo(50 * (clusterer.settings().windowDays() + 2));
  }

  @Test
  void emptyFeaturesOpenTheirOwnStory() {
    List<ArticleFeatures> list = List.of(article("e1", DAY, "", "", ""), article("e2", DAY, "", "", ""));
    assertThat(new StoryClusterer().cluster(list)).hasSize(2);
  }
}
