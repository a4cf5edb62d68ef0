package org.lagebild.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lagebild.time.DateEvidence.Tense;

/**
 * Turns the unresolved values of {@link TimexCandidate}s into TIMEX3 values. News ({@link
 * TimexDocumentType#NEWS}) counts deictic expressions ("gestern", "letzte Woche", "am Freitag") from
 * the publication date and sends a weekday or a yearless date to the past or future by the tense of
 * its sentence; anaphoric ones ("am Tag darauf") from the last date the text mentioned. A narrative
 * counts everything from the last mentioned date, as HeidelTime's narrative mode does. Pure
 * function of its input: the same candidates with a new anchor give new values.
 */
public final class TimexNormalizer {

  private TimexNormalizer() {}

  /**
   * A candidate with its value ({@code null} when no anchor was known) and the anchor it was counted
   * from ({@code null} for absolute values).
   */
  public record Normalized(TimexCandidate candidate, String value, String anchor) {}

  private static final int FAR_FUTURE_DAYS = 150;
  private static final int RECENT_PAST_DAYS = 60;
  private static final Pattern SUFFIX = Pattern.compile("(T(?:MO|MI|AF|EV|NI|\\d{2}:\\d{2}))$");
  private static final Pattern YEARLESS = Pattern.compile("UNDEF-year-(\\d{2}|SP|SU|FA|WI)(?:-(\\d{2}))?");
  private static final Pattern CENT = Pattern.compile("UNDEF-cent-(\\d{2})-(\\d{2})-(\\d{2})");
  private static final Pattern WEEKDAY = Pattern.compile("UNDEF-weekday-(\\d)([FPWN]?)");
  private static final Pattern RELATIVE =
      Pattern.compile("UNDEF-(REL|ANA)-(day|week|month|year|quarter)([+-]\\d+)(-WE|-K|-\\d{2})?");
  private static final Pattern TIME = Pattern.compile("UNDEF-time-(T\\d{2}:\\d{2})");
  private static final Pattern CONCRETE = Pattern.compile("(BC\\d{4}|\\d{4})(?:-(\\d{2}))?(?:-(\\d{2}))?.*");

  /** A point in the text's time: year always, month and day when known (0 otherwise). */
  private record Focus(int year, int month, int day) {
    LocalDate date() {
      return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
    }

    String value() {
      return day > 0 ? formatDay(date()) : month > 0 ? yearText(year) + "-" + two(month) : yearText(year);
    }

    static Focus of(LocalDate d) {
      return new Focus(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
    }
  }

  /**
   * Values for {@code candidates} (in text order) of one document.
   *
   * @param publication the publication date; {@code null} when unknown (news values that need it
   *     then fall back to the text's own dates, or stay {@code null})
   */
  public static List<Normalized> normalize(
      List<TimexCandidate> candidates, TimexDocumentType type, LocalDate publication) {
    List<Normalized> out = new ArrayList<>(candidates.size());
    Focus focus = type == TimexDocumentType.NEWS && publication != null ? Focus.of(publication) : null;
    Focus now = publication == null ? null : Focus.of(publication);
    for (TimexCandidate c : candidates) {
      Normalized n;
      try {
        n = resolve(c, type, now, focus);
      } catch (DateTimeException | ArithmeticException | NumberFormatException e) {
        n = new Normalized(c, null, null); // an impossible date stays unresolved
      }
      out.add(n);
      if (n.value() != null && !c.aside() && !c.type().equals("DURATION") && !c.type().equals("SET")) {
        Focus next = focus(n.value(), focus);
        if (next != null) {
          focus = next;
        }
      }
    }
    return out;
  }

