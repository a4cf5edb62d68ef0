package org.lagebild.model.dossier;

import java.util.List;
import java.util.Objects;

/**
 * One dated event of a story.
 *
 * @param date TIMEX3 date value
 * @param participants ids of entities of the same story
 * @param place place name, or {@code null}
 * @param sources the spans that report the event
 */
public record TimelineEntry(
    String date,
    String description,
    List<String> participants,
    String place,
    List<Citation> sources) {

  public TimelineEntry {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(description, "description");
    participants = Lists.copy(participants);
    sources = Lists.copy(sources);
  }
}
