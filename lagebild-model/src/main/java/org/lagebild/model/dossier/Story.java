package org.lagebild.model.dossier;

import java.util.List;
import java.util.Objects;

/**
 * Articles about the same events and what the analysis found in them. Sections that no stage has
 * filled yet are empty lists.
 */
public record Story(
    String id,
    String title,
    List<String> articleIds,
    List<SummarySentence> summary,
    List<StoryEntity> entities,
    List<Quote> quotes,
    List<Timex> timexes,
    List<TimelineEntry> timeline,
    List<SharedPassage> sharedPassages,
    List<Discrepancy> discrepancies,
    List<ArticleCopy> copies,
    List<PlaceLink> places) {

  public Story {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    articleIds = Lists.copy(articleIds);
    summary = Lists.copy(summary);
    entities = Lists.copy(entities);
    quotes = Lists.copy(quotes);
    timexes = Lists.copy(timexes);
    timeline = Lists.copy(timeline);
    sharedPassages = Lists.copy(sharedPassages);
    discrepancies = Lists.copy(discrepancies);
    copies = Lists.copy(copies);
    places = Lists.copy(places);
  }

  /** A story without located places (the optional {@code places} section left empty). */
  public Story(String id, String title, List<String> articleIds, List<SummarySentence> summary,
      List<StoryEntity> entities, List<Quote> quotes, List<Timex> timexes,
      List<TimelineEntry> timeline, List<SharedPassage> sharedPassages,
      List<Discrepancy> discrepancies, List<ArticleCopy> copies) {
    this(id, title, articleIds, summary, entities, quotes, timexes, timeline, sharedPassages,
        discrepancies, copies, List.of());
  }

  /** A story without copies marked (the optional {@code copies} section left empty). */
  public Story(String id, String title, List<String> articleIds, List<SummarySentence> summary,
      List<StoryEntity> entities, List<Quote> quotes, List<Timex> timexes,
      List<TimelineEntry> timeline, List<SharedPassage> sharedPassages,
      List<Discrepancy> discrepancies) {
    this(id, title, articleIds, summary, entities, quotes, timexes, timeline, sharedPassages,
        discrepancies, List.of());
  }

  /** A story with articles and entities only, before the later stages add their sections. */
  public static Story of(String id, String title, List<String> articleIds, List<StoryEntity> entities) {
    return new Story(id, title, articleIds, List.of(), entities, List.of(), List.of(), List.of(),
        List.of(), List.of());
  }

  public Story withTitle(String newTitle) {
    return new Story(id, newTitle, articleIds, summary, entities, quotes, timexes, timeline,
        sharedPassages, discrepancies, copies, places);
  }

  public Story withSummary(List<SummarySentence> newSummary) {
    return new Story(id, title, articleIds, newSummary, entities, quotes, timexes, timeline,
        sharedPassages, discrepancies, copies, places);
  }

  public Story withEntities(List<StoryEntity> newEntities) {
    return new Story(id, title, articleIds, summary, newEntities, quotes, timexes, timeline,
        sharedPassages, discrepancies, copies, places);
  }

  public Story withQuotes(List<Quote> newQuotes) {
    return new Story(id, title, articleIds, summary, entities, newQuotes, timexes, timeline,
        sharedPassages, discrepancies, copies, places);
  }

  public Story withTimexes(List<Timex> newTimexes) {
    return new Story(id, title, articleIds, summary, entities, quotes, newTimexes, timeline,
        sharedPassages, discrepancies, copies, places);
  }

  public Story withTimeline(List<TimelineEntry> newTimeline) {
    return new Story(id, title, articleIds, summary, entities, quotes, timexes, newTimeline,
        sharedPassages, discrepancies, copies, places);
  }

  public Story withSharedPassages(List<SharedPassage> newPassages) {
    return new Story(id, title, articleIds, summary, entities, quotes, timexes, timeline,
        newPassages, discrepancies, copies, places);
  }

  public Story withDiscrepancies(List<Discrepancy> newDiscrepancies) {
    return new Story(id, title, articleIds, summary, entities, quotes, timexes, timeline,
        sharedPassages, newDiscrepancies, copies, places);
  }

  /** The story with its place entities located. */
  public Story withPlaces(List<PlaceLink> newPlaces) {
    return new Story(id, title, articleIds, summary, entities, quotes, timexes, timeline,
        sharedPassages, discrepancies, copies, newPlaces);
  }

  /** The story with its duplicate articles marked. */
  public Story withCopies(List<ArticleCopy> newCopies) {
    return new Story(id, title, articleIds, summary, entities, quotes, timexes, timeline,
        sharedPassages, discrepancies, newCopies, places);
  }
}