  private static Normalized resolve(TimexCandidate c, TimexDocumentType type, Focus now, Focus focus) {
    String pattern = c.pattern();
    if (!pattern.startsWith("UNDEF")) {
      if (focus != null && focus.year() <= 0 && pattern.matches("0\\d{3}")) {
        // "im Jahr 478" in a narrative of 480 BC: the era carries over.
        return new Normalized(c, "BC" + pattern, focus.value());
      }
      return new Normalized(c, pattern, null);
    }
    String suffix = "";
    Matcher s = SUFFIX.matcher(pattern);
    if (!pattern.startsWith("UNDEF-time-") && s.find()) {
      suffix = s.group(1);
      pattern = pattern.substring(0, s.start());
    }
    boolean news = type == TimexDocumentType.NEWS;
    // Deictic expressions count from the speaker's now in news, from the narrative's focus otherwise.
    Focus deictic = news && now != null ? now : focus != null ? focus : now;
    Focus anaphoric = focus != null ? focus : now;
    Matcher m;
    if (pattern.equals("UNDEF-today")) {
      return news && now != null ? new Normalized(c, formatDay(now.date()), now.value())
          : new Normalized(c, "PRESENT_REF", null);
    }
    if ((m = YEARLESS.matcher(pattern)).matches()) {
      String part = m.group(1);
      int month = switch (part) {
        case "SP" -> 4;
        case "SU" -> 7;
        case "FA" -> 10;
        case "WI" -> 1;
        default -> Integer.parseInt(part);
      };
      int day = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
      Focus base = news && now != null ? now : anaphoric;
      if (base == null) {
        return new Normalized(c, null, null);
      }
      int year = news && now != null ? yearByTense(now, month, day, c.tense()) : base.year();
      String value = yearText(year) + "-" + (Character.isDigit(part.charAt(0)) ? part : part)
          + (m.group(2) == null ? "" : "-" + m.group(2));
      return new Normalized(c, value + (day > 0 ? suffix : ""), base.value());
    }
    if ((m = CENT.matcher(pattern)).matches()) {
      int yy = Integer.parseInt(m.group(1));
      Focus base = news ? (now != null ? now : focus) : (focus != null ? focus : now);
      int century = base == null ? 1900 : (base.year() / 100) * 100;
      int year = century + yy;
      if (news && base != null && year > base.year() + 1) {
        year -= 100;
      }
      return new Normalized(c, yearText(year) + "-" + m.group(2) + "-" + m.group(3) + suffix,
          base == null ? null : base.value());
    }
    if ((m = WEEKDAY.matcher(pattern)).matches()) {
      Focus base = news && now != null ? now : anaphoric;
      if (base == null || base.day() == 0) {
        return new Normalized(c, base == null ? null : base.value() + "-WXX-" + m.group(1), null);
      }
      int iso = Integer.parseInt(m.group(1));
      if (m.group(2).equals("W")) {
        // "an diesem Freitag": the weekday of the current week.
        LocalDate day = base.date().plusDays(iso - base.date().getDayOfWeek().getValue());
        return new Normalized(c, formatDay(day) + suffix, base.value());
      }
      Tense tense = m.group(2).equals("F") ? Tense.FUTURE : m.group(2).equals("P") ? Tense.PAST : c.tense();
      if (tense == Tense.UNKNOWN && news) {
        tense = Tense.PAST; // news mostly reports what happened: "am Montag reisten ... an"
      }
      LocalDate day = weekday(base.date(), iso, tense, m.group(2).equals("F") || m.group(2).equals("P"));
      if (m.group(2).equals("N")) {
        return new Normalized(c, formatDay(day.minusDays(1)) + "TNI", base.value()); // the night before
      }
      return new Normalized(c, formatDay(day) + suffix, base.value());
    }
    if (pattern.startsWith("UNDEF-weekend")) {
      Focus base = news && now != null ? now : anaphoric;
      if (base == null || base.day() == 0) {
        return new Normalized(c, null, null);
      }
      // "am Wochenende": the coming one in the future tense, otherwise the last one begun.
      LocalDate d = base.date();
      int dow = d.getDayOfWeek().getValue();
      if ((pattern.endsWith("-P") || c.tense() != Tense.FUTURE) && dow < 6) {
        d = d.minusWeeks(1);
      }
      return new Normalized(c, shift(Focus.of(d), "week", 0, "-WE"), base.value());
    }
    if ((m = RELATIVE.matcher(pattern)).matches()) {
      Focus base = m.group(1).equals("REL") ? deictic : anaphoric;
      if (base == null) {
        return new Normalized(c, null, null);
      }
      String unit = m.group(2);
      int amount = Integer.parseInt(m.group(3));
      boolean keepDay = m.group(1).equals("ANA") && base.day() > 0 && m.group(4) == null
          && (unit.equals("week") || unit.equals("month")) && amount != 0;
      // "eine Woche später" after "15. Dezember 1917" is a day, not a week.
      String value = keepDay
          ? formatDay(unit.equals("week") ? base.date().plusWeeks(amount) : base.date().plusMonths(amount))
          : shift(base, unit, amount, m.group(4));
      boolean dayLevel = value.length() == 10 || (value.startsWith("BC") && value.length() == 12);
      return new Normalized(c, value + (dayLevel ? suffix : ""), base.value());
    }
    if ((m = TIME.matcher(pattern)).matches()) {
      Focus base = anaphoric;
      if (base == null) {
        return new Normalized(c, null, null);
      }
      String day = base.day() > 0 ? formatDay(base.date())
          : yearText(base.year()) + "-" + (base.month() > 0 ? two(base.month()) : "XX") + "-XX";
      return new Normalized(c, day + m.group(1), base.value());
    }
    return new Normalized(c, null, null);
  }

