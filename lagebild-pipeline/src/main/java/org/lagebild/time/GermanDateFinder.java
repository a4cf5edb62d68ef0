package org.lagebild.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lagebild.time.DateEvidence.FullDate;
import org.lagebild.time.DateEvidence.PartialDate;
import org.lagebild.time.DateEvidence.RelativeMention;
import org.lagebild.time.DateEvidence.Tense;
import org.lagebild.time.DateEvidence.WeekdayMention;
import org.lagebild.time.DateEvidence.YearMention;

/**
 * Finds date expressions in German news text: "19. Januar 2022, 19:14 Uhr", "3. Jän. 2021",
 * "03.03.2021", ISO dates, "20. Januar", "Januar 2022", years, weekdays and relative day words, and
 * gives each the tense cue of its sentence. Pure pattern matching; never throws on odd text.
 */
public final class GermanDateFinder {

  private GermanDateFinder() {}

  private static final int MIN_YEAR = 1900;
  private static final int MAX_YEAR = 2100;

  // Longer spellings first so "Sept." wins over "Sep" and "Januar" over "Jan".
  private static final String MONTH =
      "(Januar|Jänner|Jän\\.|Jan\\.|Februar|Feber|Feb\\.|März|Mär\\.|Mrz\\.|April|Apr\\.|Mai|Juni|Jun\\."
          + "|Juli|Jul\\.|August|Aug\\.|September|Sept\\.|Sep\\.|Oktober|Okt\\.|November|Nov\\.|Dezember"
          + "|Dez\\.)(?!\\p{L})";
  private static final String WEEKDAY =
      "(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag)"
          + "(morgen|vormittag|mittag|nachmittag|abend|nacht)?(?!\\p{L})";
  private static final String TIME =
      "(?:,?\\s*(?:um\\s+|-\\s*)?(\\d{1,2}):(\\d{2})(?:\\s*Uhr)?|,?\\s*(?:um\\s+)?(\\d{1,2})\\.(\\d{2})\\s*Uhr)";

