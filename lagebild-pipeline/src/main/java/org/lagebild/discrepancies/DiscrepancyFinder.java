package org.lagebild.discrepancies;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lagebild.dossier.StorySection;
import org.lagebild.model.AnnotatedDocument;
import org.lagebild.model.PublicationDate;
import org.lagebild.model.dossier.Discrepancy;
import org.lagebild.model.dossier.Quote;
import org.lagebild.model.dossier.Story;
import org.lagebild.model.dossier.StoryEntity;
import org.lagebild.time.PublicationDateInferrer;

/**
 * Finds where a story's articles contradict each other, every side cited, most important first:
 *
 * <ul>
 *   <li>{@code figure}: quantities of the same counted thing (head nouns of one synonym group) in
 *       sentences about the same matter (shared content words) whose ranges cannot meet, and where
 *       neither article also states a figure compatible with the other ("Hunderte" against "rund
 *       1.000" Teilnehmer);
 *   <li>{@code date}: nearly the same sentence in two articles with a different weekday or day of
 *       the month;
 *   <li>{@code attribution}: one quote group with different speakers;
 *   <li>{@code name}: one entity spelled differently by different articles (beyond inflection).
 * </ul>
 *
 * When both sentences name the day a figure is for ("am Samstag", "am 1. August", resolved against the
 * publication date), figures of the same day are compared even when the articles appeared days apart,
 * and figures of different days never. Without a named day, running counts (infections, deaths,
 * incidences, vaccinations) are compared only between articles published within hours of each other,
 * other quantities (the size of a crowd, seats, amounts) within a week. Crowd sizes ("20.000
 * Menschen", "Hunderttausende Demonstranten" in sentences about a protest) are compared with each
 * other whatever the noun, unless the sentences name different places; and a difference of an order
 * of magnitude between them ("1,3 Millionen" against "20.000") is a disputed figure even where one
 * article reports both sides.
 */
public final class DiscrepancyFinder implements StorySection {

  /** Tunable thresholds; {@link #defaults()} are the ones the evaluation reports. */
  /**
   * @param minSharedContext content words two figure sentences must share besides the head
   * @param dateSentenceSimilarity how alike two sentences must be to compare their days
   * @param maxDaysApart publication days apart beyond which figures are not compared (date only)
   * @param maxHoursApart the same when both publication times are known: daily counts change
   *     overnight, so a morning and a next-morning report are not a contradiction
   */
  public record Options(
      int minSharedContext, double dateSentenceSimilarity, int maxDaysApart, int maxHoursApart,
      int eventDaysApart, int sameDayWindow, double disputeRatio) {
    /**
     * @param eventDaysApart publication days apart within which figures that are not running counts
     *     and name no day are compared
     * @param sameDayWindow publication days apart within which figures naming the same day are compared
     * @param disputeRatio how many times larger one figure must be than the other to count as a
     *     disputed figure even where an article also gives a value agreeing with the other side
     */
    public Options {}

    public Options(int minSharedContext, double dateSentenceSimilarity, int maxDaysApart, int maxHoursApart) {
      this(minSharedContext, dateSentenceSimilarity, maxDaysApart, maxHoursApart, 7, 7, 5.0);
    }

    public static Options defaults() {
      return new Options(2, 0.6, 1, 12, 7, 7, 5.0);
    }
  }

