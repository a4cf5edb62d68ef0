package org.lagebild.clean;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lagebild.model.AnnotatedDocument;
import org.lagebild.model.Layer;
import org.lagebild.model.Noise;
import org.lagebild.model.Stage;

/**
 * Finds scraping debris without changing the text. Conservative by design: a span is flagged only
 * when its form gives it away (a bare tag word at a line start, a photo credit line, a URL, a line
 * of capitals, a whitespace run), so real sentences and headings stay untouched.
 *
 * <p>Kinds: {@code markup} (a bare tag word such as {@code h2 } before a heading, leftover tags,
 * character entities), {@code byline} (author, photo credit, copyright and avatar/meta lines),
 * {@code url} (web and e-mail addresses), {@code crosshead} (a short line of upper-case words),
 * {@code whitespace} (the excess of a run of 3+ spaces or tabs, or of 3+ blank lines) and {@code
 * boilerplate} (share, read-also, newsletter, cookie and paywall prompts).
 */
public final class NoiseDetector implements Stage {

  /** Debris spans in text order. */
  public static final Layer<List<Noise>> NOISE = Layer.of("noise");

  /** Lines longer than this are prose, whatever they start with. */
  private static final int MAX_META_LINE = 160;

  // A bare HTML element name left at a line start by a scraper that dropped the angle brackets.
  private static final Pattern BARE_TAG =
      Pattern.compile(
          "^[ \\t]*((?:h[1-6]|p|li|ul|ol|div|span|strong|em|blockquote|figcaption|caption|td|th)"
              + "[ \\t]+)(?=\\S)");
  private static final Pattern TAG =
      Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]{0,15}(?:\\s[^<>\\n]{0,300})?/?>");
  private static final Pattern ENTITY =
      Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,9});");
  private static final Pattern URL =
      Pattern.compile(
          "(?:https?://|ftp://|www\\.)[^\\s<>\"“”„»«]+"
              + "|\\b(?:[a-zA-Z0-9-]+\\.)+(?:de|com|net|org|info|eu|at|ch|uk|ru|io)/[^\\s<>\"“”„»«]*"
              + "|\\b[\\w.+-]+@[a-zA-Z0-9-]+(?:\\.[a-zA-Z0-9-]+)*\\.[a-zA-Z]{2,}\\b");
  private static final Pattern WHITESPACE_RUN = Pattern.compile("[ \\t\\u00A0]{3,}");
  private static final Pattern BLANK_LINES = Pattern.compile("\\n(?:[ \\t\\r\\u00A0]*\\n){3,}");

  // Meta lines that credit or date the piece rather than report.
  private static final Pattern BYLINE_LINE =
      Pattern.compile(
          "^(?:(?:Fotos?|Bild|Bilder|Bildquelle|Quelle|Grafik|Video|Titelbild|Beitragsbild|Copyright"
              + "|Autor|Autorin|Text)\\s*:.*"
              + "|©.*|\\(c\\)\\s.*"
              + "|.*\\bAvatar[_ ]\\S*.*"
              + "|date\\s+\\d{4}(?:-\\d{2}){0,2}\\b.*"
              + "|(?:Von|Ein Kommentar von|Ein Gastbeitrag von)\\s+\\p{Lu}[\\p{L}.'-]*"
              + "(?:\\s+(?:und|von|van|de|der|\\p{Lu}[\\p{L}.'-]*)){0,5}"
              + "(?:\\s*[,|]\\s*\\p{Lu}[\\p{L}. -]*)?)$");
  // "... vermuten. Von Frank Schwede" at the end of a paragraph.
  private static final Pattern TRAILING_BYLINE =
      Pattern.compile("(?<=[.!?“\"])[ \\t]*(Von\\s+\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){1,2})[ \\t]*$");
  private static final Pattern INLINE_CREDIT =
      Pattern.compile(
          "\\((?:Symbolbild|Archivbild|Archivfoto|Foto|Fotos|Bild|Quelle|Grafik)(?:\\s*:[^()\\n]{0,80})?\\)"
              + "|©\\s*[\\p{L}/ .-]{1,40}");
  private static final Pattern BOILERPLATE_LINE =
      Pattern.compile(
          "^(?:Teilen|Artikel teilen|Beitrag teilen|Jetzt teilen|Drucken|Merken|Kommentare|Weiterlesen"
              + "|Mehr lesen|Anzeige|Werbung|Tweet|Teilen auf .*|Auf (?:Facebook|Twitter|WhatsApp|X)"
              + " teilen.*|Lesen Sie\\b.*|Mehr zum Thema\\s*:?.*"
              + "|Auch interessant\\s*:?.*|Zum Thema\\s*:.*|Das könnte Sie auch interessieren.*"
              + "|Hier zu lesen\\s*:|Newsletter.*|.*\\bNewsletter (?:abonnieren|bestellen|anmelden)\\b.*"
              + "|Jetzt (?:abonnieren|anmelden|registrieren|testen|weiterlesen|freischalten)\\b.*"
              + "|Folgen Sie (?:uns|\\p{Lu}\\p{L}+) (?:auf|bei) .*)$");
  // Cookie and paywall prompts; matched anywhere in a short line.
  private static final Pattern CONSENT_OR_PAYWALL =
      Pattern.compile(
          "(?i:wir verwenden cookies|verwendet cookies|cookie-einstellungen|cookies zu|cookies akzeptieren"
              + "|datenschutzeinstellungen|zustimmung zu cookies|javascript (?:aktivieren|deaktiviert)"
              + "|nur für abonnenten|für abonnenten verfügbar|abo abschließen|zum abo\\b"
              + "|sie haben bereits ein (?:abo|abonnement|konto)|artikel freischalten"
              + "|weiterlesen mit|exklusiv für abonnenten|plus-artikel|mit werbung lesen"
              + "|werbefrei lesen)");

  @Override
  public String name() {
    return "noise";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of();
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(NOISE);
  }

  @Override
  public AnnotatedDocument process(AnnotatedDocument document) {
    return document.with(NOISE, detect(document.text()));
  }

  /** The debris of one text: sorted, non-overlapping spans. */
  public static List<Noise> detect(String text) {
    List<Noise> found = new ArrayList<>();
    int lineStart = 0;
    int length = text.length();
    while (lineStart <= length) {
      int newline = text.indexOf('\n', lineStart);
      int lineEnd = newline < 0 ? length : newline;
      scanLine(text, lineStart, lineEnd, found);
      if (newline < 0) {
        break;
      }
      lineStart = newline + 1;
    }
    addAll(found, TAG.matcher(text), "markup");
    addAll(found, ENTITY.matcher(text), "markup");
    addUrls(text, found);
    Matcher spaces = WHITESPACE_RUN.matcher(text);
    while (spaces.find()) {
      // Leading indentation is layout too, but one space of a run is the separator it stands for.
      found.add(new Noise(spaces.start() + 1, spaces.end(), "whitespace"));
    }
    Matcher blank = BLANK_LINES.matcher(text);
    while (blank.find()) {
      // Keep one paragraph break (two line breaks); the rest is excess.
      int second = text.indexOf('\n', text.indexOf('\n', blank.start()) + 1);
      found.add(new Noise(second + 1, blank.end(), "whitespace"));
    }
    return resolveOverlaps(found);
  }

  private static void scanLine(String text, int start, int end, List<Noise> found) {
    int s = start;
    int e = end;
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    if (s == e) {
      return;
    }
    String line = text.substring(s, e);
    Matcher tag = BARE_TAG.matcher(line);
    if (tag.find()) {
      found.add(new Noise(s + tag.start(1), s + tag.end(1), "markup"));
      // The heading after the tag word is content; judge only what follows it.
      int contentStart = s + tag.end(1);
      line = text.substring(contentStart, e);
      s = contentStart;
    }
    if (line.length() <= MAX_META_LINE) {
      if (BYLINE_LINE.matcher(line).matches()) {
        found.add(new Noise(s, e, "byline"));
        return;
      }
      if (BOILERPLATE_LINE.matcher(line).matches()) {
        found.add(new Noise(s, e, "boilerplate"));
        return;
      }
      if (line.length() <= 300 && CONSENT_OR_PAYWALL.matcher(line).find()) {
        found.add(new Noise(s, e, "boilerplate"));
        return;
      }
      if (isCrosshead(line)) {
        found.add(new Noise(s, e, "crosshead"));
        return;
      }
    } else if (line.length() <= 400 && CONSENT_OR_PAYWALL.matcher(line).find() && !looksLikeReport(line)) {
      found.add(new Noise(s, e, "boilerplate"));
      return;
    }
    Matcher trailing = TRAILING_BYLINE.matcher(line);
    if (trailing.find()) {
      found.add(new Noise(s + trailing.start(1), s + trailing.end(1), "byline"));
    }
    Matcher credit = INLINE_CREDIT.matcher(line);
    while (credit.find()) {
      int cs = s + credit.start();
      int ce = s + credit.end();
      while (ce > cs && Character.isWhitespace(text.charAt(ce - 1))) {
        ce--;
      }
      found.add(new Noise(cs, ce, "byline"));
    }
  }

  /** A consent prompt is written to the reader; a report about cookies quotes someone. */
  private static boolean looksLikeReport(String line) {
    String lower = line.toLowerCase(Locale.ROOT);
    return lower.contains("sagte") || lower.contains("erklärte") || lower.contains("laut ");
  }

  /**
   * A short line whose letters are all capitals, with at least two words or one long word: "MEHR
   * NATO-RUSSISCHE GESPRÄCHE". An acronym inside a sentence never fills a whole line.
   */
  static boolean isCrosshead(String line) {
    if (line.length() > 80 || ".!?:;,".indexOf(line.charAt(line.length() - 1)) >= 0) {
      // Terminal punctuation makes it a shouted sentence or a speaker label, not a crosshead.
      return false;
    }
    int letters = 0;
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isLetter(c)) {
        if (Character.isLowerCase(c) && c != 'ß') {
          return false;
        }
        letters++;
        if (!inWord) {
          words++;
          inWord = true;
        }
      } else {
        inWord = c == '-' && inWord;
      }
    }
    return letters >= 6 && (words >= 2 || letters >= 10) && words <= 10;
  }

  private static void addAll(List<Noise> found, Matcher m, String kind) {
    while (m.find()) {
      found.add(new Noise(m.start(), m.end(), kind));
    }
  }

  private static void addUrls(String text, List<Noise> found) {
    Matcher m = URL.matcher(text);
    while (m.find()) {
      int end = m.end();
      // Sentence punctuation after an address belongs to the sentence.
      while (end > m.start() && ".,;:!?)]}'’“".indexOf(text.charAt(end - 1)) >= 0) {
        end--;
      }
      if (end > m.start() + 4) {
        found.add(new Noise(m.start(), end, "url"));
      }
    }
  }

  /** Sorted by start; a span inside an earlier one is dropped, a partial overlap is trimmed. */
  private static List<Noise> resolveOverlaps(List<Noise> found) {
    found.sort(Comparator.comparingInt(Noise::start).thenComparing(n -> -n.end()));
    List<Noise> result = new ArrayList<>();
    int covered = 0;
    for (Noise n : found) {
      if (n.end() <= covered) {
        continue;
      }
      int start = Math.max(n.start(), covered);
      if (start < n.end()) {
        result.add(start == n.start() ? n : new Noise(start, n.end(), n.kind()));
        covered = n.end();
      }
    }
    return List.copyOf(result);
  }
}
