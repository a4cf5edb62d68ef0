package org.lagebild.time;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lagebild.time.DateEvidence.Tense;

/**
 * Finds German temporal expressions (dates, times, durations, sets, vague references) and gives
 * each an unresolved TIMEX3 value ({@link TimexCandidate}). Rules are regular expressions over the
 * text; where several overlap the longest wins, then the earlier rule. Spans follow TIMEX
 * conventions: a modifier belongs to the expression ("Ende März"), a preposition does not ("am 21.
 * Januar" gives "21. Januar"), except where it carries the meaning ("vor zwei Wochen", "am Tag
 * darauf"). Never throws on odd text.
 */
public final class GermanTimexTagger {

  private GermanTimexTagger() {}

  /** A rule's pattern (with where its matches can start, to skip the rest of a text) and its reading. */
  private record Rule(MatchStarts pattern, Build build) {}

  /** Reads one match; the whole text is there for rules that look around the match. */
  private interface Build {
    Found apply(Matcher m, String text);
  }

  /** A rule's reading of one match: its span (relative to the match when group is set) and value. */
  private record Found(int start, int end, String type, String pattern) {}

  private static final String L = "(?<![\\p{L}\\d])";
  private static final String R = "(?![\\p{L}\\d])";
  private static final String MONTH =
      "(Januar|Jänner|Jan\\.|Februar|Feber|Feb\\.|März|April|Apr\\.|Mai|Juni|Juli|August|Aug\\."
          + "|September|Sept\\.|Sep\\.|Oktober|Okt\\.|November|Nov\\.|Dezember|Dez\\.)(?!\\p{L})";
  private static final String WEEKDAY = "(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag)";
  private static final String DAYPART_WORD = "(morgen|vormittag|mittag|nachmittag|abend|nacht)";
  private static final String DAYPART_OF =
      "(?:(?:[Gg]egen\\s+)?(?:(?:frühen|späten)\\s+)?(Morgen|Vormittag|Mittag|Nachmittag|Abend|Nacht)(?:stunden)?"
          + "\\s+(?:des|vom|zum|am|auf\\s+den)\\s+|(?:[Ii]m\\s+)?(?:Laufe|Verlauf)\\s+des\\s+)?";
  private static final String MOD =
      "(?:(?:[Gg]egen\\s+|[Uu]ngefähr\\s+|[Ee]twa\\s+)?(?:Anfang|Mitte|Ende|Beginn|Ausgang|Anfänge|Frühjahr)\\s+"
          + "(?:des\\s+|der\\s+)?)?";
  private static final String BC = "(\\s*v\\.\\s*Chr\\.)?";
  private static final String NUMBER =
      "(\\d{1,3}|(?i:eine[nmr]?|ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|dreizehn"
          + "|vierzehn|fünfzehn|sechzehn|siebzehn|achtzehn|neunzehn|zwanzig|dreißig|vierzig|fünfzig|sechzig"
          + "|hundert|beiden|anderthalb|zweieinhalb))";
  private static final String UNIT =
      "(Sekunden?|Minuten?|Stunden?|Tag(?:e|en|es)?|Wochen?|Monat(?:e|en|s)?|Jahr(?:e|en|es)?"
          + "|Jahrzehnt(?:e|en)?|Jahrhundert(?:e|en)?|Nacht|Nächte[n]?)";
  private static final String VAGUE = "((?i:wenige[nr]?|einige[nr]?|mehrere[nr]?|etliche[nr]?|viele[nr]?))";

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1), Map.entry("jän", 1), Map.entry("feb", 2), Map.entry("mär", 3),
          Map.entry("apr", 4), Map.entry("mai", 5), Map.entry("jun", 6), Map.entry("jul", 7),
          Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("okt", 10), Map.entry("nov", 11),
          Map.entry("dez", 12));
  private static final Map<String, Integer> WEEKDAYS =
      Map.of("montag", 1, "dienstag", 2, "mittwoch", 3, "donnerstag", 4, "freitag", 5, "samstag", 6,
          "sonnabend", 6, "sonntag", 7);
  private static final Map<String, Integer> NUMBERS =
      Map.ofEntries(
          Map.entry("ein", 1), Map.entry("eine", 1), Map.entry("einen", 1), Map.entry("einem", 1),
          Map.entry("einer", 1), Map.entry("zwei", 2), Map.entry("beiden", 2), Map.entry("drei", 3),
          Map.entry("vier", 4), Map.entry("fünf", 5), Map.entry("sechs", 6), Map.entry("sieben", 7),
          Map.entry("acht", 8), Map.entry("neun", 9), Map.entry("zehn", 10), Map.entry("elf", 11),
          Map.entry("zwölf", 12), Map.entry("dreizehn", 13), Map.entry("vierzehn", 14),
          Map.entry("fünfzehn", 15), Map.entry("sechzehn", 16), Map.entry("siebzehn", 17),
          Map.entry("achtzehn", 18), Map.entry("neunzehn", 19), Map.entry("zwanzig", 20),
          Map.entry("dreißig", 30), Map.entry("vierzig", 40), Map.entry("fünfzig", 50),
          Map.entry("sechzig", 60), Map.entry("hundert", 100));
  // Words after which a four-digit number is a year even before a capitalised noun ("seit 2014 Mitglied").
  private static final Set<String> YEAR_CUES =
      Set.of("im", "seit", "bis", "ab", "von", "vom", "nach", "vor", "um", "jahr", "jahre", "jahres",
          "zwischen", "anfang", "ende", "mitte", "beginn", "in", "frühjahr", "sommer",
          "herbst", "winter", "jahresbeginn", "jahresende", "kriegsjahr", "spätestens", "frühestens",
          "bereits", "schon", "erst", "noch", "seitdem", "zum", "des", "für", "gegen");

  private static final List<Rule> RULES = rules();

  /** All temporal expressions of {@code text}, in text order; none when the text is unreadable. */
  public static List<TimexCandidate> tag(String text) {
    try {
      return scan(text);
    } catch (RuntimeException e) {
      // Bad text is data: an unforeseen input yields no expressions instead of a failed article.
      return List.of();
    }
  }

  private static List<TimexCandidate> scan(String text) {
    record Hit(int start, int end, String type, String pattern, int rule) {}
    List<Hit> hits = new ArrayList<>();
    MatchStarts.Text words = new MatchStarts.Text(text);
    for (int r = 0; r < RULES.size(); r++) {
      Rule rule = RULES.get(r);
      MatchStarts.Matches matches = rule.pattern().in(words);
      while (matches.find()) {
        Found f = rule.build().apply(matches.matcher(), text);
        if (f != null && f.end() > f.start()) {
          hits.add(new Hit(f.start(), f.end(), f.type(), f.pattern(), r));
        }
      }
    }
    hits.sort(Comparator.<Hit>comparingInt(h -> h.start() - h.end()).thenComparingInt(Hit::rule)
        .thenComparingInt(Hit::start));
    BitSet used = new BitSet(text.length());
    List<Hit> kept = new ArrayList<>();
    for (Hit h : hits) {
      int next = used.nextSetBit(h.start());
      if (next < 0 || next >= h.end()) {
        used.set(h.start(), h.end());
        kept.add(h);
      }
    }
    kept.sort(Comparator.comparingInt(Hit::start));
    int[] sentenceStarts = GermanDateFinder.sentenceStarts(text);
    List<TimexCandidate> out = new ArrayList<>(kept.size());
    for (Hit h : kept) {
      String before = previousWord(text, h.start());
      Tense tense = before.equals("seit") || before.equals("seitdem") ? Tense.PAST : clauseTense(text, h.start(), h.end());
      if (tense == Tense.UNKNOWN) {
        tense = GermanDateFinder.tense(text, sentenceStarts, h.start(), h.end());
      }
      out.add(new TimexCandidate(h.start(), h.end(), text.substring(h.start(), h.end()), h.type(),
          h.pattern(), tense, aside(text, h.start(), h.end())));
    }
    return out;
  }

  private static List<Rule> rules() {
    List<Rule> rules = new ArrayList<>();
    // "Montag, 20. Januar 2022", "Nacht vom 8. Februar 1904", "215 v. Chr." dates.
    rules.add(rule(L + "(?:" + WEEKDAY + ",?\\s+(?:den\\s+)?)?" + DAYPART_OF + "(\\d{1,2})\\.\\s?" + MONTH
        + "\\s*(\\d{3,4})" + BC + "(?!\\d)", m -> {
          String year = year(m.group(5), m.group(6) != null);
          int month = month(m.group(4));
          int day = Integer.parseInt(m.group(3));
          if (year == null || !validDay(month, day)) {
            return null;
          }
          return found(m, "DATE", year + "-" + two(month) + "-" + two(day) + daypart(m.group(2)));
        }));
    rules.add(rule(L + "(?:" + WEEKDAY + ",?\\s+(?:den\\s+)?)?(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}|\\d{2})(?![\\d])", m -> {
      int day = Integer.parseInt(m.group(2));
      int month = Integer.parseInt(m.group(3));
      if (month < 1 || month > 12 || !validDay(month, day)) {
        return null;
      }
      String y = m.group(4);
      String rest = "-" + two(month) + "-" + two(day);
      return found(m, "DATE", y.length() == 2 ? "UNDEF-cent-" + y + rest : year(y, false) + rest);
    }));
    rules.add(rule(L + "(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2}))?(?![\\d])", m -> {
      int month = Integer.parseInt(m.group(2));
      int day = Integer.parseInt(m.group(3));
      if (month < 1 || month > 12 || !validDay(month, day)) {
        return null;
      }
      String date = m.group(1) + "-" + m.group(2) + "-" + m.group(3);
      return found(m, m.group(4) == null ? "DATE" : "TIME",
          m.group(4) == null ? date : date + "T" + m.group(4) + ":" + m.group(5));
    }));
    // "20. Januar", "Donnerstag, 20. Januar", "Morgen des 17. Oktober": the year comes from the anchor.
    rules.add(rule(L + "(?:" + WEEKDAY + ",?\\s+(?:den\\s+)?)?" + DAYPART_OF + "(\\d{1,2})\\.\\s?" + MONTH, m -> {
      int month = month(m.group(4));
      int day = Integer.parseInt(m.group(3));
      return validDay(month, day)
          ? found(m, "DATE", "UNDEF-year-" + two(month) + "-" + two(day) + daypart(m.group(2)))
          : null;
    }));
    // The first day of "13. und 14. September", "vom 8. bis 10. Mai 1940".
    rules.add(rule(L + DAYPART_OF + "(\\d{1,2})\\.\\s*(?:und|bis|oder|auf|–|-|/|,)\\s*(?:zum\\s+|den\\s+)?\\d{1,2}\\.\\s?" + MONTH
        + "(?:\\s*(\\d{4})(?!\\d))?", m -> {
          int day = Integer.parseInt(m.group(2));
          int month = month(m.group(3));
          if (!validDay(month, day)) {
            return null;
          }
          String year = m.group(4) == null ? "UNDEF-year" : m.group(4);
          return new Found(m.start(), m.end(2) + 1, "DATE", year + "-" + two(month) + "-" + two(day) + daypart(m.group(1)));
        }));
    // "März 1941", "Ende Juni 1940", "Mai 490 v. Chr."
    rules.add(rule(L + MOD + MONTH + "\\s+(\\d{3,4})" + BC + "(?!\\d)", m -> {
      String year = year(m.group(2), m.group(3) != null);
      return year == null ? null : found(m, "DATE", year + "-" + two(month(m.group(1))));
    }));
    rules.add(rule(L + MOD + MONTH + "\\s+(desselben|des\\s+gleichen|des\\s+folgenden|des\\s+nächsten"
        + "|des\\s+vorigen|dieses|des|nächsten|kommenden|vergangenen|letzten)\\s+Jahres" + R, m -> {
          String which = m.group(2).toLowerCase(Locale.ROOT);
          String mm = two(month(m.group(1)));
          if (which.contains("folgend") || which.contains("nächst") || which.contains("kommend")) {
            return found(m, "DATE", "UNDEF-ANA-year+1-" + mm);
          }
          if (which.contains("vorig") || which.contains("vergangen") || which.contains("letzt")) {
            return found(m, "DATE", "UNDEF-ANA-year-1-" + mm);
          }
          return found(m, "DATE", "UNDEF-year-" + mm);
        }));
    // "im Januar", "Anfang März": a bare month; "August" before a name is a person.
    rules.add(rule(L + MOD + MONTH + "(?!\\s+\\d)", (m, text) -> {
      String name = m.group(1);
      if ((name.equals("August") || name.equals("Mai")) && followedByName(m, text)) {
        return null;
      }
      return found(m, "DATE", "UNDEF-year-" + two(month(name)));
    }));
    // Seasons: "Sommer 1940", "im späten Frühjahr", "Winter 1941/42".
    rules.add(rule(L + MOD + "(?:(?:frühen|späten)\\s+)?(Frühjahr|Frühling|Sommer|Herbst|Winter)(?:e?s)?(?:\\s+(?:des\\s+Jahres\\s+)?(\\d{3,4})"
        + BC + "(?:/\\d{2})?)?" + R, m -> {
          String season = switch (m.group(1)) {
            case "Frühjahr", "Frühling" -> "SP";
            case "Sommer" -> "SU";
            case "Herbst" -> "FA";
            default -> "WI";
          };
          if (m.group(2) == null) {
            return found(m, "DATE", "UNDEF-year-" + season);
          }
          String year = year(m.group(2), m.group(3) != null);
          return year == null ? null : found(m, "DATE", year + "-" + season);
        }));
    // Years: "1939", "im Jahr 1939", "Ende 1940", "Jahresbeginn 1863", "490 v. Chr."
    rules.add(rule(L + MOD + "(?:(?:das\\s+|dem\\s+)?(Jahre?s?|Jahresbeginn|Jahresanfang|Jahresende|Jahresmitte"
        + "|Jahreswechsel|Jahreswende|Neujahrstag|Neujahr|Silvester|Weihnachten|(?:Ersten\\s+|Zweiten\\s+)?Weihnachtstag|Heiligabend)\\s+)?(\\d{1,4})" + BC + "(?!\\d|[.,:]\\d|\\s*(?:%|Prozent|Euro|Dollar|Mark))", (m, text) -> {
          boolean bc = m.group(3) != null;
          String digits = m.group(2);
          if (!bc && !(digits.length() == 4 && plausibleYear(digits))) {
            if (m.group(1) == null || digits.length() < 3) {
              return null;
            }
          }
          if (!bc && m.group(1) == null && m.start(0) == m.start(2) && !yearContext(m, text)) {
            return null;
          }
          String year = year(digits, bc);
          if (year == null) {
            return null;
          }
          String word = m.group(1) == null ? "" : m.group(1);
          String value = switch (word) {
            case "Neujahrstag", "Neujahr" -> year + "-01-01";
            case "Silvester" -> year + "-12-31";
            case "Heiligabend" -> year + "-12-24";
            case "Weihnachten", "Weihnachtstag", "Ersten Weihnachtstag" -> year + "-12-25";
            case "Zweiten Weihnachtstag" -> year + "-12-26";
            default -> year;
          };
          return found(m, "DATE", value);
        }));
    // "1870/71": the second year of a pair.
    rules.add(rule("(?<=(\\d{2})\\d{2}/)(\\d{2})(?![\\d.])", m -> new Found(m.start(2), m.end(2), "DATE", m.group(1) + m.group(2))));
    // Decades and centuries: "1920er Jahre", "20. Jahrhunderts", "5. Jahrhundert v. Chr."
    rules.add(rule(L + "(?:den\\s+)?(\\d{3})0er(?:\\s*-?\\s*Jahren?|-Jahren?)?" + R, m -> found(m, "DATE", m.group(1))));
    rules.add(rule(L + "(\\d{1,2})\\.\\s*Jahrhunderts?" + BC, m -> {
      int c = Integer.parseInt(m.group(1));
      if (c < 1 || c > 21) {
        return null;
      }
      return found(m, "DATE", m.group(2) != null ? "BC" + two(c - 1) : two(c - 1));
    }));
    // Deictic day words.
    rules.add(rule(L + "(heute|Heute|gestern|Gestern|vorgestern|Vorgestern|morgen|übermorgen|Übermorgen)"
        + "(?:\\s+(früh|Morgen|Vormittag|Mittag|Nachmittag|Abend|Nacht))?" + R, m -> {
          String word = m.group(1).toLowerCase(Locale.ROOT);
          int offset = switch (word) {
            case "heute" -> 0;
            case "gestern" -> -1;
            case "vorgestern" -> -2;
            case "morgen" -> 1;
            default -> 2;
          };
          String part = m.group(2) == null ? "" : m.group(2).equals("früh") ? "TMO" : daypart(m.group(2));
          if (offset == 0 && part.isEmpty()) {
            return found(m, "DATE", "UNDEF-today");
          }
          return found(m, part.isEmpty() ? "DATE" : "TIME", "UNDEF-REL-day" + signed(offset) + part);
        }));
    // Vague references.
    rules.add(rule(L + "(jetzt|Jetzt|derzeit|Derzeit|gegenwärtig|Gegenwärtig|zurzeit|Zurzeit|momentan|Momentan"
        + "|heutzutage|Heutzutage|zur\\s+Zeit(?!\\s+(?:der|des|dem|von))|aktuell|Aktuell)" + R, m -> found(m, "DATE", "PRESENT_REF")));
    rules.add(rule(L + "(bald|Bald|in\\s+Zukunft|künftig|Künftig|zukünftig|Zukünftig|demnächst|Demnächst"
        + "|in\\s+Kürze|binnen\\s+kurzem|[Zz]u\\s+gegebener\\s+Zeit|[Ww]enig\\s+später|[Kk]urz\\s+(?:danach|darauf)"
        + "|[Kk]urze\\s+Zeit\\s+später|(?:der\\s+)?Folgezeit|künftigen|zukünftigen)" + R, m -> found(m, "DATE", "FUTURE_REF")));
    rules.add(rule(L + "(kürzlich|Kürzlich|vor\\s+kurzem|[Vv]or\\s+Kurzem|in\\s+der\\s+Vergangenheit|jüngst|unlängst"
        + "|[Kk]urze\\s+Zeit\\s+(?:zuvor|vorher)|[Ww]enig\\s+zuvor)" + R, m -> found(m, "DATE", "PAST_REF")));
    // Anaphoric days: "am selben Tag", "am nächsten Morgen", "Tags darauf", "am Vortag".
    rules.add(rule(L + "(?:[Aa]m|[Ii]n\\s+der)\\s+(selben|gleichen|nächsten|folgenden|darauffolgenden|darauf\\s+folgenden|vorigen|Folge|selbigen)"
        + "\\s+(Tag|Tage|Morgen|Vormittag|Mittag|Nachmittag|Abend|Nacht)" + R, m -> {
          String which = m.group(1).toLowerCase(Locale.ROOT);
          int offset = which.startsWith("selb") || which.startsWith("gleich") ? 0 : which.startsWith("vorig") ? -1 : 1;
          String part = m.group(2).startsWith("Tag") ? "" : daypart(m.group(2));
          return found(m, part.isEmpty() ? "DATE" : "TIME", "UNDEF-ANA-day" + signed(offset) + part);
        }));
    rules.add(rule(L + "(Morgen|Vormittag|Mittag|Nachmittag|Abend|Nacht)\\s+(?:dieses|desselben|jenes|des\\s+gleichen)\\s+Tages" + R,
        m -> found(m, "TIME", "UNDEF-ANA-day+0" + daypart(m.group(1)))));
    rules.add(rule(L + "(?:[Aa]m\\s+)?(Vortag|Folgetag|Vorabend|Tags?\\s+darauf|Tags?\\s+danach|Tags?\\s+zuvor|Tag\\s+zuvor)" + R, m -> {
      String w = m.group(1);
      int offset = w.equals("Vortag") || w.equals("Vorabend") || w.endsWith("zuvor") ? -1 : 1;
      return found(m, "DATE", "UNDEF-ANA-day" + signed(offset) + (w.equals("Vorabend") ? "TEV" : ""));
    }));
    rules.add(rule(L + "(?:(?:im|in|dem)\\s+)?(selben|gleichen|folgenden|nächsten|darauffolgenden|vorigen|vorangegangenen|diesem|dieses|desselben|neuen|des\\s+folgenden|des\\s+gleichen|des\\s+neuen)"
        + "\\s+(Jahr|Jahres|Monat|Monats)" + R, m -> {
          String which = m.group(1).toLowerCase(Locale.ROOT);
          int offset = which.contains("folgend") || which.contains("nächst") || which.contains("neu") ? 1
              : which.startsWith("vor") ? -1 : 0;
          String unit = m.group(2).startsWith("Jahr") ? "year" : "month";
          int start = m.start(1);
          return new Found(start, m.end(), "DATE", "UNDEF-ANA-" + unit + signed(offset));
        }));
    rules.add(rule(L + "(?:im\\s+|dem\\s+)?(Folgejahr|Vorjahr|Folgemonat|Vormonat|Vorjahres|Folgejahres)" + R, m -> {
      String w = m.group(1);
      int offset = w.startsWith("Folge") ? 1 : -1;
      return new Found(m.start(1), m.end(1), "DATE", "UNDEF-ANA-" + (w.contains("jahr") ? "year" : "month") + signed(offset));
    }));
    // "Ende des Jahres", "Anfang des Monats": the year or month in focus.
    rules.add(rule(L + "(?:[Gg]egen\\s+)?(?:Anfang|Mitte|Ende|Beginn|Laufe|Verlauf)\\s+(?:des|dieses)\\s+(Jahres|Monats)" + R,
        m -> found(m, "DATE", "UNDEF-ANA-" + (m.group(1).equals("Jahres") ? "year" : "month") + "+0")));
    rules.add(rule(L + "(Jahresende|Jahresbeginn|Jahresanfang|Jahresmitte|Jahreswechsel)" + R,
        m -> found(m, "DATE", "UNDEF-ANA-year+0")));
    // "zwei Tage später", "drei Jahre zuvor", "nach zwei Tagen".
    rules.add(rule(L + NUMBER + "\\s+" + UNIT + "\\s+(später|danach|darauf|zuvor|vorher|früher)" + R, m -> {
      Integer n = number(m.group(1));
      String unit = unit(m.group(2));
      if (n == null || unit == null) {
        return null;
      }
      boolean back = Set.of("zuvor", "vorher", "früher").contains(m.group(3));
      return found(m, "DATE", relative("ANA", unit, back ? -n : n));
    }));
    rules.add(rule(L + "[Nn]ach\\s+" + NUMBER + "\\s+" + UNIT + R, m -> {
      Integer n = number(m.group(1));
      String unit = unit(m.group(2));
      if (n == null || unit == null) {
        return null;
      }
      // "nach zwei Tagen" dates the next event; "nach sechs Wochen" mostly measures how long it took.
      return unit.equals("D") ? found(m, "DATE", relative("ANA", unit, n)) : found(m, "DURATION", duration(unit, n));
    }));
    rules.add(rule(L + VAGUE + "\\s+" + UNIT + "\\s+(später|danach|darauf)" + R, m -> found(m, "DATE", "FUTURE_REF")));
    rules.add(rule(L + VAGUE + "\\s+" + UNIT + "\\s+(zuvor|vorher|früher)" + R, m -> found(m, "DATE", "PAST_REF")));
    // News deixis: "vor zwei Wochen", "in drei Tagen", "letzte Woche", "kommenden Monat".
    rules.add(rule(L + "[Vv]or\\s+" + NUMBER + "\\s+" + UNIT + R, m -> {
      Integer n = number(m.group(1));
      String unit = unit(m.group(2));
      return n == null || unit == null ? null : found(m, "DATE", relative("REL", unit, -n));
    }));
    rules.add(rule(L + "[Vv]or\\s+" + VAGUE + "\\s+" + UNIT + R, m -> found(m, "DATE", "PAST_REF")));
    // "in drei Tagen" is a day; "binnen sieben Tagen" a stretch (found by the duration rule).
    rules.add(rule(L + "[Ii]n\\s+" + NUMBER + "\\s+" + UNIT + R, m -> {
      Integer n = number(m.group(1));
      String unit = unit(m.group(2));
      return n == null || unit == null ? null : found(m, "DATE", relative("REL", unit, n));
    }));
    rules.add(rule(L + "(?:(?:[Ii]m\\s+Laufe|Anfang|Mitte|Ende)\\s+(?:der|des)\\s+)?(letzte[nrs]?|vergangene[nrs]?|vorige[nrs]?|kommende[nrs]?|nächste[nrs]?|diese[nrs]?|laufende[nrs]?|übernächste[nrs]?|vorvergangene[nrs]?)"
        + "\\s+(Woche|Wochenende|Monat|Monats|Jahr|Jahres|Quartal|Quartals)" + R, m -> {
          String which = m.group(1).toLowerCase(Locale.ROOT);
          int offset = which.startsWith("letzt") || which.startsWith("vergangen") || which.startsWith("vorig") ? -1
              : which.startsWith("vorvergangen") ? -2 : which.startsWith("übernächst") ? 2
              : which.startsWith("kommend") || which.startsWith("nächst") ? 1 : 0;
          String w = m.group(2);
          String unit = w.startsWith("Woche") ? "week" : w.startsWith("Monat") ? "month" : w.startsWith("Jahr") ? "year" : "quarter";
          String suffix = w.equals("Wochenende") ? "-WE" : "";
          return found(m, "DATE", "UNDEF-REL-" + unit + signed(offset) + suffix);
        }));
    rules.add(rule(L + "(?:[Aa]m|[Vv]om|[Dd]ieses|[Ii]n\\s+dieser|[Dd]iese)\\s+(Wochenende|Woche)" + R, m -> {
      String w = m.group(0);
      int start = w.startsWith("am") || w.startsWith("Am") || w.startsWith("vom") || w.startsWith("Vom") ? m.start(1)
          : w.startsWith("in") || w.startsWith("In") ? m.start() + w.indexOf("dieser") : m.start();
      boolean from = w.startsWith("vom") || w.startsWith("Vom"); // "die Krawalle vom Wochenende": the last one
      return new Found(start, m.end(), "DATE", m.group(1).equals("Wochenende") ? (from ? "UNDEF-weekend-P" : "UNDEF-weekend")
          : "UNDEF-REL-week+0");
    }));
    // "Anfang der Woche", "Mitte der Woche", "im Laufe des Tages": the week or day of the report.
    rules.add(rule(L + "(?:Anfang|Mitte|Ende)\\s+der\\s+Woche(?!\\s+(?:davor|zuvor|darauf|danach))" + R,
        m -> found(m, "DATE", "UNDEF-REL-week+0")));
    rules.add(rule(L + "(?:[Ii]m\\s+)?(?:Laufe|Verlauf)\\s+des\\s+(Tages|Vormittags|Nachmittags|Abends)" + R,
        m -> found(m, m.group(1).equals("Tages") ? "DATE" : "TIME", "UNDEF-REL-day+0"
            + (m.group(1).equals("Tages") ? "" : daypart(m.group(1).substring(0, m.group(1).length() - 1))))));
    rules.add(rule(L + "(?:(?:in\\s+)?der\\s+)?(Woche|Monat|Jahr)\\s+(davor|zuvor|darauf|danach)" + R, m -> {
      int offset = m.group(2).equals("davor") || m.group(2).equals("zuvor") ? -1 : 1;
      String unit = m.group(1).equals("Woche") ? "week" : m.group(1).equals("Monat") ? "month" : "year";
      // "-K": the week itself, not the day a week after the focus.
      return new Found(m.start(1), m.end(), "DATE", "UNDEF-ANA-" + unit + signed(offset) + (unit.equals("week") ? "-K" : ""));
    }));
    // "in der Nacht zu Sonntag": the night before that weekday.
    rules.add(rule(L + "Nacht\\s+(?:zu|zum|auf)\\s+(?:den\\s+)?" + WEEKDAY + R,
        m -> found(m, "TIME", "UNDEF-weekday-" + WEEKDAYS.get(m.group(1).toLowerCase(Locale.ROOT)) + "N")));
    rules.add(rule(L + "(vergangenen|letzten|heutigen|kommenden|nächsten)\\s+Nacht" + R, m -> {
      String w = m.group(1);
      int offset = w.equals("heutigen") ? 0 : w.equals("kommenden") || w.equals("nächsten") ? 0 : -1;
      return found(m, "TIME", "UNDEF-REL-day" + signed(offset) + "TNI");
    }));
    // Weekdays: "am Mittwoch", "Dienstagabend", "kommenden Freitag", "Montag früh".
    rules.add(rule(L + "(?:(letzte[nr]?|vergangen(?:e[nr]?)?|vorige[nr]?|kommende[nr]?|nächste[nr]?|diese[nmr]?)\\s+)?" + WEEKDAY
        + "(?:" + DAYPART_WORD + "|\\s+(früh|Morgen|Vormittag|Mittag|Nachmittag|Abend|Nacht))?" + R, m -> {
          int day = WEEKDAYS.get(m.group(2).toLowerCase(Locale.ROOT));
          String part = m.group(3) != null ? daypart(m.group(3)) : m.group(4) != null
              ? (m.group(4).equals("früh") ? "TMO" : daypart(m.group(4))) : "";
          String force = "";
          if (m.group(1) != null) {
            String which = m.group(1).toLowerCase(Locale.ROOT);
            force = which.startsWith("kommend") || which.startsWith("nächst") ? "F"
                : which.startsWith("dies") ? "W" : "P";
          }
          return found(m, part.isEmpty() ? "DATE" : "TIME", "UNDEF-weekday-" + day + force + part);
        }));
    // Sets: "jeden Montag", "montags", "täglich", "pro Jahr".
    rules.add(rule(L + "(?:[Jj]eden|[Jj]ede[ns]?)\\s+" + WEEKDAY + R,
        m -> found(m, "SET", "XXXX-WXX-" + WEEKDAYS.get(m.group(1).toLowerCase(Locale.ROOT)))));
    rules.add(rule(L + "(montags|dienstags|mittwochs|donnerstags|freitags|samstags|sonnabends|sonntags)" + R,
        m -> found(m, "SET", "XXXX-WXX-" + WEEKDAYS.get(m.group(1).substring(0, m.group(1).length() - 1)))));
    rules.add(rule(L + "(?:(?:[Jj]eden|[Jj]ede[ns]?|[Pp]ro|[Ii]m|[Aa]lle)\\s+(?:(\\d{1,2}|zwei|drei|vier|fünf|sechs|zehn)\\s+)?(Tag|Tage|Woche|Wochen|Monat|Monate|Jahr|Jahre|Stunde|Stunden|Minute|Minuten)"
        + "|([Tt]äglich|[Ww]öchentlich|[Mm]onatlich|[Jj]ährlich|[Ss]tündlich|[Aa]lljährlich))" + R, m -> {
          if (m.group(3) != null) {
            String w = m.group(3);
            w = w.toLowerCase(Locale.ROOT);
            String v = w.startsWith("tä") ? "P1D" : w.startsWith("wö") ? "P1W" : w.startsWith("mo") ? "P1M"
                : w.startsWith("st") ? "PT1H" : "P1Y";
            return found(m, "SET", v);
          }
          if (m.group(0).toLowerCase(Locale.ROOT).startsWith("im ")) {
            return null; // "im Jahr" is no set
          }
          Integer n = m.group(1) == null ? Integer.valueOf(1) : number(m.group(1));
          String unit = unit(m.group(2));
          return n == null || unit == null ? null : found(m, "SET", duration(unit, n));
        }));
    // Clock times: "4:45 Uhr", "16 Uhr", "4 Uhr 45", "um 9.30 Uhr", "Mitternacht".
    rules.add(rule(L + "(\\d{1,2})(?:[:.](\\d{2})\\s*Uhr|\\s*Uhr(?:\\s+(\\d{2})(?!\\d))?)" + R, m -> {
      int h = Integer.parseInt(m.group(1));
      String mm = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : "00";
      if (h > 24 || Integer.parseInt(mm) > 59) {
        return null;
      }
      return found(m, "TIME", "UNDEF-time-T" + two(h) + ":" + mm);
    }));
    rules.add(rule(L + "(?<=\\b(?:um|gegen|ab|bis)\\s)(\\d{1,2}):(\\d{2})" + R, m -> {
      int h = Integer.parseInt(m.group(1));
      return h > 24 || Integer.parseInt(m.group(2)) > 59 ? null : found(m, "TIME", "UNDEF-time-T" + two(h) + ":" + m.group(2));
    }));
    rules.add(rule(L + "(ein|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)\\s+Uhr" + R, m -> {
      int h = m.group(1).equals("eins") ? 1 : NUMBERS.get(m.group(1));
      return found(m, "TIME", "UNDEF-time-T" + two(h) + ":00");
    }));
    rules.add(rule(L + "(Mitternacht)" + R, m -> found(m, "TIME", "UNDEF-time-T24:00")));
    rules.add(rule(L + "(?<=\\b(?:[Aa]m|[Ii]n\\s+der|[Gg]egen)\\s)(Morgen|Vormittag|Nachmittag|Abend|Nacht)(?!\\s+(?:des|vom|zum))" + R,
        m -> found(m, "TIME", "UNDEF-ANA-day+0" + daypart(m.group(1)))));
    // Durations: "zwei Wochen", "24 Stunden", "wenige Tage", "wochenlang", "zweiwöchigen".
    rules.add(rule(L + "(?:(?i:über|fast|etwa|rund|knapp|gut|mehr\\s+als|weniger\\s+als|mindestens|nur|ganze[n]?|innerhalb|binnen|maximal|höchstens|bis\\s+zu)\\s+)?"
        + "(?:(?:letzten|vergangenen|nächsten|kommenden|ersten|folgenden)\\s+)?" + NUMBER + "\\s+(?:weitere[n]?\\s+)?" + UNIT
        + "(?!\\s+(?:alt|alte[nr]?|jung)\\b)" + R, m -> {
          Integer n = number(m.group(1));
          String unit = unit(m.group(2));
          if (n == null || unit == null || (m.group(1).chars().allMatch(Character::isDigit) && m.group(1).length() > 3)) {
            return null;
          }
          return found(m, "DURATION", duration(unit, n));
        }));
    rules.add(rule(L + "(?:(?:[Ii]nnerhalb|[Nn]ach|[Bb]innen|[Ff]ür|[Ii]n)\\s+)?" + VAGUE + "\\s+" + UNIT + R, m -> {
      String unit = unit(m.group(2));
      return unit == null ? null : found(m, "DURATION", duration(unit, -1));
    }));
    rules.add(rule(L + "(?<=\\b(?:[Ss]eit|[Ff]ür|[Nn]ach|[Vv]or)\\s)(Sekunden|Minuten|Stunden|Tagen|Wochen|Monaten|Jahren|Jahrzehnten|Jahrhunderten)" + R, m -> {
      String unit = unit(m.group(1));
      return unit == null ? null : found(m, "DURATION", duration(unit, -1));
    }));
    rules.add(rule(L + "mehr(tägig|wöchig|monatig|jährig)(?:e[nmrs]?)?" + R, m -> found(m, "DURATION",
        "PX" + switch (m.group(1)) {
          case "tägig" -> "D";
          case "wöchig" -> "W";
          case "monatig" -> "M";
          default -> "Y";
        })));
    // "in den folgenden Tagen", "die ersten Wochen", "in den letzten Jahren": an unspecified stretch.
    rules.add(rule(L + "(?:(?:den|die)\\s+)?((?:folgenden|nächsten|ersten|vorangegangenen|kommenden|letzten|vergangenen|darauffolgenden)"
        + "\\s+(Tage|Tagen|Wochen|Monate|Monaten|Jahre|Jahren|Jahrzehnte|Jahrzehnten))" + R, m -> new Found(m.start(1), m.end(),
        "DURATION", duration(unit(m.group(2)), -1))));
    rules.add(rule(L + "(?:diesem|jenem|demselben)\\s+Tag" + R, m -> found(m, "DATE", "UNDEF-ANA-day+0")));
    rules.add(rule(L + "(stunden|tage|wochen|monate|jahre|jahrzehnte)lange?[nmrs]?" + R,
        m -> found(m, "DURATION", duration(unit(capitalise(m.group(1))), -1))));
    rules.add(rule(L + NUMBER + "(tägig|wöchig|monatig|jährig)(?:e[nmrs]?)?" + R, m -> {
      Integer n = number(m.group(1));
      String unit = switch (m.group(2)) {
        case "tägig" -> "D";
        case "wöchig" -> "W";
        case "monatig" -> "M";
        default -> "Y";
      };
      return n == null ? null : found(m, "DURATION", "P" + n + unit);
    }));
    return List.copyOf(rules);
  }

  private static Rule rule(String regex, Function<Matcher, Found> build) {
    return rule(regex, (m, text) -> build.apply(m));
  }

  private static Rule rule(String regex, Build build) {
    return new Rule(MatchStarts.of(Pattern.compile(regex)), (m, text) -> {
      try {
        return build.apply(m, text);
      } catch (RuntimeException e) {
        return null; // a number too large for int, an unknown word: the rule does not apply here
      }
    });
  }

  private static Found found(Matcher m, String type, String pattern) {
    return new Found(m.start(), m.end(), type, pattern);
  }

  private static String relative(String kind, String unit, int n) {
    String u = switch (unit) {
      case "D" -> "day";
      case "W" -> "week";
      case "M" -> "month";
      case "Y" -> "year";
      case "DE" -> "decade";
      case "CE" -> "century";
      default -> null;
    };
    if (u == null) {
      return "UNDEF-ANA-day+0"; // hours and minutes later: the same day
    }
    if (u.equals("decade")) {
      return "UNDEF-" + kind + "-year" + signed(10 * n);
    }
    if (u.equals("century")) {
      return "UNDEF-" + kind + "-year" + signed(100 * n);
    }
    return "UNDEF-" + kind + "-" + u + signed(n);
  }

  /** TIMEX3 duration; {@code n < 0} for an unspecified amount ("wochenlang": {@code PXW}). */
  private static String duration(String unit, int n) {
    String amount = n < 0 ? "X" : Integer.toString(n);
    return switch (unit) {
      case "TH", "TM", "TS" -> "PT" + amount + unit.substring(1);
      case "NI" -> "P" + amount + "D";
      default -> "P" + amount + unit;
    };
  }

  private static String unit(String word) {
    if (word.startsWith("Sekunde")) {
      return "TS";
    }
    if (word.startsWith("Minute")) {
      return "TM";
    }
    if (word.startsWith("Stunde")) {
      return "TH";
    }
    if (word.startsWith("Jahrzehnt")) {
      return "DE";
    }
    if (word.startsWith("Jahrhundert")) {
      return "CE";
    }
    if (word.startsWith("Tag")) {
      return "D";
    }
    if (word.startsWith("Woche")) {
      return "W";
    }
    if (word.startsWith("Monat")) {
      return "M";
    }
    if (word.startsWith("Jahr")) {
      return "Y";
    }
    if (word.startsWith("Nacht") || word.startsWith("Nächte")) {
      return "NI";
    }
    return null;
  }

  private static Integer number(String word) {
    if (word.chars().allMatch(Character::isDigit)) {
      return Integer.parseInt(word);
    }
    String w = word.toLowerCase(Locale.ROOT);
    if (w.equals("anderthalb") || w.equals("zweieinhalb")) {
      return null;
    }
    return NUMBERS.get(w);
  }

  private static String daypart(String word) {
    if (word == null) {
      return "";
    }
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "morgen", "vormittag" -> "TMO";
      case "mittag" -> "TMI";
      case "nachmittag" -> "TAF";
      case "abend" -> "TEV";
      case "nacht" -> "TNI";
      default -> "";
    };
  }

  /** A TIMEX year ("1939", "BC0490"), or {@code null} when out of range. */
  private static String year(String digits, boolean bc) {
    int y = Integer.parseInt(digits);
    if (bc) {
      return y >= 1 && y <= 9999 ? "BC" + String.format(Locale.ROOT, "%04d", y) : null;
    }
    return y >= 100 && y <= 2200 ? String.format(Locale.ROOT, "%04d", y) : null;
  }

  private static boolean plausibleYear(String digits) {
    int y = Integer.parseInt(digits);
    return y >= 1000 && y <= 2100;
  }

  // Cues read within the clause of a mention, before the whole sentence is asked.
  private static final Set<String> CLAUSE_FUTURE =
      Set.of("wird", "werden", "werde", "soll", "sollen", "will", "wollen", "könnte", "könnten", "dürfte",
          "dürften", "würde", "würden", "plant", "planen", "geplant", "geplante", "geplanten", "geplanter",
          "kommende", "kommenden", "nächste", "nächsten", "bevorstehende", "bevorstehenden", "voraussichtlich");
  private static final Set<String> CLAUSE_PAST =
      Set.of("hat", "haben", "hatte", "hatten", "war", "waren", "wurde", "wurden", "ist", "sind", "bereits",
          "vergangene", "vergangenen", "letzte", "letzten", "vorige", "vorigen", "sagte", "sagten", "erklärte",
          "betonte", "traf", "trafen", "besuchte", "sprach", "reiste", "kam", "landete", "warnte", "forderte",
          "stieg", "stiegen", "sank", "sanken", "fiel", "fielen", "lag", "lagen", "ging", "gingen", "stand",
          "standen", "blieb", "blieben", "zeigte", "zeigten", "wuchs", "meldete", "meldeten", "berichtete");
  private static final Pattern CLAUSE_WORD = Pattern.compile("\\p{L}+");

  /**
   * The tense cue of the clause around a mention (between commas, semicolons, colons, quotes or
   * sentence ends): "Der Verband könnte im März streiken, sagte er" is future although "sagte" is past.
   * {@code UNKNOWN} when the clause has cues of both kinds or none.
   */
  static Tense clauseTense(String text, int start, int end) {
    int from = start;
    while (from > 0 && from > start - 200 && ",;:.!?\n\"„“«»".indexOf(text.charAt(from - 1)) < 0) {
      from--;
    }
    int to = end;
    while (to < text.length() && to < end + 200 && ",;:.!?\n\"„“«»".indexOf(text.charAt(to)) < 0) {
      to++;
    }
    boolean future = false;
    boolean past = false;
    Matcher w = CLAUSE_WORD.matcher(text).region(from, to);
    while (w.find()) {
      if (w.start() >= start && w.end() <= end) {
        continue;
      }
      String word = w.group().toLowerCase(Locale.ROOT);
      future |= CLAUSE_FUTURE.contains(word);
      past |= CLAUSE_PAST.contains(word);
    }
    if (!future && !past && requestedClause(text, from)) {
      return Tense.FUTURE;
    }
    return future == past ? Tense.UNKNOWN : future ? Tense.FUTURE : Tense.PAST;
  }

  // Verbs of asking for, announcing or agreeing on something: what their dass-clause says is to come.
  private static final Pattern REQUESTING = Pattern.compile(
      "(?iu)\\b(?:beantragt|gefordert|fordert|forderte|verlangt|verlangte|angekündigt|kündigt|kündigte|vereinbart|"
          + "vereinbarte|beschlossen|beschloss|beschließt|geplant|plant|plante|erwartet|erwartete|hofft|hoffte|"
          + "aufgefordert|forderten|fordern|bat|bittet|gebeten|drängt|drängte|gedrängt|angeordnet|ordnete|"
          + "ordnet|zugesagt|sagte\\s+zu|sicherte\\s+zu|zugesichert|verständigt|einigten|geeinigt)\\b");

  /**
   * A clause opened by "dass" or "damit" after a verb of requesting, announcing or agreeing, with no
   * tense cue of its own: "Der Verband hat beantragt, dass der Ausschuss am Montag zusammentritt" speaks of
   * a coming Monday although the main clause is past.
   */
  private static boolean requestedClause(String text, int clauseStart) {
    Matcher first = CLAUSE_WORD.matcher(text).region(clauseStart, Math.min(text.length(), clauseStart + 40));
    if (!first.find()) {
      return false;
    }
    String opener = first.group().toLowerCase(Locale.ROOT);
    if (!opener.equals("dass") && !opener.equals("damit")) {
      return false;
    }
    int comma = clauseStart - 1;
    if (comma < 0 || text.charAt(comma) != ',') {
      return false;
    }
    int from = comma;
    while (from > 0 && from > comma - 200 && ";:.!?\n\"„“«»".indexOf(text.charAt(from - 1)) < 0) {
      from--;
    }
    return REQUESTING.matcher(text.substring(from, comma)).find();
  }

  /**
   * An aside that does not move a narrative's time: in parentheses ("(1908)", "(ab 1929
   * Jugoslawien)") or a starting point looked back to ("seit 1871").
   */
  static boolean aside(String text, int start, int end) {
    for (int i = start - 1; i >= Math.max(0, start - 80); i--) {
      char c = text.charAt(i);
      if (c == ')' || c == '\n') {
        break;
      }
      if (c == '(') {
        return true;
      }
    }
    String previous = previousWord(text, start);
    return Set.of("seit", "seitdem", "bis", "ab").contains(previous);
  }

  /** A bare four-digit number is a year unless it counts something ("1500 Soldaten"). */
  private static boolean yearContext(Matcher m, String text) {
    if (YEAR_CUES.contains(previousWord(text, m.start()))) {
      return true;
    }
    int after = m.end();
    while (after < text.length() && text.charAt(after) == ' ') {
      after++;
    }
    if (after >= text.length() || !Character.isUpperCase(text.charAt(after))) {
      return true;
    }
    // A capitalised word after the number: a counted noun, unless a clause boundary precedes the year.
    int before = m.start() - 1;
    while (before >= 0 && text.charAt(before) == ' ') {
      before--;
    }
    return before < 0 || ".,;:(–-\n\"„".indexOf(text.charAt(before)) >= 0;
  }

  /** "August Bebel", "Mai Thi": a name, unless a month cue precedes ("im August Regen"). */
  private static boolean followedByName(Matcher m, String text) {
    int i = m.end();
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    boolean capitalised = i + 1 < text.length() && Character.isUpperCase(text.charAt(i))
        && Character.isLowerCase(text.charAt(i + 1));
    return capitalised && !YEAR_CUES.contains(previousWord(text, m.start()));
  }

  private static String previousWord(String text, int start) {
    int end = start;
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    int begin = end;
    while (begin > 0 && Character.isLetter(text.charAt(begin - 1))) {
      begin--;
    }
    return text.substring(begin, end).toLowerCase(Locale.ROOT);
  }

  private static String capitalise(String s) {
    return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  private static boolean validDay(int month, int day) {
    if (month < 1 || month > 12 || day < 1) {
      return false;
    }
    int max = switch (month) {
      case 2 -> 29;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
    return day <= max;
  }

  private static int month(String name) {
    String key = name.toLowerCase(Locale.ROOT);
    return MONTHS.getOrDefault(key.substring(0, Math.min(3, key.length())), 0);
  }

  private static String two(int n) {
    return String.format(Locale.ROOT, "%02d", n);
  }

  private static String signed(int n) {
    return n >= 0 ? "+" + n : Integer.toString(n);
  }
}
