package org.lagebild.discrepancies;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds quantities in German text and reads them as ranges: digits with German separators ("100.000",
 * "100 000", "1,5"), scale words ("1,5 Millionen", "zwei Milliarden"), number words ("zwölf"), vague
 * plurals ("Zehntausende", "Hunderte") and qualifiers ("mehr als", "rund", "knapp", "bis zu"). Dates,
 * times, years, ordinals and numbers glued to words ("COVID-19", "G7") are not quantities. The counted
 * noun after the number (adjectives and "von" skipped) or after "Zahl der" before it is the head; heads
 * are folded to a key and mapped through the synonym groups in {@code figure-heads.txt}.
 */
public final class GermanFigureParser {

  private static final String NUM = "\\d{1,3}(?:[.\\u00a0\\u202f ]\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?";
  private static final String SCALE =
      "Tausend|Millionen|Million|Mio\\.?|Milliarden|Milliarde|Mrd\\.?|Billionen|Billion";
  private static final String WORDS =
      "zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|vierzig|fünfzig"
          + "|sechzig|siebzig|achtzig|neunzig|hundert|einhundert|tausend|eintausend|eine|ein|einer";
  private static final String VAGUE =
      "(?i:Dutzende[n]?|Hunderte[n]?|Tausende[n]?|Zehntausende[n]?|Hunderttausende[n]?)"
          + "|(?i:einige[n]?|mehrere[n]?|etliche[n]?|ein paar)\\s+(?i:hundert|tausend)(?:e[n]?)?";
  private static final String QUALIFIER =
      "mehr als|weit mehr als|deutlich mehr als|über|weit über|knapp über|knapp|fast|beinahe|nahezu"
          + "|annähernd|rund|etwa|ungefähr|circa|ca\\.|gut|schätzungsweise|weniger als|unter"
          + "|bis zu|maximal|höchstens|mindestens|wenigstens";
  private static final Pattern FIGURE =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}\\-/.,])(?:(?<q>(?i:" + QUALIFIER + "))\\s+)?(?:(?<n>" + NUM + ")"
              + "(?:\\s*(?<s>" + SCALE + ")(?![\\p{L}]))?|(?<w>(?i:" + WORDS + "))\\s+(?<ws>" + SCALE
              + ")(?![\\p{L}])|(?<v>" + VAGUE + ")(?![\\p{L}])|(?<wn>(?i:" + WORDS + ")))"
              + "(?![\\p{L}\\p{N}])");
  private static final Pattern MONTH_AFTER =
      Pattern.compile(
          "^\\.?\\s*(Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober"
              + "|November|Dezember|Jan\\.|Feb\\.|Mär\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sep\\.|Sept\\."
              + "|Okt\\.|Nov\\.|Dez\\.)");
  private static final Pattern NOT_A_COUNT_AFTER =
      Pattern.compile("^(?:\\s*(?:Uhr|h\\b|Jahre?n?\\b|Jährige|jährige|-|/|:|\\.\\d|\\.\\s*\\p{Ll}))");
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}][\\p{L}\\-]*|%|€|\\$|[^\\s\\p{L}]");
  private static final Pattern YEAR_BEFORE =
      Pattern.compile("(?i)(?:jahr|jahres|jahre|seit|im|bis|ab|von|anno|frühjahr|sommer|herbst|winter)\\s*$");
  private static final Set<String> SKIPPABLE =
      Set.of("von", "der", "die", "den", "dem", "des", "an", "aus", "weitere", "weiteren", "neue",
          "neuen", "zusätzliche", "zusätzlichen", "so"); // "so genannte"
  private static final Map<String, Double> NUMBER_WORDS = new HashMap<>();
  private static final Map<String, String> HEAD_GROUPS = loadHeadGroups();
  private static final String INCIDENCE = headKey("Inzidenz");

  static {
    String[] words = {
      "ein", "1", "eine", "1", "einer", "1", "zwei", "2", "drei", "3", "vier", "4", "fünf", "5",
      "sechs", "6", "sieben", "7", "acht", "8", "neun", "9", "zehn", "10", "elf", "11", "zwölf", "12",
      "zwanzig", "20", "dreißig", "30", "vierzig", "40", "fünfzig", "50", "sechzig", "60", "siebzig",
      "70", "achtzig", "80", "neunzig", "90", "hundert", "100", "einhundert", "100", "tausend", "1000",
      "eintausend", "1000"
    };
    for (int i = 0; i < words.length; i += 2) {
      NUMBER_WORDS.put(words[i], Double.parseDouble(words[i + 1]));
    }
  }

  /** The quantities of {@code text}; offsets are {@code offset} plus the index in {@code text}. */
  public List<Figure> find(String text, int offset) {
    List<Figure> figures = new ArrayList<>();
    Matcher m = FIGURE.matcher(text);
    int from = 0;
    while (from < text.length() && m.find(from)) {
      from = m.end();
      Matcher range = RANGE_END.matcher(text).region(m.end(), text.length());
      if (range.lookingAt()) {
        // "350 bis 400 Menschen", "180.000 bis 220.000": one figure spanning both bounds
        Matcher second = FIGURE.matcher(text);
        if (second.find(range.end()) && second.start() == range.end() && second.group("q") == null) {
          Figure lowEnd = read(text.substring(0, m.end()), m, offset, false);
          Figure highEnd = read(text, second, offset, true);
          if (lowEnd != null && highEnd != null && lowEnd.nominal() < highEnd.nominal()) {
            figures.add(new Figure(offset + m.start(), highEnd.end(),
                text.substring(m.start(), highEnd.end() - offset), (lowEnd.nominal() + highEnd.nominal()) / 2,
                lowEnd.nominal(), highEnd.nominal(), -1, highEnd.unit(), highEnd.head(), highEnd.headKey()));
            from = second.end();
            continue;
          }
        }
      }
      Figure f = read(text, m, offset, true);
      if (f != null) {
        figures.add(f);
      }
    }
    return elliptic(partitives(text, offset, figures));
  }

  /**
   * "17.000 Menschen im Zug, rund 20.000 bei der Kundgebung", "die Polizei zählte 20.000 Teilnehmer,
   * die Veranstalter 1,3 Millionen": a bare count after a counted one in the same text counts the
   * same thing. Callers pass one sentence at a time.
   */
  private static List<Figure> elliptic(List<Figure> figures) {
    List<Figure> out = new ArrayList<>(figures);
    for (int i = 1; i < out.size(); i++) {
      Figure f = out.get(i);
      Figure before = out.get(i - 1);
      if (f.head() == null && f.unit() == null && before.head() != null && before.unit() == null) {
        out.set(i, new Figure(f.start(), f.end(), f.text(), f.nominal(), f.low(), f.high(),
            f.vagueMagnitude(), null, before.head(), before.headKey()));
      }
    }
    return out;
  }

  private static final Pattern PARTITIVE = Pattern.compile("\\s*(?:der|von)\\s*");

  /** "61 der 120 Abgeordneten": the part counts the same thing as the whole that follows it. */
  private static List<Figure> partitives(String text, int offset, List<Figure> figures) {
    List<Figure> out = new ArrayList<>(figures);
    for (int i = 0; i + 1 < out.size(); i++) {
      Figure part = out.get(i);
      Figure whole = out.get(i + 1);
      if (part.head() == null && part.unit() == null && whole.head() != null
          && whole.start() >= part.end()
          && PARTITIVE.matcher(text.substring(part.end() - offset, whole.start() - offset)).matches()) {
        out.set(i, new Figure(part.start(), part.end(), part.text(), part.nominal(), part.low(),
            part.high(), part.vagueMagnitude(), null, whole.head(), whole.headKey()));
      }
    }
    return out;
  }

  private static final Pattern RANGE_END = Pattern.compile("\\s*(?:bis|–|-)\\s*(?=\\d|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)");

  private Figure read(String text, Matcher m, int offset, boolean checkAfter) {
    String after = text.substring(m.end());
    if (checkAfter && (MONTH_AFTER.matcher(after).find() || NOT_A_COUNT_AFTER.matcher(after).find())) {
      return null;
    }
    double nominal;
    int vague = -1;
    boolean wordOnly = false;
    if (m.group("n") != null) {
      String written = m.group("n");
      // "22,000" is English thousands: a German decimal is not written with ",000"
      if (written.matches("\\d{1,3},000")) {
        written = written.replace(",", "");
      }
      String digits = written.replaceAll("[.\\u00a0\\u202f ]", "").replace(',', '.');
      try {
        nominal = Double.parseDouble(digits);
      } catch (NumberFormatException e) {
        return null;
      }
      boolean grouped = !m.group("n").matches("\\d+(?:,\\d+)?");
      if (m.group("s") == null && !grouped && m.group("n").matches("(19|20)\\d\\d")
          && (m.group("q") == null || YEAR_BEFORE.matcher(text.substring(0, m.start())).find())) {
        return null;
      }
      if (m.group("s") != null) {
        nominal *= scale(m.group("s"));
      }
    } else if (m.group("w") != null) {
      nominal = NUMBER_WORDS.get(m.group("w").toLowerCase(Locale.ROOT)) * scale(m.group("ws"));
    } else if (m.group("v") != null) {
      String v = m.group("v").toLowerCase(Locale.ROOT).replaceAll("n$", "");
      v = v.substring(v.lastIndexOf(' ') + 1); // "einige tausend" is "Tausende"
      vague =
          switch (v) {
            case "dutzende" -> 1;
            case "hunderte", "hundert" -> 2;
            case "tausende", "tausend" -> 3;
            case "zehntausende" -> 4;
            default -> 5;
          };
      nominal = 2 * Math.pow(10, vague);
    } else {
      String w = m.group("wn").toLowerCase(Locale.ROOT);
      if (w.startsWith("ein")) {
        return null; // the indefinite article, not a count
      }
      nominal = NUMBER_WORDS.get(w);
      wordOnly = true;
    }
    double low = nominal;
    double high = nominal;
    if (vague >= 0) {
      low = 2 * Math.pow(10, vague);
      high = Math.pow(10, vague + 1) - 1;
    } else if (nominal >= 1000 && nominal % Math.pow(10, Figure.magnitude(nominal) - 1) == 0) {
      // A round figure ("100.000", "1,5 Millionen") is itself an estimate.
      low = nominal * 0.97;
      high = nominal * 1.03;
    }
    String q = m.group("q") == null ? "" : m.group("q").toLowerCase(Locale.ROOT);
    switch (q) {
      case "" -> {}
      case "mehr als", "weit mehr als", "deutlich mehr als", "über", "weit über", "knapp über",
          "mindestens", "wenigstens" -> high = Double.POSITIVE_INFINITY;
      case "weniger als", "unter", "maximal", "höchstens" -> low = 0;
      // "bis zu 1,3 Millionen Teilnehmer" claims about that many, not any number below it
      case "bis zu" -> low = Math.min(low, nominal * 0.5);
      case "knapp", "fast", "beinahe", "nahezu", "annähernd" -> low = Math.min(low, nominal * 0.9);
      case "gut" -> high = Math.max(high, nominal * 1.1);
      default -> {
        low = Math.min(low, nominal * 0.9);
        high = Math.max(high, nominal * 1.1);
      }
    }
    String unit = null;
    String head = null;
    int end = m.end();
    Matcher t = TOKEN.matcher(text);
    t.region(m.end(), text.length());
    int skipped = 0;
    while (t.find() && skipped <= 3) {
      String tok = t.group();
      String lower = tok.toLowerCase(Locale.ROOT);
      if (tok.equals("%") || lower.equals("prozent") || lower.equals("prozentpunkte")) {
        if (unit != null) {
          break;
        }
        unit = "percent";
        end = t.end();
        continue;
      }
      if (tok.equals("€") || lower.equals("euro")) {
        unit = "EUR";
        end = t.end();
        break;
      }
      if (tok.equals("$") || lower.equals("dollar") || lower.equals("us-dollar")) {
        unit = "USD";
        end = t.end();
        break;
      }
      if (Character.isUpperCase(tok.charAt(0)) && tok.length() > 1) {
        head = tok;
        end = t.end();
        break;
      }
      if (SKIPPABLE.contains(lower) || lower.matches("\\p{L}+(e|en|er|es|em)")) {
        skipped++;
        continue;
      }
      break;
    }
    if (head == null && unit == null) {
      head = headBefore(text.substring(0, m.start()));
    }
    if (PER_BEFORE.matcher(text.substring(Math.max(0, m.start() - 6), m.start())).find()) {
      return null; // "je 100.000 Einwohner": the denominator of a rate, not a count
    }
    if (head != null && unit == null && PER_AFTER.matcher(text.substring(end)).lookingAt()) {
      // "über 50 Infektionen pro 100.000 Einwohner" is an incidence, not a number of infections
      head = head + " je 100.000";
      return new Figure(offset + m.start(), offset + end, text.substring(m.start(), end), nominal, low,
          high, vague, null, head, INCIDENCE);
    }
    if (wordOnly && head == null && unit == null) {
      return null; // "zwei" alone is rarely a figure worth comparing
    }
    return new Figure(
        offset + m.start(),
        offset + end,
        text.substring(m.start(), end),
        nominal,
        low,
        high,
        vague,
        unit,
        head,
        head == null ? null : headKey(head));
  }

  private static final Pattern PER_BEFORE = Pattern.compile("\\b(?:pro|je)\\s+$");
  private static final Pattern PER_AFTER =
      Pattern.compile("\\s*(?:pro|je)\\s+(?:100[.\\u00a0 ]?000|hunderttausend)\\b");

  private static final Pattern COUNT_OF =
      Pattern.compile("(?:Zahl|Anzahl)\\s+(?:der|an|von)\\s+(?:\\p{Ll}+\\s+)?(\\p{Lu}[\\p{L}\\-]+)[^.;:]{0,60}$");

  /**
   * "Die Sieben-Tage-Inzidenz lag am Montag bei 61,0", "eine Reproduktionszahl von 1,2": a rate named
   * before its value, linked by "bei", "von" or "auf".
   */
  private static final Pattern MEASURE_BEFORE =
      Pattern.compile("(\\p{Lu}[\\p{L}\\-]*(?<=[Ii]nzidenz|[Ii]nzidenzwert|Reproduktionszahl|R-Wert))\\)?"
          + "(?:\\s+[^.;:]{0,60}?)?\\s+(?:bei|von|auf)\\s*$");

  /** "Die Zahl der Neuinfektionen stieg auf 1.234": the head precedes the number. */
  private static String headBefore(String before) {
    Matcher m = COUNT_OF.matcher(before);
    if (m.find()) {
      return m.group(1);
    }
    Matcher r = MEASURE_BEFORE.matcher(before.length() > 160 ? before.substring(before.length() - 160) : before);
    return r.find() ? r.group(1) : null;
  }

  private static double scale(String s) {
    String l = s.toLowerCase(Locale.ROOT);
    if (l.startsWith("tausend")) {
      return 1e3;
    }
    if (l.startsWith("mio") || l.startsWith("million")) {
      return 1e6;
    }
    if (l.startsWith("mrd") || l.startsWith("milliard")) {
      return 1e9;
    }
    return 1e12;
  }

  /**
   * A comparison key for a head noun: last part of a hyphen compound, lower case, umlauts folded,
   * one plural or case ending dropped, then mapped to its synonym group ("Truppen" and "Soldaten"
   * share one).
   */
  public static String headKey(String head) {
    String h = head.substring(head.lastIndexOf('-') + 1).toLowerCase(Locale.ROOT);
    h = h.replace('ä', 'a').replace('ö', 'o').replace('ü', 'u').replace("ß", "ss");
    h = stem(h);
    String group = HEAD_GROUPS.get(h);
    if (group == null && HEAD_GROUPS.containsKey(stem(h))) {
      // two endings: "Teilnehmern", "Teilnehmerinnen" fold to "teilnehmer", grouped as "teilnehm"
      h = stem(h);
      group = HEAD_GROUPS.get(h);
    }
    if (group == null) {
      for (Map.Entry<String, String> e : HEAD_GROUPS.entrySet()) {
        // compounds: "Corona-Neuinfektionen", "Armeesoldaten" end in a grouped head
        if (e.getKey().length() >= 5 && h.endsWith(e.getKey())) {
          return e.getValue();
        }
      }
    }
    return group != null ? group : h;
  }

  private static String stem(String h) {
    for (String ending : new String[] {"innen", "en", "er", "n", "e", "s"}) {
      if (h.length() > ending.length() + 3 && h.endsWith(ending)) {
        return h.substring(0, h.length() - ending.length());
      }
    }
    return h;
  }

  private static Map<String, String> loadHeadGroups() {
    Map<String, String> groups = new HashMap<>();
    try (InputStream in = GermanFigureParser.class.getResourceAsStream("figure-heads.txt")) {
      if (in == null) {
        throw new IllegalStateException("figure-heads.txt missing from the class path");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] words = line.split("\\s+");
        String key = stem(fold(words[0]));
        for (String w : words) {
          groups.put(stem(fold(w)), key);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(groups);
  }

  private static String fold(String w) {
    return w.toLowerCase(Locale.ROOT).replace('ä', 'a').replace('ö', 'o').replace('ü', 'u')
        .replace("ß", "ss");
  }
}
