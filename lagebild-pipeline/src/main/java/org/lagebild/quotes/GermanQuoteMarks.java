package org.lagebild.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs quotation marks in German text: „…“ and „…”, "…", »…«, «…», ‚…‘, English “…”. A quote may
 * run over sentences, and over paragraphs when each paragraph re-opens it ("„A\n\n„B“"), the printed
 * convention. Marks that find no partner within their paragraph are left unpaired.
 */
final class GermanQuoteMarks {

  /** At most this many characters between the marks of one quote. */
  static final int MAX_QUOTE_CHARS = 4000;

  /** A pair of marks: the opening mark at {@code open}, the closing one at {@code close}. */
  record Pair(int open, int close) {
    int contentStart() {
      return open + 1;
    }

    int contentEnd() {
      return close;
    }
  }

  private GermanQuoteMarks() {}

  static List<Pair> find(String text) {
    List<Pair> pairs = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      int close = isOpener(text, i) ? findCloser(text, i, c) : -1;
      if (close > i + 1) {
        pairs.add(new Pair(i, close));
        i = close + 1;
      } else {
        i++;
      }
    }
    return pairs;
  }

  /** The paragraph-opening marks inside a multi-paragraph quote are dropped from its text. */
  static String contentText(String text, Pair pair) {
    String content = text.substring(pair.contentStart(), pair.contentEnd());
    char opener = text.charAt(pair.open());
    StringBuilder sb = new StringBuilder(content.length());
    for (int k = 0; k < content.length(); k++) {
      char ch = content.charAt(k);
      if (ch == opener && k > 0 && afterParagraphBreak(content, k)) {
        continue;
      }
      sb.append(ch);
    }
    return sb.toString();
  }

  private static boolean isOpener(String text, int i) {
    char c = text.charAt(i);
    switch (c) {
      case '\u201E', '\u00BB', '\u00AB', '\u201A' -> {
        return i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
      }
      case '"', '\u201C' -> {
        boolean before = i == 0 || openingContext(text.charAt(i - 1));
        return before && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
      }
      default -> {
        return false;
      }
    }
  }

  private static boolean openingContext(char prev) {
    return Character.isWhitespace(prev) || "([{/—–-:;\u00A0".indexOf(prev) >= 0;
  }

  private static boolean closingContext(String text, int k) {
    if (k + 1 >= text.length()) {
      return true;
    }
    char next = text.charAt(k + 1);
    return !Character.isLetterOrDigit(next);
  }

  private static boolean isCloserFor(char opener, String text, int k) {
    char c = text.charAt(k);
    boolean prevSpace = Character.isWhitespace(text.charAt(k - 1));
    return switch (opener) {
      case '\u201E' -> (c == '\u201C' || c == '\u201D' || c == '"') && !prevSpace;
      case '\u201C' -> c == '\u201D' && !prevSpace;
      case '"' -> c == '"' && !prevSpace && closingContext(text, k);
      case '\u00BB' -> c == '\u00AB' && !prevSpace;
      case '\u00AB' -> c == '\u00BB' && !prevSpace;
      case '\u201A' -> (c == '\u2018' || c == '\u2019') && !prevSpace && closingContext(text, k);
      default -> false;
    };
  }

  private static int findCloser(String text, int open, char opener) {
    int limit = Math.min(text.length(), open + MAX_QUOTE_CHARS);
    for (int k = open + 1; k < limit; k++) {
      char c = text.charAt(k);
      if (c == '\n' && paragraphBreakAt(text, k)) {
        int next = skipSpace(text, k);
        if (next < text.length() && text.charAt(next) == opener) {
          k = next;
          continue;
        }
        return -1;
      }
      if (isCloserFor(opener, text, k)) {
        return k;
      }
      if (c == opener && opener != '"' && opener != '\u201C') {
        return -1;
      }
    }
    return -1;
  }

  private static boolean paragraphBreakAt(String text, int k) {
    for (int j = k + 1; j < text.length(); j++) {
      char c = text.charAt(j);
      if (c == '\n') {
        return true;
      }
      if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean afterParagraphBreak(String s, int k) {
    int newlines = 0;
    for (int j = k - 1; j >= 0; j--) {
      char c = s.charAt(j);
      if (c == '\n') {
        newlines++;
      } else if (!Character.isWhitespace(c)) {
        break;
      }
    }
    return newlines >= 2;
  }

  private static int skipSpace(String text, int k) {
    while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
      k++;
    }
    return k;
  }
}
