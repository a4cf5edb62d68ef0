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
 * @param kind {@code event} (reported as happened), {@code planned} (announced, still to come when
 *     reported) or {@code background} (years before the story)
 */
public record TimelineEntry(
    String date,
    String description,
    List<String> participants,
    String place,
    List<Citation> sources,
    String kind) {

  public static final List<String> KINDS = List.of("event", "planned", "background");

  public TimelineEntry {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(description, "description");
    participants = Lists.copy(participants);
    sources = Lists.copy(sources);
    kind = kind == null ? "event" : kind;
    Lists.oneOf(kind, "timeline kind", KINDS.toArray(String[]::new));
  }

  /** A reported event ({@code kind} {@code event}). */
  public TimelineEntry(
      String date, String description, List<String> participants, String place, List<Citation> sources) {
    this(date, description, participants, place, sources, "event");
  }
}