  private static final Pattern WEEKDAY =
      Pattern.compile("\\b(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag)\\b");
  /** A weekday, also as part of "Montagmorgen", "Samstagabend". */
  private static final Pattern WEEKDAY_TIME =
      Pattern.compile("\\b(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag)"
          + "(?:früh|morgen|vormittag|mittag|nachmittag|abend|nacht)?\\b");
  private static final Pattern OTHER_WEEK_BEFORE =
      Pattern.compile("(?i)\\b(?:vergangene[nm]?|letzte[nm]?|vorige[nm]?)\\s+$");
  private static final Pattern OTHER_WEEK_AFTER =
      Pattern.compile("(?i)\\s+(?:vor einer Woche|der Vorwoche|vergangener Woche|der vergangenen Woche)");
  private static final List<String> MONTHS = List.of("Januar", "Februar", "März", "April", "Mai", "Juni",
      "Juli", "August", "September", "Oktober", "November", "Dezember");
  /** Words that mark a sentence about a gathering: its "Menschen" are the crowd. */
  private static final Pattern GATHERING =
      Pattern.compile("(?i)demonstr|protest|kundgebung|versamm|\\bdemo\\b|\\bdemo-|aufmarsch|\\bmarsch");
  /** "in Leipzig", "vor dem Reichstag": a place a sentence names. */
  private static final Pattern PLACE =
      Pattern.compile("\\b(?:[Ii]n|[Ii]m|[Aa]us|[Vv]or dem|[Vv]or der)\\s+(\\p{Lu}\\p{L}{2,})");
  private static final String MENSCH = GermanFigureParser.headKey("Menschen");
  private static final String PARTICIPANTS = GermanFigureParser.headKey("Teilnehmer");
  /** Counts that change from one daily report to the next. */
  private static final Set<String> RUNNING_COUNTS = Set.of(
      GermanFigureParser.headKey("Neuinfektionen"), GermanFigureParser.headKey("Todesfälle"),
      GermanFigureParser.headKey("Patienten"), GermanFigureParser.headKey("Impfungen"),
      GermanFigureParser.headKey("Tests"), GermanFigureParser.headKey("Inzidenz"),
      GermanFigureParser.headKey("Reproduktionszahl"));
  private static final Pattern DAY_OF_MONTH =
      Pattern.compile(
          "\\b(\\d{1,2})\\.\\s*(Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober"
              + "|November|Dezember)\\b");
  private static final int MAX_VERSIONS = 12;

  private final GermanFigureParser parser = new GermanFigureParser();
  private final Options options;

  public DiscrepancyFinder() {
    this(Options.defaults());
  }