  private static final MatchStarts NAMED_FULL =
      MatchStarts.of(Pattern.compile("(?<![\\d.])(\\d{1,2})\\.\\s?" + MONTH + "\\s*(\\d{4})(?!\\d)(?:" + TIME + ")?"));
  private static final MatchStarts NUMERIC_FULL =
      MatchStarts.of(Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?![\\d])(?:" + TIME + ")?"));
  private static final MatchStarts ISO_FULL =
      MatchStarts.of(Pattern.compile(
          "(?<![\\d-])(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::\\d{2}(?:\\.\\d+)?)?)?(?![\\d])"));
  private static final MatchStarts NAMED_PARTIAL =
      MatchStarts.of(Pattern.compile("(?<![\\d.])(\\d{1,2})\\.\\s?" + MONTH));
  private static final MatchStarts NUMERIC_PARTIAL =
      MatchStarts.of(Pattern.compile("(?<=\\b(?:am|vom|bis|zum|seit|ab|dem|den|Am|Vom|Bis|Seit|Ab)\\s)(\\d{1,2})\\.(\\d{1,2})\\.(?![\\d])"));
  private static final MatchStarts MONTH_YEAR =
      MatchStarts.of(Pattern.compile("(?<!\\p{L})" + MONTH + "\\s*(\\d{4})(?!\\d)"));
  private static final MatchStarts YEAR =
      MatchStarts.of(Pattern.compile("(?<![\\d.,:/-])(\\d{4})(?!\\d|[.,:/-]\\d)"));
  private static final MatchStarts WEEKDAY_PATTERN =
      MatchStarts.of(Pattern.compile("(?<!\\p{L})" + WEEKDAY));
  private static final Pattern WEEKDAY_AT_END = Pattern.compile("(?<!\\p{L})" + WEEKDAY + "$");
  private static final Pattern WEEKDAY_BEFORE_DATE = Pattern.compile(",?\\s*(?:den\\s+)?$");
  private static final MatchStarts RELATIVE =
      MatchStarts.of(Pattern.compile(
          "(?<!\\p{L})(?:(heute|Heute|gestern|Gestern|vorgestern|Vorgestern|morgen|übermorgen)(?!\\p{L})"
              + "|(?:am|Am) (Vortag|Folgetag|Tag zuvor|Tag darauf|nächsten Tag|Tag danach)(?!\\p{L}))"));
  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1), Map.entry("jän", 1), Map.entry("feb", 2), Map.entry("mär", 3),
          Map.entry("mrz", 3), Map.entry("apr", 4), Map.entry("mai", 5), Map.entry("jun", 6),
          Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("okt", 10),
          Map.entry("nov", 11), Map.entry("dez", 12));
  private static final Map<String, DayOfWeek> WEEKDAYS =
      Map.of(
          "montag", DayOfWeek.MONDAY, "dienstag", DayOfWeek.TUESDAY, "mittwoch", DayOfWeek.WEDNESDAY,
          "donnerstag", DayOfWeek.THURSDAY, "freitag", DayOfWeek.FRIDAY, "samstag", DayOfWeek.SATURDAY,
          "sonnabend", DayOfWeek.SATURDAY, "sonntag", DayOfWeek.SUNDAY);

  // Words that place a sentence in the future ("wird am Mittwoch besuchen", "am Donnerstag geplanten").
  private static final Set<String> FUTURE_CUES =
      Set.of("wird", "werden", "werde", "werdet", "wirst", "soll", "sollen", "geplant", "geplante",
          "geplanten", "geplanter", "kommende", "kommenden", "kommender", "nächste", "nächsten",
          "nächster", "will", "wollen", "plant", "planen", "bevorstehende", "bevorstehenden",
          "voraussichtlich", "übermorgen", "morgen");
  // Words that place it in the past ("hat am Dienstag gesagt", "besuchte am Mittwoch").
  private static final Set<String> PAST_CUES =
      Set.of("hat", "haben", "hatte", "hatten", "war", "waren", "wurde", "wurden", "vergangene",
          "vergangenen", "vergangener", "bereits", "gestern", "vorgestern", "letzte", "letzten",
          "letzter", "vorigen", "vorige", "zuvor", "seit", "sagte", "sagten", "erklärte", "erklärten",
          "betonte", "warnte", "drohte", "traf", "trafen", "besuchte", "besuchten", "sprach", "reiste",
          "landete", "teilte", "forderte", "kündigte", "berichtete", "meldete", "schrieb", "nannte",
          "äußerte", "bot", "gab", "kam", "begann", "endete", "endeten", "fand", "stattfand",
          "veröffentlichte", "unterzeichnete", "beschloss", "stimmte", "wählte", "starb", "verlor",
          "gewann", "hieß", "mitteilte", "sagt", "erklärt");

  private static final Set<String> ABBREVIATIONS =
      Set.of("dr", "prof", "st", "nr", "abs", "ca", "bzw", "vgl", "z", "u", "jan", "jän", "feb", "mär",
          "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dez", "mio", "mrd", "inkl",
          "evtl", "ggf", "usw", "etc", "s", "str", "hl");

  /** Every date mention of {@code text}; {@link DateEvidence#EMPTY} when the text is unreadable. */
  public static DateEvidence find(String text) {
    try {
      return scan(text);
    } catch (RuntimeException e) {
      // Bad text is data: an unforeseen input yields no evidence instead of a failed article.
      return DateEvidence.EMPTY;
    }
  }

  private static DateEvidence scan(String text) {
    int[] sentenceStarts = sentenceStarts(text);
    BitSet used = new BitSet(text.length());
    List<FullDate> fulls = new ArrayList<>();
    MatchStarts.Matches found = NAMED_FULL.in(text);
    Matcher m = found.matcher();
    while (found.find()) {
      addFull(text, m, parseInt(m.group(3)), month(m.group(2)), parseInt(m.group(1)), 4, used, fulls,
          sentenceStarts);
    }
    found = NUMERIC_FULL.in(text);
    m = found.matcher();
    while (found.find()) {
      if (!used.get(m.start())) {
        addFull(text, m, parseInt(m.group(3)), parseInt(m.group(2)), parseInt(m.group(1)), 4, used,
            fulls, sentenceStarts);
      }
    }
    found = ISO_FULL.in(text);
    m = found.matcher();
    while (found.find()) {
      if (!used.get(m.start())) {
        LocalTime time = m.group(4) == null ? null : time(m.group(4), m.group(5));
        addFull(text, m.start(), m.end(), parseInt(m.group(1)), parseInt(m.group(2)), parseInt(m.group(3)),
            time, used, fulls, sentenceStarts);
      }
    }
    fulls.sort((a, b) -> Integer.compare(a.start(), b.start()));

    List<PartialDate> partials = new ArrayList<>();
    found = NAMED_PARTIAL.in(text);
    m = found.matcher();
    while (found.find()) {
      if (!overlaps(used, m.start(), m.end())) {
        addPartial(text, m.start(), m.end(), parseInt(m.group(1)), month(m.group(2)), null, used, partials,
            sentenceStarts);
      }
    }
    found = NUMERIC_PARTIAL.in(text);
    m = found.matcher();
    while (found.find()) {
      if (!overlaps(used, m.start(), m.end())) {
        addPartial(text, m.start(), m.end(), parseInt(m.group(1)), parseInt(m.group(2)), null, used,
            partials, sentenceStarts);
      }
    }
    found = MONTH_YEAR.in(text);
    m = found.matcher();
    while (found.find()) {
      int year = parseInt(m.group(2));
      if (!overlaps(used, m.start(), m.end()) && year >= MIN_YEAR && year <= MAX_YEAR) {
        addPartial(text, m.start(), m.end(), null, month(m.group(1)), year, used, partials, sentenceStarts);
      }
    }
    partials.sort((a, b) -> Integer.compare(a.start(), b.start()));

    List<YearMention> years = new ArrayList<>();
    found = YEAR.in(text);
    m = found.matcher();
    while (found.find()) {
      int year = parseInt(m.group(1));
      if (year >= MIN_YEAR && year <= MAX_YEAR && !overlaps(used, m.start(), m.end())) {
        years.add(new YearMention(m.start(), m.end(), year));
      }
    }

    List<WeekdayMention> weekdays = new ArrayList<>();
    found = WEEKDAY_PATTERN.in(text);
    m = found.matcher();
    while (found.find()) {
      if (used.get(m.start())) {
        continue; // stated weekday of a date, kept with the date
      }
      DayOfWeek day = WEEKDAYS.get(m.group(1).toLowerCase(Locale.ROOT));
      weekdays.add(new WeekdayMention(m.start(), m.end(), m.group(), day,
          tense(text, sentenceStarts, m.start(), m.end())));
    }

    List<RelativeMention> relatives = new ArrayList<>();
    found = RELATIVE.in(text);
    m = found.matcher();
    while (found.find()) {
      if (m.group(1) != null) {
        String word = m.group(1).toLowerCase(Locale.ROOT);
        int offset = switch (word) {
          case "heute" -> 0;
          case "gestern" -> -1;
          case "vorgestern" -> -2;
          case "morgen" -> 1;
          default -> 2;
        };
        relatives.add(new RelativeMention(m.start(), m.end(), m.group(), offset, true,
            offset < 0 ? Tense.PAST : offset > 0 ? Tense.FUTURE : tense(text, sentenceStarts, m.start(), m.end())));
      } else {
        String phrase = m.group(2);
        int offset = phrase.equals("Vortag") || phrase.equals("Tag zuvor") ? -1 : 1;
        relatives.add(new RelativeMention(m.start(), m.end(), m.group(), offset, false,
            tense(text, sentenceStarts, m.start(), m.end())));
      }
    }
    return new DateEvidence(fulls, partials, years, weekdays, relatives);
  }

  private static void addFull(String text, Matcher m, int year, int month, int day, int timeGroup,
      BitSet used, List<FullDate> fulls, int[] sentenceStarts) {
    LocalTime time = null;
    if (m.group(timeGroup) != null) {
      time = time(m.group(timeGroup), m.group(timeGroup + 1));
    } else if (m.group(timeGroup + 2) != null) {
      time = time(m.group(timeGroup + 2), m.group(timeGroup + 3));
    }
    int end = m.end();
    if (time == null && m.groupCount() >= timeGroup && m.start(timeGroup) >= 0) {
      end = m.start(timeGroup);
    }
    addFull(text, m.start(), end, year, month, day, time, used, fulls, sentenceStarts);
  }

  private static void addFull(String text, int start, int end, int year, int month, int day, LocalTime time,
      BitSet used, List<FullDate> fulls, int[] sentenceStarts) {
    LocalDate date = date(year, month, day);
    if (date == null) {
      used.set(start, end); // "31. Februar 2021" is no date, and no "Februar 2021" either
      return;
    }
    int[] weekday = statedWeekday(text, start);
    int spanStart = weekday == null ? start : weekday[0];
    used.set(spanStart, end);
    String covered = text.substring(start, end).strip().replaceAll("[,\\s-]+$", "");
    fulls.add(new FullDate(start, start + covered.length(), covered, date, time,
        weekday == null ? null : DayOfWeek.of(weekday[1]), tense(text, sentenceStarts, start, end)));
  }

  private static void addPartial(String text, int start, int end, Integer day, int month, Integer year,
      BitSet used, List<PartialDate> partials, int[] sentenceStarts) {
    if (month < 1 || month > 12 || (day != null && (day < 1 || day > 31))) {
      used.set(start, end);
      return;
    }
    if (day != null && date(2000, month, day) == null) { // 2000 is a leap year: 29 February passes
      used.set(start, end);
      return;
    }
    int[] weekday = statedWeekday(text, start);
    used.set(weekday == null ? start : weekday[0], end);
    partials.add(new PartialDate(start, end, text.substring(start, end), day, month, year,
        weekday == null ? null : DayOfWeek.of(weekday[1]), tense(text, sentenceStarts, start, end)));
  }

  /** "Donnerstag, 20. Januar": the weekday's start and ISO day number, or {@code null}. */
  private static int[] statedWeekday(String text, int dateStart) {
    int from = Math.max(0, dateStart - 30);
    String before = text.substring(from, dateStart);
    Matcher gap = WEEKDAY_BEFORE_DATE.matcher(before);
    if (!gap.find()) {
      return null;
    }
    String head = before.substring(0, gap.start());
    Matcher w = WEEKDAY_AT_END.matcher(head);
    if (!w.find()) {
      return null;
    }
    return new int[] {from + w.start(), WEEKDAYS.get(w.group(1).toLowerCase(Locale.ROOT)).getValue()};
  }

  /**
   * The tense cue of the sentence around {@code [start, end)}: a modifier right before the mention
   * ("kommenden", "vergangenen", "seit") decides; otherwise the nearest cue word; a tie gives
   * {@code UNKNOWN}.
   */
  static Tense tense(String text, int[] sentenceStarts, int start, int end) {
    int s = sentenceStart(sentenceStarts, start);
    int e = sentenceEnd(sentenceStarts, start, text.length());
    Matcher w = WORD.matcher(text).region(s, e);
    List<String> words = new ArrayList<>();
    int mentionIndex = 0; // words before the mention; words inside it are no cues
    while (w.find()) {
      if (w.end() <= start) {
        mentionIndex++;
      } else if (w.start() < end) {
        continue;
      }
      words.add(w.group().toLowerCase(Locale.ROOT));
    }
    for (int back = 1; back <= 2 && mentionIndex - back >= 0; back++) {
      String previous = words.get(mentionIndex - back);
      if (Set.of("kommenden", "kommende", "nächsten", "nächste").contains(previous)) {
        return Tense.FUTURE;
      }
      if (Set.of("vergangenen", "vergangene", "letzten", "letzte", "vorigen", "seit").contains(previous)) {
        return Tense.PAST;
      }
    }
    int bestFuture = Integer.MAX_VALUE;
    int bestPast = Integer.MAX_VALUE;
    for (int i = 0; i < words.size(); i++) {
      int distance = i < mentionIndex ? mentionIndex - i : i - mentionIndex + 1;
      if (FUTURE_CUES.contains(words.get(i))) {
        bestFuture = Math.min(bestFuture, distance);
      } else if (PAST_CUES.contains(words.get(i))) {
        bestPast = Math.min(bestPast, distance);
      }
    }
    if (bestFuture == bestPast) {
      return Tense.UNKNOWN;
    }
    return bestFuture < bestPast ? Tense.FUTURE : Tense.PAST;
  }

  /** Sentence starts: after a line break, or after . ! ? before a capital, unless an ordinal or abbreviation. */
  static int[] sentenceStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        starts.add(i + 1);
      } else if ((c == '.' || c == '!' || c == '?') && i + 2 < n && Character.isWhitespace(text.charAt(i + 1))) {
        int j = i + 1;
        while (j < n && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
          j++;
        }
        if (j < n && (Character.isUpperCase(text.charAt(j)) || "\"„»“".indexOf(text.charAt(j)) >= 0)
            && !(c == '.' && ordinalOrAbbreviation(text, i))) {
          starts.add(j);
        }
      }
    }
    return starts.stream().mapToInt(Integer::intValue).distinct().toArray();
  }

  private static boolean ordinalOrAbbreviation(String text, int dot) {
    int k = dot;
    while (k > 0 && Character.isLetterOrDigit(text.charAt(k - 1))) {
      k--;
    }
    String token = text.substring(k, dot);
    if (token.isEmpty()) {
      return false;
    }
    if (token.chars().allMatch(Character::isDigit)) {
      return token.length() <= 2;
    }
    return ABBREVIATIONS.contains(token.toLowerCase(Locale.ROOT));
  }

  private static int sentenceStart(int[] starts, int position) {
    int lo = 0;
    int hi = starts.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (starts[mid] <= position) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return starts[lo];
  }

  private static int sentenceEnd(int[] starts, int position, int length) {
    for (int start : starts) {
      if (start > position) {
        return start;
      }
    }
    return length;
  }

  private static boolean overlaps(BitSet used, int start, int end) {
    int next = used.nextSetBit(start);
    return next >= 0 && next < end;
  }

  private static int month(String name) {
    String key = name.toLowerCase(Locale.ROOT);
    return MONTHS.getOrDefault(key.substring(0, Math.min(3, key.length())), 0);
  }

  private static LocalDate date(int year, int month, int day) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static LocalTime time(String hours, String minutes) {
    int h = parseInt(hours);
    int m = parseInt(minutes);
    return h >= 0 && h < 24 && m >= 0 && m < 60 ? LocalTime.of(h, m) : null;
  }

  private static int parseInt(String digits) {
    try {
      return Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
