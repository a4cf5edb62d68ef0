package org.lagebild.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.lagebild.model.AnnotatedDocument;
import org.lagebild.model.PublicationDate;
import org.lagebild.time.DateEvidence.FullDate;
import org.lagebild.time.DateEvidence.PartialDate;
import org.lagebild.time.DateEvidence.Tense;
import org.lagebild.time.DateEvidence.WeekdayMention;
import org.lagebild.time.DateEvidence.YearMention;

/**
 * Dates the articles of one story that carry no publication date of their own, from the dates of
 * the others (basis {@code relative}). Articles about the same events were written within days of
 * each other, so a weekday or a day-month they mention names a day near the story's anchor.
 *
 * <p>The rule, per undated article:
 *
 * <ol>
 *   <li>Anchor: the median of the known publication dates of the story. Without any, a partial date
 *       written with its weekday ("am Donnerstag, 20. Januar") fixes its own year when exactly one
 *       year fits the weekday: among the article's own years if it mentions any, otherwise within
 *       {@value #YEAR_RANGE} years of the reference date; the median of those days is the anchor.
 *   <li>Each mention with a tense cue becomes an event day and a constraint. A weekday resolves to
 *       that weekday nearest the anchor (at most three days away); "20. Januar" takes the year that
 *       puts it nearest the anchor. Future ("wird am Mittwoch ... besuchen"): published in the six
 *       days before the event. Past ("besuchte am Mittwoch"): published on the event day or within
 *       six days after.
 *   <li>Each day within {@value #WINDOW_DAYS} days of the anchor is scored by the constraints it
 *       satisfies; the best wins. Ties go to the latest day when the article announces something
 *       (the latest date before the next matching weekday), else to the earliest (closest to the
 *       reported events).
 *   <li>No satisfied constraint: the article stays undated, rather than taking the anchor blindly.
 * </ol>
 *
 * A known date with only a year or year-month ("2022-01") is kept as a bound: the chosen day must
 * fall inside it. So is the newest date in the address of a page the article links to: the article
 * is not older than that page, so no earlier day is chosen; when that bound lies after the story's
 * anchor, the article's own mentions are resolved around the bound instead (it reports later
 * events of the story), and ties go to the earliest day (articles mostly link to fresh reports).
 */
public final class StoryDateInferrer {

  static final int WINDOW_DAYS = 7;
  static final int YEAR_RANGE = 10;
  private static final int EVENT_REACH = 6;

  private final LocalDate reference;

  /** Years of partial dates are judged against today. */
  public StoryDateInferrer() {
    this(LocalDate.now(ZoneOffset.UTC));
  }

  /** Years of partial dates are judged against {@code reference} (tests, archives). */
  public StoryDateInferrer(LocalDate reference) {
    this.reference = Objects.requireNonNull(reference, "reference");
  }

  /** One event day and which side of it the article was written on. */
  record Constraint(LocalDate event, Tense tense) {
    boolean satisfiedBy(LocalDate day) {
      long delta = ChronoUnit.DAYS.between(event, day);
      return tense == Tense.FUTURE ? delta < 0 && delta >= -EVENT_REACH : delta >= 0 && delta <= EVENT_REACH;
    }
  }

  /**
   * The story's documents in the same order, the undated ones with a {@code relative} date where
   * the rule finds one. Documents without {@link PublicationDateInferrer#PUBLISHED} or {@link
   * PublicationDateInferrer#DATE_EVIDENCE} are returned unchanged.
   */
  public List<AnnotatedDocument> infer(List<AnnotatedDocument> storyDocuments) {
    List<LocalDate> known = new ArrayList<>();
    for (AnnotatedDocument doc : storyDocuments) {
      PublicationDate published = doc.getOrDefault(PublicationDateInferrer.PUBLISHED, PublicationDate.UNKNOWN);
      if (!needsDate(published)) {
        day(published.value()).ifPresent(known::add);
      }
    }
    if (known.isEmpty()) {
      for (AnnotatedDocument doc : storyDocuments) {
        DateEvidence evidence = doc.getOrDefault(PublicationDateInferrer.DATE_EVIDENCE, DateEvidence.EMPTY);
        known.addAll(selfAnchoredDays(evidence));
      }
    }
    if (known.isEmpty()) {
      return List.copyOf(storyDocuments);
    }
    LocalDate anchor = median(known);
    List<AnnotatedDocument> result = new ArrayList<>(storyDocuments.size());
    for (AnnotatedDocument doc : storyDocuments) {
      PublicationDate published = doc.getOrDefault(PublicationDateInferrer.PUBLISHED, null);
      DateEvidence evidence = doc.getOrDefault(PublicationDateInferrer.DATE_EVIDENCE, null);
      if (published == null || evidence == null || !needsDate(published)) {
        result.add(doc);
        continue;
      }
      Optional<LocalDate> day = choose(anchor, evidence, published.value());
      result.add(day.isPresent()
          ? doc.with(PublicationDateInferrer.PUBLISHED, new PublicationDate(day.get().toString(), "relative"))
          : doc);
    }
    return result;
  }