  public DiscrepancyFinder(Options options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  @Override
  public String name() {
    return "discrepancies";
  }

  @Override
  public Story fill(Story story, List<AnnotatedDocument> documents) {
    return story.withDiscrepancies(find(story, documents));
  }

  /** Figures found in one article, with the stems of their sentence for context matching. */
  public record Located(
      String articleId, int docIndex, Figure figure, Set<String> context, Set<String> days,
      String sentence) {}

  private static final Pattern ESTIMATE =
      Pattern.compile("\\b(rechnet|rechnen|erwartet|erwarten|prognostiziert|prognostizieren|schätzt|schätzen)\\b");

  /** A number announced, expected, registered or allowed, not one counted. */
  private static final Pattern PLANNED =
      Pattern.compile("(?i)\\b(angemeldet\\w*|erwartet\\w*|angekündigt\\w*|zugelassen\\w*|begrenzt|erlaubt\\w*"
          + "|geplant\\w*|genehmigt\\w*)\\b");

  /** "zwei Vorstände und drei weitere": the first figure is only part of a sum. */
  private static final Pattern PART_OF_SUM =
      Pattern.compile("\\s*(?:und|sowie)\\s+\\S+\\s+weitere", Pattern.CASE_INSENSITIVE);

  /** The weekdays and days of the month a sentence names. */
  static Set<String> days(String sentence) {
    Set<String> days = new java.util.TreeSet<>();
    Matcher d = DAY_OF_MONTH.matcher(sentence);
    while (d.find()) {
      days.add(d.group().replaceAll("\\s+", " "));
    }
    Matcher w = WEEKDAY_TIME.matcher(sentence);
    while (w.find()) {
      if (!comparisonDay(sentence, w)) {
        days.add(w.group(1).equals("Sonnabend") ? "Samstag" : w.group(1));
      }
    }
    return days;
  }

  /** "am Sonntag vor einer Woche", "vergangenen Montag": a day named for comparison. */
  private static boolean comparisonDay(String sentence, Matcher weekday) {
    return OTHER_WEEK_BEFORE.matcher(sentence.substring(Math.max(0, weekday.start() - 25), weekday.start())).find()
        || OTHER_WEEK_AFTER.matcher(sentence.substring(weekday.end())).lookingAt();
  }

  /** The discrepancies of one story, most important first. */
  public List<Discrepancy> find(Story story, List<AnnotatedDocument> documents) {
    List<Scored> found = new ArrayList<>();
    if (documents.size() >= 2) {
      found.addAll(figures(documents));
      found.addAll(dates(documents));
    }
    found.addAll(attributions(story));
    found.addAll(names(story));
    found.sort(Comparator.comparingDouble(Scored::score).reversed());
    return found.stream().map(Scored::discrepancy).toList();
  }

  private record Scored(Discrepancy discrepancy, double score) {}

  /** All figures of the documents, grouped by head key (figures without a head are not compared). */
  public List<Located> locate(List<AnnotatedDocument> documents) {
    List<Located> all = new ArrayList<>();
    for (int d = 0; d < documents.size(); d++) {
      AnnotatedDocument doc = documents.get(d);
      String previous = "";
      for (StorySentences.Item s : StorySentences.of(doc)) {
        Set<String> context = StorySentences.contentStems(s.text());
        // a daily count's sentence often leans on the one before ("Eigene Zählungen liegen höher: ...")
        Set<String> withPrevious = new java.util.LinkedHashSet<>(context);
        withPrevious.addAll(StorySentences.contentStems(previous));
        Set<String> days = days(s.text());
        for (Figure f : parser.find(s.text(), s.start())) {
          String after = s.text().substring(Math.min(s.text().length(), f.end() - s.start()));
          if ((f.headKey() != null || f.unit() != null) && !PART_OF_SUM.matcher(after).lookingAt()) {
            boolean running = f.headKey() != null && RUNNING_COUNTS.contains(f.headKey());
            all.add(new Located(doc.id(), d, f, running ? withPrevious : context, days, s.text()));
          }
        }
        previous = s.text();
      }
    }
    return all;
  }

  private List<Scored> figures(List<AnnotatedDocument> documents) {
    List<Located> all = locate(documents);
    Map<String, List<Located>> byHead = new LinkedHashMap<>();
    for (Located l : all) {
      byHead.computeIfAbsent(crowd(l) ? "|crowd" : key(l.figure()), k -> new ArrayList<>()).add(l);
    }
    List<Scored> out = new ArrayList<>();
    for (List<Located> group : byHead.values()) {
      Set<Located> involved = new LinkedHashSet<>();
      for (int i = 0; i < group.size(); i++) {
        for (int j = i + 1; j < group.size(); j++) {
          Located a = group.get(i);
          Located b = group.get(j);
          if (conflict(a, b, group, documents)) {
            involved.add(a);
            involved.add(b);
          }
        }
      }
      if (involved.isEmpty()) {
        continue;
      }
      // Every article that agrees with one side on the same matter is a version too.
      for (Located l : group) {
        if (!involved.contains(l)) {
          for (Located v : List.copyOf(involved)) {
            if (!l.articleId().equals(v.articleId()) && sameMatter(l, v)
                && !l.figure().conflictsWith(v.figure())) {
              involved.add(l);
              break;
            }
          }
        }
      }
      List<Located> versions = new ArrayList<>(involved);
      versions.sort(Comparator.comparingInt(Located::docIndex).thenComparingInt(l -> l.figure().start()));
      Located first = versions.get(0);
      String topic =
          first.figure().head() != null
              ? "Zahl: " + first.figure().head()
              : "Zahl (" + first.figure().unit() + ")";
      List<Discrepancy.Version> vs = new ArrayList<>();
      for (Located l : versions.subList(0, Math.min(MAX_VERSIONS, versions.size()))) {
        Figure f = l.figure();
        vs.add(new Discrepancy.Version(l.articleId(), f.start(), f.end(), f.text(), f.value()));
      }
      long articles = versions.stream().map(Located::articleId).distinct().count();
      out.add(new Scored(new Discrepancy(topic, "figure", vs), 3 + articles));
    }
    return out;
  }

  /**
   * The size of a crowd: a count of participants or demonstrators, or of people in a sentence about a
   * gathering.
   */
  boolean crowd(Located l) {
    String k = l.figure().headKey();
    return l.figure().unit() == null && k != null
        && (k.equals(PARTICIPANTS) || k.equals(MENSCH) && facts(l.sentence()).gathering());
  }

  private static boolean running(Located l) {
    return l.figure().headKey() != null && RUNNING_COUNTS.contains(l.figure().headKey());
  }

  private static String key(Figure f) {
    return (f.unit() == null ? "" : f.unit()) + "|" + (f.headKey() == null ? "" : f.headKey());
  }

  /**
   * Two figures contradict when they come from different articles published close together, speak
   * about the same matter, cannot be the same value, and neither article also gives a value the
   * other's figure agrees with (then the difference is a second quantity, not a contradiction).
   */
  boolean conflict(Located a, Located b, List<Located> group, List<AnnotatedDocument> documents) {
    if (a.articleId().equals(b.articleId()) || !a.figure().conflictsWith(b.figure())) {
      return false;
    }
    AnnotatedDocument da = documents.get(a.docIndex());
    AnnotatedDocument db = documents.get(b.docIndex());
    LocalDate ra = cachedReferenceDay(a.sentence(), date(published(da)));
    LocalDate rb = cachedReferenceDay(b.sentence(), date(published(db)));
    if (ra != null && rb != null) {
      if (!ra.equals(rb) || !withinDays(da, db, options.sameDayWindow())) {
        return false; // figures for two days, or the same weekday of another week
      }
    } else if (running(a) || running(b) ? !closeInTime(da, db) : !withinDays(da, db, options.eventDaysApart())) {
      return false;
    }
    if (!sameMatter(a, b)) {
      return false;
    }
    double big = Math.max(a.figure().nominal(), b.figure().nominal());
    double small = Math.min(a.figure().nominal(), b.figure().nominal());
    if (crowd(a) && crowd(b) && small > 0 && big / small >= options.disputeRatio()) {
      return true; // "1,3 Millionen" against "20.000": a disputed figure, even where both are reported
    }
    boolean crowds = crowd(a) && crowd(b);
    for (Located other : group) {
      boolean inA = other.articleId().equals(a.articleId());
      if (!inA && !other.articleId().equals(b.articleId())) {
        continue;
      }
      Located own = inA ? a : b;
      if (other.figure().conflictsWith(inA ? b.figure() : a.figure())) {
        continue; // no agreement with the other side
      }
      if (crowds && (other.sentence().equals(a.sentence()) || other.sentence().equals(b.sentence()))) {
        continue; // "insgesamt 50.000, zuvor auf 38.000 geschätzt": a correction, still two versions
      }
      String s1 = facts(other.sentence()).source();
      String s2 = facts(own.sentence()).source();
      if (s1 != null && s2 != null && !s1.equals(s2)) {
        continue; // the article gives one source's count and another's: the sources disagree
      }
      return false; // the article also gives the other side's value: a second quantity
    }
    return true;
  }

  private boolean sameMatter(Located a, Located b) {
    Facts fa = facts(a.sentence());
    Facts fb = facts(b.sentence());
    if (fa.estimate() && fb.estimate()) {
      return false; // two forecasts ("rechnet mit 2,6 Millionen") may come from two forecasters
    }
    if (fa.planned() != fb.planned()) {
      return false; // "10.000 Teilnehmer angemeldet" against "20.000 kamen": plan and outcome
    }
    if (!a.days().isEmpty() && !b.days().isEmpty() && java.util.Collections.disjoint(a.days(), b.days())) {
      return false; // "am Mittwoch 1.147" and "am Donnerstag 1.045" are two days' figures
    }
    if (crowd(a) && crowd(b)) {
      // one story's crowd, whatever the words around it, unless the sentences name two places
      return placesMeet(a, b);
    }
    if (running(a) && running(b) && nearMiss(a.figure(), b.figure()) && placesMeet(a, b)) {
      // two daily counts of one thing for one day within a tenth of each other: the same count from
      // two sources or two revisions ("21.977" by one tally, "21.695" by the institute)
      return true;
    }
    if (a.figure().headKey() == null || b.figure().headKey() == null) {
      // a bare "um zehn Prozent" says nothing of what it measures: only near-parallel sentences
      return Math.min(StorySentences.containment(a.context(), b.context()),
              StorySentences.containment(b.context(), a.context()))
          >= options.dateSentenceSimilarity();
    }
    return shared(a.context(), b.context()) >= options.minSharedContext() + 1; // +1: the head itself
  }

  private static int shared(Set<String> a, Set<String> b) {
    int n = 0;
    for (String s : a) {
      if (b.contains(s)) {
        n++;
      }
    }
    return n;
  }

  private static final String NAME = "(\\p{Lu}[\\p{L}\\-]*(?:\\s+\\p{Lu}[\\p{L}\\-]*)*)";
  /**
   * Who a sentence's count comes from: "nach Recherchen von X", "laut X", "X zufolge", "nach Angaben
   * des X", "das X (…) hat … gemeldet".
   */
  private static final List<Pattern> SOURCE = List.of(
      Pattern.compile("\\b(?:Recherchen|Informationen|Daten|Angaben|Zählung|Zahlen|Schätzungen|Schätzung)\\s+"
          + "(?:von|des|der|vom)\\s+(?:\\p{Ll}+\\s+)?" + NAME),
      Pattern.compile("\\blaut\\s+(?:de[rsmn]\\s+)?(?:\\p{Ll}+\\s+)?" + NAME),
      Pattern.compile(NAME + "\\s+zufolge\\b"),
      Pattern.compile("\\b(?:[Dd]as|[Dd]ie|[Dd]er)\\s+" + NAME + "\\s*(?:\\([^)]*\\)\\s*)?"
          + "(?:hat|hatte|meldet|meldete|registrierte|verzeichnete|zählte|erfasste)\\b"));

  /**
   * The source a sentence names for its figures, folded so that "Robert Koch-Institut" and "RKI"
   * meet (initials of a name of several parts; an all-capitals word as it is), or null.
   */
  static String source(String sentence) {
    int best = Integer.MAX_VALUE;
    String name = null;
    for (Pattern p : SOURCE) {
      Matcher m = p.matcher(sentence);
      if (m.find() && m.start(1) < best) {
        best = m.start(1);
        name = m.group(1);
      }
    }
    if (name == null) {
      return null;
    }
    String[] parts = name.split("[\\s\\-]+");
    if (parts.length == 1) {
      return parts[0].toUpperCase(Locale.ROOT);
    }
    StringBuilder initials = new StringBuilder();
    for (String part : parts) {
      if (!part.isEmpty()) {
        initials.append(Character.toUpperCase(part.charAt(0)));
      }
    }
    return initials.toString();
  }

  private static boolean nearMiss(Figure a, Figure b) {
    double big = Math.max(a.nominal(), b.nominal());
    double small = Math.min(a.nominal(), b.nominal());
    return small >= 100 && (big - small) / big <= 0.1;
  }

  private boolean placesMeet(Located a, Located b) {
    Set<String> pa = facts(a.sentence()).places();
    Set<String> pb = facts(b.sentence()).places();
    return pa.isEmpty() || pb.isEmpty() || !java.util.Collections.disjoint(pa, pb);
  }

  /** What the comparison rules read from a sentence, computed once per sentence. */
  private record Facts(boolean estimate, boolean planned, boolean gathering, Set<String> places,
      String source) {}

  /** Sentence facts and dates are pure functions of their inputs: shared across calls, bounded. */
  private final Map<String, Facts> facts = new java.util.concurrent.ConcurrentHashMap<>();
  private final Map<String, Optional<LocalDate>> referenceDays =
      new java.util.concurrent.ConcurrentHashMap<>();
  private final Map<String, Optional<Long>> instants = new java.util.concurrent.ConcurrentHashMap<>();

  private Facts facts(String sentence) {
    if (facts.size() > 20_000) {
      facts.clear();
    }
    return facts.computeIfAbsent(sentence, k -> new Facts(ESTIMATE.matcher(k).find(),
        PLANNED.matcher(k).find(), GATHERING.matcher(k).find(), places(k), source(k)));
  }

  private LocalDate cachedReferenceDay(String sentence, LocalDate published) {
    if (referenceDays.size() > 20_000) {
      referenceDays.clear();
    }
    return referenceDays.computeIfAbsent(published + "|" + sentence,
        k -> Optional.ofNullable(referenceDay(sentence, published))).orElse(null);
  }

  private static Set<String> places(String sentence) {
    Set<String> out = new java.util.HashSet<>();
    Matcher m = PLACE.matcher(sentence);
    while (m.find()) {
      out.add(m.group(1).length() > 6 ? m.group(1).substring(0, 6) : m.group(1));
    }
    return out;
  }

  /**
   * The day a sentence's figures are for, when it names exactly one: a day of the month (year of the
   * publication, or the year before for a later month) or a weekday, the last one on or before the
   * publication day ("am Samstag" in a Monday paper is two days before). Null when it names none,
   * several, or the publication date is unknown.
   */
  static LocalDate referenceDay(String sentence, LocalDate published) {
    if (published == null) {
      return null;
    }
    Set<LocalDate> days = new java.util.HashSet<>();
    Matcher d = DAY_OF_MONTH.matcher(sentence);
    while (d.find()) {
      int month = MONTHS.indexOf(d.group(2)) + 1;
      int year = month > published.getMonthValue() + 1 ? published.getYear() - 1 : published.getYear();
      try {
        days.add(LocalDate.of(year, month, Integer.parseInt(d.group(1))));
      } catch (java.time.DateTimeException e) {
        return null;
      }
    }
    Matcher w = WEEKDAY_TIME.matcher(sentence);
    while (w.find()) {
      if (comparisonDay(sentence, w)) {
        continue;
      }
      String day = w.group(1).equals("Sonnabend") ? "Samstag" : w.group(1);
      int target = WEEKDAYS.indexOf(day) + 1;
      days.add(published.minusDays((published.getDayOfWeek().getValue() - target + 7) % 7));
    }
    return days.size() == 1 ? days.iterator().next() : null;
  }

  private boolean withinDays(AnnotatedDocument a, AnnotatedDocument b, int days) {
    LocalDate da = date(published(a));
    LocalDate db = date(published(b));
    return da == null || db == null || Math.abs(da.toEpochDay() - db.toEpochDay()) <= days;
  }

  private boolean closeInTime(AnnotatedDocument a, AnnotatedDocument b) {
    String pa = published(a);
    String pb = published(b);
    Long ta = pa == null ? null : instants.computeIfAbsent(pa, v -> Optional.ofNullable(instant(v))).orElse(null);
    Long tb = pb == null ? null : instants.computeIfAbsent(pb, v -> Optional.ofNullable(instant(v))).orElse(null);
    if (ta != null && tb != null) {
      return Math.abs(ta - tb) <= options.maxHoursApart() * 3600L;
    }
    LocalDate da = date(pa);
    LocalDate db = date(pb);
    if (da == null || db == null) {
      return true;
    }
    return Math.abs(da.toEpochDay() - db.toEpochDay()) <= options.maxDaysApart();
  }

  private static String published(AnnotatedDocument doc) {
    PublicationDate p = doc.getOrDefault(PublicationDateInferrer.PUBLISHED, null);
    return p != null && p.known() ? p.value() : doc.article().published();
  }

  /** Epoch seconds of a date-time (local times read as Central European), or null for a date. */
  private static Long instant(String value) {
    if (value == null || value.length() < 16) {
      return null;
    }
    String v = value.replace(' ', 'T');
    try {
      return java.time.OffsetDateTime.parse(v).toEpochSecond();
    } catch (DateTimeParseException e) {
      try {
        return java.time.LocalDateTime.parse(v).toEpochSecond(java.time.ZoneOffset.ofHours(1));
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
  }

  private static LocalDate date(String value) {
    if (value == null || value.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(value.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** Nearly the same sentence in two articles, with a different weekday or day of the month. */
  private List<Scored> dates(List<AnnotatedDocument> documents) {
    record DatedSentence(String articleId, int doc, StorySentences.Item s, Set<String> stems,
        int start, int end, String day) {}
    List<DatedSentence> dated = new ArrayList<>();
    for (int d = 0; d < documents.size(); d++) {
      AnnotatedDocument doc = documents.get(d);
      for (StorySentences.Item s : StorySentences.of(doc)) {
        for (Pattern p : List.of(WEEKDAY, DAY_OF_MONTH)) {
          Matcher m = p.matcher(s.text());
          List<int[]> hits = new ArrayList<>();
          while (m.find()) {
            if (!SOURCE_DATE_BEFORE.matcher(s.text().substring(0, m.start())).find()) {
              hits.add(new int[] {m.start(), m.end()});
            }
          }
          if (hits.size() == 1) { // one day per sentence: otherwise which event has which day is unclear
            int[] h = hits.get(0);
            Set<String> stems = StorySentences.contentStems(
                s.text().substring(0, h[0]) + " " + s.text().substring(h[1]));
            dated.add(new DatedSentence(doc.id(), d, s, stems, s.start() + h[0], s.start() + h[1],
                s.text().substring(h[0], h[1]).replaceAll("\\s+", " ")));
          }
        }
      }
    }
    List<Scored> out = new ArrayList<>();
    Set<String> seen = new java.util.HashSet<>();
    for (int i = 0; i < dated.size(); i++) {
      for (int j = i + 1; j < dated.size(); j++) {
        DatedSentence a = dated.get(i);
        DatedSentence b = dated.get(j);
        if (a.articleId().equals(b.articleId()) || a.day().equals(b.day())
            || a.stems().size() < 5 || b.stems().size() < 5
            || WEEKDAY.matcher(a.day()).matches() != WEEKDAY.matcher(b.day()).matches()) {
          continue;
        }
        double sim = Math.min(StorySentences.containment(a.stems(), b.stems()),
            StorySentences.containment(b.stems(), a.stems()));
        List<String> na = numbers(a.s().text(), a.day());
        List<String> nb = numbers(b.s().text(), b.day());
        if (!na.isEmpty() && !nb.isEmpty() && !na.equals(nb)) {
          continue; // "am Mittwoch 1.147", "am Donnerstag 1.045": two days of a running series
        }
        if (sim < options.dateSentenceSimilarity()
            || !seen.add(a.articleId() + a.start() + "|" + b.articleId() + b.start())) {
          continue;
        }
        LocalDate ra = resolve(a.day(), a.s().text(), date(published(documents.get(a.doc()))));
        LocalDate rb = resolve(b.day(), b.s().text(), date(published(documents.get(b.doc()))));
        if (ra != null && rb != null) {
          if (ra.equals(rb) || Math.abs(ra.toEpochDay() - rb.toEpochDay()) > 7) {
            continue; // the same day named from two publication dates, or another week's event
          }
        } else if (!closeInTime(documents.get(a.doc()), documents.get(b.doc()))) {
          continue;
        }
        List<Discrepancy.Version> vs = List.of(
            new Discrepancy.Version(a.articleId(), a.start(), a.end(), a.s().text(), a.day()),
            new Discrepancy.Version(b.articleId(), b.start(), b.end(), b.s().text(), b.day()));
        out.add(new Scored(new Discrepancy("Tag: " + snippet(a.s().text()), "date", vs), 2 + sim));
      }
    }
    return out;
  }

  private static final Pattern DIGITS = Pattern.compile("\\d+");

  /** The digit groups of a sentence apart from those of its day reference. */
  private static List<String> numbers(String sentence, String day) {
    List<String> out = new ArrayList<>();
    Matcher m = DIGITS.matcher(sentence.replace(day, " "));
    while (m.find()) {
      out.add(m.group());
    }
    java.util.Collections.sort(out);
    return out;
  }

  /** "Lagebericht vom Montag", "Angaben vom Dienstag": the date of a source, not of the event. */
  private static final Pattern SOURCE_DATE_BEFORE = Pattern.compile("\\bvom\\s+$");
  private static final Pattern FUTURE_CUE =
      Pattern.compile("\\b(wird|werden|soll|sollen|will|wollen|kommende[nrs]?|nächste[nrs]?)\\b");
  private static final List<String> WEEKDAYS =
      List.of("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag");

  /**
   * A weekday as a date against the publication date: the last such day on or before it, or the
   * next one when the sentence speaks of the future. Days of the month are left to the text.
   */
  static LocalDate resolve(String day, String sentence, LocalDate published) {
    String d = day.equals("Sonnabend") ? "Samstag" : day;
    int index = WEEKDAYS.indexOf(d);
    if (published == null || index < 0) {
      return null;
    }
    int target = index + 1; // ISO: Monday = 1
    int current = published.getDayOfWeek().getValue();
    if (FUTURE_CUE.matcher(sentence).find()) {
      return published.plusDays((target - current + 7) % 7);
    }
    return published.minusDays((current - target + 7) % 7);
  }

  /** One quote group, different speakers. */
  private static List<Scored> attributions(Story story) {
    Map<String, List<Quote>> groups = new LinkedHashMap<>();
    for (Quote q : story.quotes()) {
      if (q.groupId() != null && q.speaker() != null) {
        groups.computeIfAbsent(q.groupId(), g -> new ArrayList<>()).add(q);
      }
    }
    List<Scored> out = new ArrayList<>();
    for (List<Quote> group : groups.values()) {
      Map<String, Quote> bySpeaker = new LinkedHashMap<>();
      for (Quote q : group) {
        bySpeaker.putIfAbsent(speakerKey(q.speaker()), q);
      }
      if (bySpeaker.size() < 2
          || bySpeaker.values().stream().map(Quote::articleId).distinct().count() < 2) {
        continue;
      }
      List<Discrepancy.Version> vs = new ArrayList<>();
      for (Quote q : bySpeaker.values()) {
        vs.add(new Discrepancy.Version(q.articleId(), q.start(), q.end(), q.text(), q.speaker().name()));
      }
      out.add(new Scored(new Discrepancy("Wer sagte: " + snippet(group.get(0).text()), "attribution", vs),
          2.5 + vs.size()));
    }
    return out;
  }

  private static final Set<String> DETERMINERS =
      Set.of("der", "die", "das", "ein", "eine", "einer", "eines", "einem", "den", "dem", "des");

  /**
   * Who a speaker is, for comparing versions of one quote: the entity when known; for an unnamed
   * speaker the head noun of the description with its adjective ending folded, so that "ein
   * hochrangiger Beamter des Ministeriums" and "der hohe Beamte" count as one speaker, not two.
   */
  static String speakerKey(Quote.Speaker speaker) {
    if (speaker.entityId() != null) {
      return speaker.entityId();
    }
    String[] words = speaker.name().trim().split("\\s+");
    if (words.length < 2 || !DETERMINERS.contains(words[0].toLowerCase(Locale.ROOT))) {
      return speaker.name().toLowerCase(Locale.ROOT);
    }
    for (int i = 1; i < words.length; i++) {
      String w = words[i];
      if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) {
        return "head:" + w.toLowerCase(Locale.ROOT).replaceAll("e[rns]$", "e");
      }
    }
    return speaker.name().toLowerCase(Locale.ROOT);
  }

  /**
   * One entity, spellings of its last name part that differ beyond case and inflection ("Kowalskyj",
   * "Kowalsky") and are used by different articles. A longer form ("Anna Kowalsky" beside "Kowalsky") is not
   * a spelling difference.
   */
  private static List<Scored> names(Story story) {
    List<Scored> out = new ArrayList<>();
    for (StoryEntity e : story.entities()) {
      if (!"PER".equals(e.type()) && !"LOC".equals(e.type()) && !"ORG".equals(e.type())) {
        continue;
      }
      Map<String, StoryEntity.Mention> bySpelling = new LinkedHashMap<>();
      Map<String, Set<String>> articlesBySpelling = new HashMap<>();
      for (StoryEntity.Mention m : e.mentions()) {
        String k = spellingKey(m.text());
        if (k.length() < 4) {
          continue;
        }
        bySpelling.putIfAbsent(k, m);
        articlesBySpelling.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(m.articleId());
      }
      List<String> keys = new ArrayList<>(bySpelling.keySet());
      Set<String> involved = new LinkedHashSet<>();
      for (int i = 0; i < keys.size(); i++) {
        for (int j = i + 1; j < keys.size(); j++) {
          String a = keys.get(i);
          String b = keys.get(j);
          int d = editDistance(a, b);
          boolean spelling = !inflected(a, b) && !inflected(b, a)
              && d <= Math.max(1, Math.min(a.length(), b.length()) / 3);
          Set<String> inA = articlesBySpelling.get(a);
          Set<String> inB = articlesBySpelling.get(b);
          boolean differentArticles = !inA.equals(inB) && !(inA.size() == 1 && inA.equals(inB));
          if (spelling && differentArticles) {
            involved.add(a);
            involved.add(b);
          }
        }
      }
      if (involved.size() < 2) {
        continue;
      }
      List<Discrepancy.Version> vs = new ArrayList<>();
      for (String k : involved) {
        StoryEntity.Mention m = bySpelling.get(k);
        vs.add(new Discrepancy.Version(m.articleId(), m.start(), m.end(), m.text(), m.text()));
      }
      out.add(new Scored(new Discrepancy("Schreibweise: " + e.name(), "name", vs), 1 + vs.size() * 0.1));
    }
    return out;
  }

  /** "Merkels" beside "Merkel": a case ending, not another spelling. */
  private static boolean inflected(String longer, String shorter) {
    return longer.startsWith(shorter)
        && List.of("s", "e", "es", "n", "en", "ns").contains(longer.substring(shorter.length()));
  }

  private static int editDistance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  /**
   * The last name part with case, genitive "s"/apostrophe and a final "-s"/"-n"/"-en" declension
   * dropped, so "Frankreichs" and "Frankreich" are one spelling and "Kowalskyj" and "Kowalski" are two.
   */
  static String spellingKey(String surface) {
    String s = surface.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT)
        .replaceAll("['’`´]s?$", "");
    s = s.substring(s.lastIndexOf(' ') + 1);
    if (s.length() > 4) {
      s = s.replaceAll("(s|en|n)$", "");
    }
    return s;
  }

  private static String snippet(String text) {
    String t = text.replaceAll("\\s+", " ").strip();
    return t.length() <= 60 ? t : t.substring(0, t.lastIndexOf(' ', 60) > 20 ? t.lastIndexOf(' ', 60) : 60) + " …";
  }
}
