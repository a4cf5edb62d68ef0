package org.lagebild.time;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.lagebild.dossier.StorySection;
import org.lagebild.model.AnnotatedDocument;
import org.lagebild.model.EntityMention;
import org.lagebild.model.PublicationDate;
import org.lagebild.model.dossier.Citation;
import org.lagebild.model.dossier.Story;
import org.lagebild.model.dossier.StoryEntity;
import org.lagebild.model.dossier.TimelineEntry;
import org.lagebild.model.dossier.Timex;
import org.lagebild.time.DateEvidence.Tense;
import org.lagebild.time.TimexNormalizer.Normalized;
import org.lagebild.time.TimexStage.EventCandidate;

/**
 * The story's temporal expressions and timeline. Values are normalised here, not per article,
 * because the story may have dated an article only now ({@link StoryDateInferrer}); the anchor used
 * is recorded with each value.
 *
 * <p>Each sentence with a dated expression ({@link TimexStage#EVENTS}) is an event candidate; those
 * on the same date that share a participant, a main verb or a place are one event reported by several
 * articles, listed once with every source sentence. An event after its article's publication date,
 * or told in the future tense, is {@code planned}; one more than {@value #BACKGROUND_YEARS} year
 * before the story's median publication date is {@code background}, listed first.
 */
public final class TimelineSection implements StorySection {

  static final int BACKGROUND_YEARS = 1;
  private static final int DESCRIPTION_CHARS = 180;
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");
  private static final Pattern DATED = Pattern.compile("\\d{4}(-.*)?");

  @Override
  public String name() {
    return "timeline";
  }

  /** One event candidate with its date and story entity ids. */
  private record Reported(
      String date, String articleId, int start, int end, String sentence, String verb,
      List<String> participants, String place, boolean planned, int order) {}

  @Override
  public Story fill(Story story, List<AnnotatedDocument> documents) {
    Map<String, String> entityBySpan = new HashMap<>();
    for (StoryEntity e : story.entities()) {
      for (StoryEntity.Mention m : e.mentions()) {
        entityBySpan.put(m.articleId() + ":" + m.start() + ":" + m.end(), e.id());
      }
    }
    List<Timex> timexes = new ArrayList<>();
    List<Reported> reported = new ArrayList<>();
    List<LocalDate> published = new ArrayList<>();
    for (AnnotatedDocument doc : documents) {
      LocalDate day = day(doc.getOrDefault(PublicationDateInferrer.PUBLISHED, PublicationDate.UNKNOWN));
      if (day != null) {
        published.add(day);
      }
      String text = doc.text();
      List<Normalized> values =
          TimexNormalizer.normalize(doc.getOrDefault(TimexStage.TIMEXES, List.of()), TimexDocumentType.NEWS, day);
      Map<Integer, Normalized> byStart = new HashMap<>();
      for (Normalized n : values) {
        TimexCandidate c = n.candidate();
        if (c.end() > text.length()) {
          continue; // the layer belongs to another text: never cite outside this one
        }
        byStart.put(c.start(), n);
        timexes.add(new Timex(doc.id(), c.start(), c.end(), text.substring(c.start(), c.end()), c.type(), n.value(),
            n.anchor()));
      }
      for (EventCandidate e : doc.getOrDefault(TimexStage.EVENTS, List.<EventCandidate>of())) {
        Normalized n = byStart.get(e.timexStart());
        if (n == null || n.value() == null || !DATED.matcher(n.value()).matches() || e.end() > text.length()
            || e.verb().isEmpty()) {
          continue;
        }
        String date = DAY.matcher(n.value()).matches() ? n.value().substring(0, 10) : n.value();
        List<String> ids = new ArrayList<>();
        for (EntityMention m : e.participants()) {
          String id = entityBySpan.get(doc.id() + ":" + m.start() + ":" + m.end());
          if (id != null && !ids.contains(id)) {
            ids.add(id);
          }
        }
        // A role phrase the story resolved to a person ("der Kremlchef") names that person too.
        for (StoryEntity se : story.entities()) {
          for (StoryEntity.Mention m : se.roleMentions()) {
            if (m.articleId().equals(doc.id()) && e.inClause(m.start(), m.end()) && !ids.contains(se.id())) {
              ids.add(se.id());
            }
          }
        }
        String place = e.place() == null || e.place().end() > text.length() ? null
            : text.substring(e.place().start(), e.place().end()).strip();
        LocalDate[] range = range(date);
        boolean planned = range != null && day != null
            && (range[0].isAfter(day) || (n.candidate().tense() == Tense.FUTURE && !range[1].isBefore(day)));
        reported.add(new Reported(date, doc.id(), e.start(), e.end(), text.substring(e.start(), e.end()), e.verb(),
            ids, place, planned, reported.size()));
      }
    }
    LocalDate anchor = published.isEmpty() ? null : published.stream().sorted().toList().get((published.size() - 1) / 2);
    return story.withTimexes(timexes).withTimeline(timeline(reported, anchor));
  }