  /** The year that puts a yearless date on the side of {@code now} its tense asks for. */
  static int yearByTense(Focus now, int month, int day, Tense tense) {
    int best = now.year();
    long bestDistance = Long.MAX_VALUE;
    LocalDate today = now.date();
    for (int year = now.year() - 1; year <= now.year() + 1; year++) {
      LocalDate d = LocalDate.of(year, month, day == 0 ? 1 : Math.min(day, 28));
      LocalDate end = day == 0 ? d.with(TemporalAdjusters.lastDayOfMonth()) : d;
      if (tense == Tense.PAST && d.isAfter(today)) {
        continue;
      }
      if (tense == Tense.FUTURE && end.isBefore(today)) {
        continue;
      }
      long distance = Math.abs(today.toEpochDay() - (d.toEpochDay() + end.toEpochDay()) / 2);
      if (tense == Tense.UNKNOWN && d.isAfter(today)) {
        distance = distance * 3 / 2; // without a cue, news more often looks back ("wie im Frühjahr") than ahead
      }
      if (distance < bestDistance) {
        bestDistance = distance;
        best = year;
      }
    }
    if (tense == Tense.FUTURE && bestDistance > FAR_FUTURE_DAYS) {
      // "wird ... die am 15. Dezember vorgelegten Entwürfe": the future cue belongs to the main clause
      // and a recent past day is likelier than one almost a year ahead.
      int previous = yearByTense(now, month, day, Tense.PAST);
      LocalDate d = LocalDate.of(previous, month, day == 0 ? 1 : Math.min(day, 28));
      if (today.toEpochDay() - d.toEpochDay() <= RECENT_PAST_DAYS) {
        return previous;
      }
    }
    return best;
  }

  /**
   * The weekday {@code iso} seen from {@code base}: the coming one for the future, the last one for
   * the past, the nearest otherwise; the same day counts unless "kommenden"/"letzten" forced it.
   */
  static LocalDate weekday(LocalDate base, int iso, Tense tense, boolean forced) {
    int delta = iso - base.getDayOfWeek().getValue();
    if (tense == Tense.FUTURE) {
      if (delta < 0 || (delta == 0 && forced)) {
        delta += 7;
      }
    } else if (tense == Tense.PAST) {
      if (delta > 0 || (delta == 0 && forced)) {
        delta -= 7;
      }
    } else if (delta > 3) {
      delta -= 7;
    } else if (delta < -3) {
      delta += 7;
    }
    return base.plusDays(delta);
  }

  private static String shift(Focus base, String unit, int n, String extra) {
    switch (unit) {
      case "day" -> {
        if (base.day() == 0) {
          return base.value(); // "zwei Tage später" after "im März 1940": no better than the month
        }
        return formatDay(base.date().plusDays(n));
      }
      case "week" -> {
        if (base.day() == 0) {
          return base.value();
        }
        LocalDate d = base.date().plusWeeks(n);
        String week = yearText(d.get(IsoFields.WEEK_BASED_YEAR)) + "-W" + two(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        return "-WE".equals(extra) ? week + "-WE" : week;
      }
      case "month" -> {
        if (base.month() == 0) {
          return yearText(base.year());
        }
        LocalDate d = LocalDate.of(base.year(), base.month(), 1).plusMonths(n);
        return yearText(d.getYear()) + "-" + two(d.getMonthValue());
      }
      case "quarter" -> {
        if (base.month() == 0) {
          return yearText(base.year());
        }
        LocalDate d = LocalDate.of(base.year(), base.month(), 1).plusMonths(3L * n);
        return yearText(d.getYear()) + "-Q" + ((d.getMonthValue() - 1) / 3 + 1);
      }
      default -> {
        String year = yearText(base.year() + n);
        return extra != null && extra.matches("-\\d{2}") ? year + extra : year;
      }
    }
  }

  /** The focus after a resolved value: its year, and month and day where it has them. */
  private static Focus focus(String value, Focus previous) {
    Matcher m = CONCRETE.matcher(value);
    if (!m.matches()) {
      return null;
    }
    int year = parseYear(m.group(1));
    if (value.length() > 4 && value.charAt(4) == '-' && value.length() > 5 && value.charAt(5) == 'W') {
      return previous != null && previous.year() == year ? previous : new Focus(year, 0, 0);
    }
    int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    if (month > 12 || day > 31) {
      return null;
    }
    if (month == 0 && previous != null && previous.year() == year) {
      return previous; // "1940" after "3. Mai 1940" keeps the finer focus
    }
    if (day == 0 && previous != null && previous.year() == year && previous.month() == month) {
      return previous;
    }
    return new Focus(year, month, day);
  }

  private static int parseYear(String text) {
    return text.startsWith("BC") ? 1 - Integer.parseInt(text.substring(2)) : Integer.parseInt(text);
  }

  /** TIMEX year: astronomical year 0 is 1 BC ({@code BC0001}). */
  static String yearText(int year) {
    return year <= 0 ? "BC" + String.format(Locale.ROOT, "%04d", 1 - year) : String.format(Locale.ROOT, "%04d", year);
  }

  private static String formatDay(LocalDate d) {
    return yearText(d.getYear()) + "-" + two(d.getMonthValue()) + "-" + two(d.getDayOfMonth());
  }

  private static String two(int n) {
    return String.format(Locale.ROOT, "%02d", n);
  }
}
