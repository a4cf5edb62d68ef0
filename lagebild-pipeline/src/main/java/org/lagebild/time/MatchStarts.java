package org.lagebild.time;

import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a match of a regular expression can start, read from the expression itself: the characters
 * its first consumed character can be, and whether it opens with "no letter or digit before"
 * ({@code (?<![\p{L}\d])}). {@link Matches#find} then tries the pattern only at such positions, with the
 * same matches as {@link Matcher#find()}: a text of a few thousand characters has a few hundred
 * word starts, and most of them cannot begin a given date rule. An expression this reader does not
 * understand, or one that can match the empty string, is tried everywhere.
 */
final class MatchStarts {

  private static final String WORD_START = "(?<![\\p{L}\\d])";

  private final Pattern pattern;
  /** First characters of a match; {@code null}: any position may start one. */
  private final BitSet first;
  private final boolean wordStart;

  private MatchStarts(Pattern pattern, BitSet first, boolean wordStart) {
    this.pattern = pattern;
    this.first = first;
    this.wordStart = wordStart;
  }

  static MatchStarts of(Pattern pattern) {
    String regex = pattern.pattern();
    BitSet first = pattern.flags() == 0 ? Reader.first(regex) : null;
    // Surrogates: a pattern that may start with one is searched code point by code point, left to find().
    if (first != null) {
      int surrogate = first.nextSetBit(Character.MIN_SURROGATE);
      if (surrogate >= 0 && surrogate <= Character.MAX_SURROGATE) {
        first = null;
      }
    }
    return new MatchStarts(pattern, first, first != null && regex.startsWith(WORD_START));
  }

  Pattern pattern() {
    return pattern;
  }

  /** The matches in {@code text}, one by one. */
  Matches in(String text) {
    return new Matches(text);
  }

  /**
   * Successive matches in a text, the same as successive {@link Matcher#find()} calls give; {@link
   * #matcher()} reads the current one.
   */
  final class Matches {
    private final String text;
    private final Matcher matcher;
    private int from;

    private Matches(String text) {
      this.text = text;
      // Transparent bounds: a lookbehind sees the text before a tried position.
      this.matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    Matcher matcher() {
      return matcher;
    }

    boolean find() {
      if (from > text.length() || !next()) {
        from = text.length() + 1;
        return false;
      }
      from = matcher.end() > matcher.start() ? matcher.end() : matcher.end() + 1;
      return true;
    }

    private boolean next() {
      int n = text.length();
      if (first == null) {
        return matcher.find(from);
      }
      for (int i = from; i < n; i++) {
        if (!first.get(text.charAt(i))) {
          continue;
        }
        if (wordStart && i > 0 && wordChar(text.charAt(i - 1))) {
          continue;
        }
        matcher.region(i, n);
        if (matcher.lookingAt()) {
          return true;
        }
      }
      return false;
    }
  }

  /** A character {@code [\p{L}\d]} certainly matches on its own (surrogates are left to the pattern). */
  private static boolean wordChar(char c) {
    return (c >= '0' && c <= '9') || (!Character.isSurrogate(c) && Character.isLetter(c));
  }

  /**
   * Reads the first-character set of a regular expression: literals, classes, groups, alternation,
   * quantifiers and zero-width lookarounds, {@code (?i:...)}. Anything else gives {@code null}.
   * Sets err on the large side: a character too many only costs a try.
   */
  private static final class Reader {
    private final String re;
    private int pos;

    private Reader(String re) {
      this.re = re;
    }

    private record First(BitSet chars, boolean nullable) {}

    static BitSet first(String regex) {
      Reader r = new Reader(regex);
      try {
        First f = r.alternation(false);
        if (r.pos != regex.length() || f.nullable()) {
          return null;
        }
        return f.chars();
      } catch (Unreadable | RuntimeException e) {
        return null;
      }
    }

    private static final class Unreadable extends Exception {
      Unreadable() {
        super(null, null, false, false);
      }
    }

    private boolean more() {
      return pos < re.length();
    }

    private char peek() {
      return re.charAt(pos);
    }

    private First alternation(boolean ci) throws Unreadable {
      BitSet chars = new BitSet();
      boolean nullable = false;
      while (true) {
        First s = sequence(ci);
        chars.or(s.chars());
        nullable |= s.nullable();
        if (more() && peek() == '|') {
          pos++;
        } else {
          return new First(chars, nullable);
        }
      }
    }

    private First sequence(boolean ci) throws Unreadable {
      BitSet chars = new BitSet();
      boolean nullable = true;
      while (more() && peek() != '|' && peek() != ')') {
        First item = quantified(ci);
        if (nullable) {
          chars.or(item.chars());
        }
        nullable &= item.nullable();
      }
      return new First(chars, nullable);
    }

    private First quantified(boolean ci) throws Unreadable {
      First atom = atom(ci);
      boolean nullable = atom.nullable();
      if (more()) {
        char q = peek();
        if (q == '?' || q == '*') {
          pos++;
          nullable = true;
        } else if (q == '+') {
          pos++;
        } else if (q == '{') {
          int close = re.indexOf('}', pos);
          if (close < 0) {
            throw new Unreadable();
          }
          String body = re.substring(pos + 1, close);
          if (!body.matches("\\d+(,\\d*)?")) {
            throw new Unreadable();
          }
          int min = Integer.parseInt(body.split(",", -1)[0]);
          nullable |= min == 0;
          pos = close + 1;
        } else {
          return atom;
        }
        if (more() && (peek() == '?' || peek() == '+')) {
          pos++; // lazy or possessive: the same characters can start it
        }
      }
      return new First(atom.chars(), nullable);
    }

    private First atom(boolean ci) throws Unreadable {
      char c = re.charAt(pos++);
      switch (c) {
        case '(' -> {
          return group(ci);
        }
        case '[' -> {
          BitSet chars = new BitSet();
          charClass(chars, ci);
          return new First(chars, false);
        }
        case '\\' -> {
          return escape(ci);
        }
        case '.' -> {
          return any();
        }
        case '^', '$' -> {
          return new First(new BitSet(), true);
        }
        case ')', '|', '?', '*', '+', '{' -> throw new Unreadable();
        default -> {
          BitSet chars = new BitSet();
          literal(chars, c, ci);
          return new First(chars, false);
        }
      }
    }

    private First group(boolean ci) throws Unreadable {
      boolean zeroWidth = false;
      boolean innerCi = ci;
      if (re.startsWith("?:", pos)) {
        pos += 2;
      } else if (re.startsWith("?=", pos) || re.startsWith("?!", pos)) {
        pos += 2;
        zeroWidth = true;
      } else if (re.startsWith("?<=", pos) || re.startsWith("?<!", pos)) {
        pos += 3;
        zeroWidth = true;
      } else if (re.startsWith("?i:", pos)) {
        pos += 3;
        innerCi = true;
      } else if (re.startsWith("?", pos)) {
        throw new Unreadable(); // named groups, other flags
      }
      First inner = alternation(innerCi);
      if (!more() || peek() != ')') {
        throw new Unreadable();
      }
      pos++;
      return zeroWidth ? new First(new BitSet(), true) : inner;
    }

    private First escape(boolean ci) throws Unreadable {
      char e = re.charAt(pos++);
      BitSet chars = new BitSet();
      switch (e) {
        case 'd' -> chars.set('0', '9' + 1);
        case 's' -> whitespace(chars);
        case 'b', 'B' -> {
          return new First(chars, true);
        }
        case 'p' -> {
          if (!re.startsWith("{L}", pos)) {
            throw new Unreadable();
          }
          pos += 3;
          letters(chars);
        }
        case 't' -> chars.set('\t');
        case 'n' -> chars.set('\n');
        case 'r' -> chars.set('\r');
        case 'f' -> chars.set('\f');
        default -> {
          if (Character.isLetterOrDigit(e)) {
            throw new Unreadable();
          }
          literal(chars, e, ci);
        }
      }
      return new First(chars, false);
    }

    private void charClass(BitSet chars, boolean ci) throws Unreadable {
      if (more() && (peek() == '^' || peek() == '[')) {
        throw new Unreadable();
      }
      boolean firstItem = true;
      while (true) {
        if (!more()) {
          throw new Unreadable();
        }
        char c = re.charAt(pos++);
        if (c == ']' && !firstItem) {
          return;
        }
        firstItem = false;
        if (c == '[' || (c == '&' && more() && peek() == '&')) {
          throw new Unreadable();
        }
        if (c == '\\') {
          First e = escape(ci);
          if (e.nullable()) {
            throw new Unreadable(); // \b in a class
          }
          chars.or(e.chars());
          continue;
        }
        if (more() && peek() == '-' && pos + 1 < re.length() && re.charAt(pos + 1) != ']') {
          char to = re.charAt(pos + 1);
          if (to == '\\' || to == '[') {
            throw new Unreadable();
          }
          pos += 2;
          for (char x = c; x <= to; x++) {
            literal(chars, x, ci);
          }
          continue;
        }
        literal(chars, c, ci);
      }
    }

    private static First any() {
      BitSet all = new BitSet();
      all.set(0, Character.MAX_VALUE + 1);
      return new First(all, false);
    }

    private static void literal(BitSet chars, char c, boolean ci) {
      chars.set(c);
      if (ci) {
        chars.set(Character.toUpperCase(c));
        chars.set(Character.toLowerCase(c));
        chars.set(Character.toTitleCase(c));
        switch (Character.toLowerCase(c)) {
          case 'k' -> chars.set('\u212A'); // Kelvin sign
          case 's' -> chars.set('\u017F'); // long s
          case 'i' -> {
            chars.set('\u0130');
            chars.set('\u0131');
          }
          default -> { }
        }
      }
    }

    private static void whitespace(BitSet chars) {
      for (char w : new char[] {' ', '\t', '\n', '\u000B', '\f', '\r'}) {
        chars.set(w);
      }
    }

    private static void letters(BitSet chars) {
      chars.or(LETTERS);
    }

    private static final BitSet LETTERS = new BitSet();

    static {
      for (int c = 0; c <= Character.MAX_VALUE; c++) {
        if (Character.isLetter((char) c) || Character.isSurrogate((char) c)) {
          LETTERS.set(c);
        }
      }
    }
  }
}
