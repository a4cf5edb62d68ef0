package org.lagebild.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lagebild.dossier.DossierBuilder;
import org.lagebild.model.AnnotatedDocument;
import org.lagebild.model.Article;
import org.lagebild.model.PublicationDate;
import org.lagebild.model.dossier.Citation;
import org.lagebild.model.dossier.Story;
import org.lagebild.model.dossier.StoryEntity;
import org.lagebild.model.dossier.TimelineEntry;
import org.lagebild.model.dossier.Timex;
import org.lagebild.stories.StoryGroup;

class TimelineSectionTest {

  private final TimexStage stage = new TimexStage();

  private AnnotatedDocument doc(String id, String text, String published) {
    PublicationDate date = published == null ? PublicationDate.UNKNOWN : new PublicationDate(published, "metadata");
    return stage.process(TimexStageTest.annotate(Article.of(id, text), date));
  }

  private static Story fill(List<AnnotatedDocument> docs) {
    Map<String, AnnotatedDocument> byId = new java.util.LinkedHashMap<>();
    docs.forEach(d -> byId.put(d.id(), d));
    StoryGroup group = new StoryGroup("s1", docs.stream().map(AnnotatedDocument::id).toList());
    List<StoryEntity> entities = DossierBuilder.aggregateEntities(group, byId);
    Story story = Story.of("s1", "t", group.articleIds(), entities);
    return new TimelineSection().fill(story, docs);
  }

  @Test
  void sameEventFromTwoArticlesIsOneEntryWithBothSources() {
    AnnotatedDocument a = doc("a", "Blinken wird am Mittwoch Kiew besuchen. Blinken will Lawrow am Freitag in Genf treffen.",
        "2022-01-18");
    AnnotatedDocument b = doc("b", "Blinken besuchte am Mittwoch Kiew. Schon 2014 besuchte Blinken Kiew.", "2022-01-20");

    Story story = fill(List.of(a, b));

    List<TimelineEntry> timeline = story.timeline();
    assertThat(timeline).extracting(TimelineEntry::date).containsExactly("2014", "2022-01-19", "2022-01-21");
    assertThat(timeline.get(0).kind()).isEqualTo("background");
    TimelineEntry visit = timeline.get(1);
    assertThat(visit.kind()).isEqualTo("event"); // announced by one, reported as done by the other
    assertThat(visit.place()).isEqualTo("Kiew");
    assertThat(visit.sources()).extracting(Citation::articleId).containsExactly("a", "b");
    String nameOfFirst = story.entities().stream().filter(e -> e.id().equals(visit.participants().get(0)))
        .findFirst().orElseThrow().name();
    assertThat(nameOfFirst).isEqualTo("Blinken");
    assertThat(timeline.get(2).kind()).isEqualTo("planned");
    assertThat(timeline.get(2).place()).isEqualTo("Genf");
    for (TimelineEntry e : timeline) {
      for (Citation c : e.sources()) {
        String text = (c.articleId().equals("a") ? a : b).text();
        assertThat(text.substring(c.start(), c.end())).contains(e.date().equals("2014") ? "2014" : "am");
      }
    }
  }

  @Test
  void aRoleMentionInTheDatedClauseNamesItsPerson() {
    AnnotatedDocument a = doc("a", "Der Minister traf am Mittwoch in Kiew ein, und Lawrow schwieg.", "2022-01-19");
    Map<String, AnnotatedDocument> byId = Map.of("a", a);
    StoryGroup group = new StoryGroup("s1", List.of("a"));
    List<StoryEntity> entities = new java.util.ArrayList<>(DossierBuilder.aggregateEntities(group, byId));
    int minister = a.text().indexOf("Minister");
    entities.add(new StoryEntity("e-blisse", "Hanno Blisse", "PER", List.of("Hanno Blisse"), List.of("Minister"),
        List.of(), List.of(), List.of(),
        List.of(new StoryEntity.Mention("a", minister, minister + "Minister".length(), "Minister"))));
    Story story = new TimelineSection().fill(Story.of("s1", "t", group.articleIds(), entities), List.of(a));
    TimelineEntry entry = story.timeline().getFirst();
    assertThat(entry.participants()).contains("e-blisse");
    // Lawrow acts in the coordinated clause after ", und", not on Wednesday's arrival.
    String lawrow = entities.stream().filter(e -> e.name().equals("Lawrow")).findFirst().orElseThrow().id();
    assertThat(entry.participants()).doesNotContain(lawrow);
  }

  @Test
  void sameDaySamePlaceIsOneEventEvenWithoutSharedNames() {
    AnnotatedDocument a = doc("a", "Der Minister traf am Mittwoch in Kiew ein.", "2022-01-19");
    AnnotatedDocument b = doc("b", "Olaf Scholz sagte am Mittwoch in Kiew wenig.", "2022-01-20");
    assertThat(fill(List.of(a, b)).timeline()).singleElement()
        .satisfies(e -> assertThat(e.sources()).hasSize(2));
  }

  @Test
  void valuesFollowThePublicationDateTheStoryFinallyHas() {
    AnnotatedDocument undated = doc("u", "Blinken besuchte am Mittwoch Kiew.", null);
    Story before = fill(List.of(undated));
    assertThat(before.timexes()).extracting(Timex::value).containsOnlyNulls();
    assertThat(before.timeline()).isEmpty();

    // The story dates the article later (StoryDateInferrer): the same expressions get values.
    AnnotatedDocument dated = undated.with(PublicationDateInferrer.PUBLISHED, new PublicationDate("2022-01-20", "relative"));
    Story after = fill(List.of(dated));
    assertThat(after.timexes()).extracting(Timex::value, Timex::anchor).containsExactly(
        org.assertj.core.groups.Tuple.tuple("2022-01-19", "2022-01-20"));
    assertThat(after.timeline()).extracting(TimelineEntry::date).containsExactly("2022-01-19");
  }

  @Test
  void rangeCoversWeeksMonthsAndSeasons() {
    assertThat(TimelineSection.range("2022-W03")).containsExactly(LocalDate.of(2022, 1, 17), LocalDate.of(2022, 1, 23));
    assertThat(TimelineSection.range("2022-W03-WE")).containsExactly(LocalDate.of(2022, 1, 22), LocalDate.of(2022, 1, 23));
    assertThat(TimelineSection.range("2022-02")).containsExactly(LocalDate.of(2022, 2, 1), LocalDate.of(2022, 2, 28));
    assertThat(TimelineSection.range("2021-SU")).containsExactly(LocalDate.of(2021, 6, 1), LocalDate.of(2021, 8, 31));
    assertThat(TimelineSection.range("PXW")).isNull();
  }

  @Test
  void longSentencesAreCutAtAWord() {
    String described = TimelineSection.describe("Wort ".repeat(100));
    assertThat(described).endsWith(" …").hasSizeLessThan(200);
  }
}
