package org.lagebild.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lagebild.dossier.DossierBuilder;
import org.lagebild.linguistics.LinguisticStage;
import org.lagebild.model.Token;
import org.lagebild.model.AnnotatedDocument;
import org.lagebild.model.PublicationDate;
import org.lagebild.model.dossier.Citation;
import org.lagebild.model.dossier.Story;
import org.lagebild.model.dossier.TimelineEntry;
import org.lagebild.stories.SeedFixtures;
import org.lagebild.stories.StoryGroup;

/**
 * The customer's five articles about one trip: relative weekdays resolve against the publication
 * dates the story infers, and the timeline shows the trip day by day, every entry cited.
 */
class SeedTimelineTest {

  private static List<AnnotatedDocument> storyDated() {
    Path dir = SeedFixtures.seedsDir().orElse(null);
    assumeTrue(dir != null, "seeds folder (shared/seeds) not found; skipping");
    TimexStage stage = new TimexStage();
    List<AnnotatedDocument> docs = new ArrayList<>();
    for (AnnotatedDocument d : SeedFixtures.annotated(dir)) {
      // The article's own dates, as the per-article pipeline reads them.
      AnnotatedDocument withEvidence = d.with(PublicationDateInferrer.DATE_EVIDENCE, GermanDateFinder.find(d.text()));
      // The hand annotator knows no verbs: its lower-case content words stand in for them here.
      List<Token> tokens = d.get(LinguisticStage.TOKENS).stream()
          .map(t -> t.pos().equals("X") ? new Token(t.start(), t.end(), t.text(), "VERB", t.lemma(), t.sentence()) : t)
          .toList();
      withEvidence = withEvidence.with(LinguisticStage.TOKENS, tokens);
      docs.add(stage.process(withEvidence));
    }
    return new StoryDateInferrer(LocalDate.of(2022, 6, 1)).infer(docs);
  }

  /** The value of the first expression {@code expression} in the sentence containing {@code context}. */
  private static String value(List<AnnotatedDocument> docs, String context, String expression) {
    for (AnnotatedDocument d : docs) {
      int at = d.text().indexOf(context);
      if (at < 0) {
        continue;
      }
      LocalDate published = LocalDate.parse(d.get(PublicationDateInferrer.PUBLISHED).value().substring(0, 10));
      for (TimexNormalizer.Normalized n : TimexNormalizer.normalize(d.get(TimexStage.TIMEXES), TimexDocumentType.NEWS, published)) {
        if (n.candidate().text().equals(expression) && n.candidate().start() >= at
            && n.candidate().start() <= at + context.length()) {
          return n.value();
        }
      }
    }
    throw new AssertionError("no '" + expression + "' in '" + context + "'");
  }

  @Test
  void relativeWeekdaysResolveAgainstTheInferredPublicationDates() {
    List<AnnotatedDocument> docs = storyDated();
    assertThat(docs).allSatisfy(d -> assertThat(d.get(PublicationDateInferrer.PUBLISHED).known()).isTrue());

    assertThat(value(docs, "wird US-Außenminister Antony Blinken am Mittwoch Kiew besuchen", "Mittwoch"))
        .isEqualTo("2022-01-19");
    assertThat(value(docs, "Nachdem die Gespräche mit Russland letzte Woche", "letzte Woche")).isEqualTo("2022-W02");
    assertThat(value(docs, "am Dienstagabend", "Dienstagabend")).isEqualTo("2022-01-18TEV");
    assertThat(value(docs, "am Donnerstag geplanten Gesprächen", "Donnerstag")).isEqualTo("2022-01-20");
    assertThat(value(docs, "An diesem Freitag will Blinken", "diesem Freitag")).isEqualTo("2022-01-21");
  }

  @Test
  void theTimelineShowsTheTripDayByDayEveryEntryCited() {
    List<AnnotatedDocument> docs = storyDated();
    Map<String, AnnotatedDocument> byId = new LinkedHashMap<>();
    docs.forEach(d -> byId.put(d.id(), d));
    StoryGroup group = new StoryGroup("s1", List.copyOf(byId.keySet()));
    Story story = new TimelineSection().fill(
        Story.of("s1", "Blinken", group.articleIds(), DossierBuilder.aggregateEntities(group, byId)), docs);

    Map<String, List<String>> placesByDay = new LinkedHashMap<>();
    for (TimelineEntry e : story.timeline()) {
      assertThat(e.sources()).as(e.date()).isNotEmpty();
      for (Citation c : e.sources()) {
        String sentence = byId.get(c.articleId()).text().substring(c.start(), c.end());
        assertThat(sentence).as("source of %s", e.date()).isNotBlank();
      }
      if (e.place() != null) {
        placesByDay.computeIfAbsent(e.date(), k -> new ArrayList<>()).add(e.place());
      }
    }
    assertThat(placesByDay.get("2022-01-19")).contains("Kiew");
    assertThat(placesByDay.get("2022-01-20")).contains("Berlin");
    assertThat(placesByDay.get("2022-01-21")).contains("Genf");
    TimelineEntry geneva = story.timeline().stream().filter(e -> "Genf".equals(e.place())).findFirst().orElseThrow();
    assertThat(geneva.kind()).isEqualTo("planned");
    assertThat(geneva.sources().size()).isGreaterThan(1);
    // Days in order, the trip's days after the background.
    List<String> days = story.timeline().stream().map(TimelineEntry::date).filter(d -> d.matches("\\d{4}-\\d{2}-\\d{2}")).toList();
    assertThat(days).isSorted();
  }
}