  private static List<TimelineEntry> timeline(List<Reported> reported, LocalDate anchor) {
    Map<String, List<Reported>> byDate = new LinkedHashMap<>();
    for (Reported r : reported) {
      byDate.computeIfAbsent(r.date(), d -> new ArrayList<>()).add(r);
    }
    List<TimelineEntry> entries = new ArrayList<>();
    List<Integer> order = new ArrayList<>();
    for (List<Reported> sameDay : byDate.values()) {
      for (List<Reported> group : sameEvents(sameDay)) {
        entries.add(entry(group, anchor));
        order.add(group.get(0).order());
      }
    }
    List<Integer> index = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      index.add(i);
    }
    // Weeks and months sort by their first day: "2022-W03" before "2022-01-20".
    index.sort(Comparator.<Integer, Boolean>comparing(i -> !entries.get(i).kind().equals("background"))
        .thenComparing(i -> firstDay(entries.get(i).date()))
        .thenComparing(i -> entries.get(i).date())
        .thenComparing(order::get));
    return index.stream().map(entries::get).toList();
  }

  /** Same-day candidates joined when they share a participant, main verb or place (single link). */
  private static List<List<Reported>> sameEvents(List<Reported> sameDay) {
    int n = sameDay.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        Reported a = sameDay.get(i);
        Reported b = sameDay.get(j);
        boolean shared = a.participants().stream().anyMatch(b.participants()::contains);
        boolean sameVerb = !a.verb().isEmpty() && a.verb().equals(b.verb());
        boolean samePlace = a.place() != null && a.place().equals(b.place());
        if (shared || sameVerb || samePlace) {
          parent[find(parent, i)] = find(parent, j);
        }
      }
    }
    Map<Integer, List<Reported>> groups = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(sameDay.get(i));
    }
    return new ArrayList<>(groups.values());
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static TimelineEntry entry(List<Reported> group, LocalDate anchor) {
    Set<String> participants = new LinkedHashSet<>();
    Map<String, Integer> places = new LinkedHashMap<>();
    List<Citation> sources = new ArrayList<>();
    boolean allPlanned = true;
    for (Reported r : group) {
      participants.addAll(r.participants());
      if (r.place() != null && !r.place().isEmpty()) {
        places.merge(r.place(), 1, Integer::sum);
      }
      Citation c = new Citation(r.articleId(), r.start(), r.end());
      if (!sources.contains(c)) {
        sources.add(c);
      }
      allPlanned &= r.planned();
    }
    String place = places.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    String date = group.get(0).date();
    String kind = background(date, anchor) ? "background" : allPlanned ? "planned" : "event";
    Reported shortest = group.stream().min(Comparator.comparingInt(r -> r.sentence().strip().length())).orElseThrow();
    return new TimelineEntry(date, describe(shortest.sentence()), new ArrayList<>(participants), place, sources, kind);
  }

  /** Older than the story by more than a year: context, not the story's own events. */
  static boolean background(String date, LocalDate anchor) {
    if (anchor == null || date.length() < 4 || !Character.isDigit(date.charAt(0))) {
      return false;
    }
    int year = Integer.parseInt(date.substring(0, 4));
    return year < anchor.getYear() - BACKGROUND_YEARS
        || (year == anchor.getYear() - BACKGROUND_YEARS && date.length() >= 10
            && DAY.matcher(date).matches() && parse(date.substring(0, 10)) != null
            && parse(date.substring(0, 10)).isBefore(anchor.minusYears(BACKGROUND_YEARS)));
  }

  private static LocalDate firstDay(String date) {
    LocalDate[] range = range(date);
    return range == null ? LocalDate.MAX : range[0];
  }

  /** First and last day a TIMEX3 date value covers, or {@code null} for what this cannot read. */
  static LocalDate[] range(String value) {
    try {
      if (DAY.matcher(value).matches()) {
        LocalDate d = LocalDate.parse(value.substring(0, 10));
        return new LocalDate[] {d, d};
      }
      java.util.regex.Matcher m = Pattern.compile("(\\d{4})(?:-(\\d{2})|-W(\\d{2})(-WE)?|-Q(\\d)|-(SP|SU|FA|WI))?").matcher(value);
      if (!m.matches()) {
        return null;
      }
      int year = Integer.parseInt(m.group(1));
      if (m.group(2) != null) {
        LocalDate first = LocalDate.of(year, Integer.parseInt(m.group(2)), 1);
        return new LocalDate[] {first, first.plusMonths(1).minusDays(1)};
      }
      if (m.group(3) != null) {
        LocalDate monday = LocalDate.of(year, 1, 4)
            .with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(m.group(3)))
            .with(java.time.DayOfWeek.MONDAY);
        return m.group(4) != null ? new LocalDate[] {monday.plusDays(5), monday.plusDays(6)}
            : new LocalDate[] {monday, monday.plusDays(6)};
      }
      if (m.group(5) != null) {
        LocalDate first = LocalDate.of(year, 3 * Integer.parseInt(m.group(5)) - 2, 1);
        return new LocalDate[] {first, first.plusMonths(3).minusDays(1)};
      }
      if (m.group(6) != null) {
        int month = switch (m.group(6)) {
          case "SP" -> 3;
          case "SU" -> 6;
          case "FA" -> 9;
          default -> 12;
        };
        LocalDate first = LocalDate.of(year, month, 1);
        return new LocalDate[] {first, first.plusMonths(3).minusDays(1)};
      }
      return new LocalDate[] {LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)};
    } catch (java.time.DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  /** The source sentence with its white space collapsed, cut at a word boundary. */
  static String describe(String sentence) {
    String s = sentence.replaceAll("\\s+", " ").strip();
    if (s.length() <= DESCRIPTION_CHARS) {
      return s;
    }
    int cut = s.lastIndexOf(' ', DESCRIPTION_CHARS);
    return s.substring(0, cut > DESCRIPTION_CHARS / 2 ? cut : DESCRIPTION_CHARS) + " …";
  }

  private static LocalDate day(PublicationDate published) {
    if (!published.known() || published.value() == null || published.value().length() < 10) {
      return null;
    }
    return parse(published.value().substring(0, 10));
  }

  private static LocalDate parse(String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