  /** The publication day of one article given the story's anchor, if its mentions point to one. */
  Optional<LocalDate> choose(LocalDate storyAnchor, DateEvidence evidence, String partialPublished) {
    LocalDate notBefore = evidence.notBefore().orElse(null);
    LocalDate anchor = notBefore != null && notBefore.isAfter(storyAnchor) ? notBefore : storyAnchor;
    List<Constraint> constraints = constraints(anchor, evidence);
    if (constraints.isEmpty()) {
      return Optional.empty();
    }
    boolean announces = notBefore == null && constraints.stream().anyMatch(c -> c.tense() == Tense.FUTURE);
    LocalDate best = null;
    int bestScore = 0;
    for (int offset = -WINDOW_DAYS; offset <= WINDOW_DAYS; offset++) {
      LocalDate day = anchor.plusDays(offset);
      if (partialPublished != null && !day.toString().startsWith(partialPublished)) {
        continue;
      }
      if (notBefore != null && day.isBefore(notBefore)) {
        continue;
      }
      int score = (int) constraints.stream().filter(c -> c.satisfiedBy(day)).count();
      if (score > bestScore || (score == bestScore && score > 0 && announces)) {
        best = day;
        bestScore = score;
      }
    }
    return Optional.ofNullable(best);
  }

  static List<Constraint> constraints(LocalDate anchor, DateEvidence evidence) {
    List<Constraint> constraints = new ArrayList<>();
    for (WeekdayMention w : evidence.weekdays()) {
      if (w.tense() != Tense.UNKNOWN) {
        constraints.add(new Constraint(nearest(anchor, w.day()), w.tense()));
      }
    }
    for (PartialDate p : evidence.partialDates()) {
      if (p.day() != null && p.tense() != Tense.UNKNOWN) {
        LocalDate event = nearestYear(anchor, p.month(), p.day());
        if (event != null) {
          constraints.add(new Constraint(event, p.tense()));
        }
      }
    }
    for (FullDate f : evidence.fullDates()) {
      long distance = Math.abs(ChronoUnit.DAYS.between(anchor, f.date()));
      if (f.tense() != Tense.UNKNOWN && f.weekdayAgrees() && distance <= WINDOW_DAYS + EVENT_REACH) {
        constraints.add(new Constraint(f.date(), f.tense()));
      }
    }
    return constraints;
  }

  /** Days fixed by a partial date and its stated weekday, when exactly one year fits. */
  List<LocalDate> selfAnchoredDays(DateEvidence evidence) {
    Set<Integer> ownYears = new LinkedHashSet<>();
    for (YearMention y : evidence.years()) {
      ownYears.add(y.year());
    }
    for (PartialDate p : evidence.partialDates()) {
      if (p.year() != null) {
        ownYears.add(p.year());
      }
    }
    List<Integer> candidates = new ArrayList<>(ownYears);
    if (candidates.isEmpty()) {
      for (int y = reference.getYear() - YEAR_RANGE; y <= reference.getYear() + YEAR_RANGE; y++) {
        candidates.add(y);
      }
    }
    List<LocalDate> days = new ArrayList<>();
    for (PartialDate p : evidence.partialDates()) {
      if (p.day() == null || p.statedWeekday() == null) {
        continue;
      }
      List<LocalDate> fits = new ArrayList<>();
      for (int year : candidates) {
        LocalDate d = safeDate(year, p.month(), p.day());
        if (d != null && d.getDayOfWeek() == p.statedWeekday()) {
          fits.add(d);
        }
      }
      if (fits.size() == 1) {
        days.add(fits.get(0));
      }
    }
    return days;
  }

  /** Unknown, or known only to the month or year. */
  static boolean needsDate(PublicationDate published) {
    return !published.known() || published.value().length() < 10;
  }

  static LocalDate nearest(LocalDate anchor, DayOfWeek day) {
    int delta = day.getValue() - anchor.getDayOfWeek().getValue();
    if (delta > 3) {
      delta -= 7;
    } else if (delta < -3) {
      delta += 7;
    }
    return anchor.plusDays(delta);
  }

  static LocalDate nearestYear(LocalDate anchor, int month, int day) {
    LocalDate best = null;
    for (int year = anchor.getYear() - 1; year <= anchor.getYear() + 1; year++) {
      LocalDate d = safeDate(year, month, day);
      if (d != null && (best == null
          || Math.abs(ChronoUnit.DAYS.between(anchor, d)) < Math.abs(ChronoUnit.DAYS.between(anchor, best)))) {
        best = d;
      }
    }
    return best;
  }

  private static LocalDate median(List<LocalDate> days) {
    List<LocalDate> sorted = new ArrayList<>(days);
    sorted.sort(null);
    return sorted.get((sorted.size() - 1) / 2);
  }

  private static Optional<LocalDate> day(String value) {
    if (value == null || value.length() < 10) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(value.substring(0, 10)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static LocalDate safeDate(int year, int month, int day) {
    try {
      return LocalDate.of(year, month, day);
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }
}
