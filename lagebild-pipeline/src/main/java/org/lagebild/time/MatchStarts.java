package org.lagebild.time;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a match of a regular expression can start, read from the expression itself: the characters
 * its first consumed character can be, and whether it opens with "no letter or digit before"
 * ({@code (?<![\p{L}\d])}). {@link Matches#find} then tries the pattern only at such positions, with the
 * same matches as {@link Matcher#find()}: a text of a few thousand characters has a few hundred
 * word starts, and most of them cannot begin a given date rule. The first two characters of a match
 * narrow the tries further where the expression allows few pairs. An expression this reader does
 * not understand, or one that can match the empty string, is tried everywhere.
 */
final class MatchStarts {

  private static final String WORD_START = "(?<![\\p{L}\\d])";

  private final Pattern pattern;
  /** First characters of a match; {@code null}: any position may start one. */
  private final BitSet first;
  /**
   * First characters a one-character match can have, and pairs of first two characters (hashed:
   * {@link #pair}); {@code null} where the expression allows too many pairs to list.
   */
  private final BitSet single;
  private final BitSet pairs;
  private final boolean wordStart;
  /** Every match starts a word ({@link Text#wordStarts}): no letter or digit before, one at the start. */
  private final boolean wordsOnly;

  private MatchStarts(Pattern pattern, BitSet first, Set<String> heads, boolean wordStart) {
    this.pattern = pattern;
    this.first = first;
    this.wordStart = wordStart;
    if (wordStart) {
      BitSet other = (BitSet) first.clone();
      other.andNot(WORD_CHARS);
      this.wordsOnly = other.isEmpty();
    } else {
      this.wordsOnly = false;
    }
    if (first == null || heads == null) {
      this.single = null;
      this.pairs = null;
    } else {
      this.single = new BitSet();
      this.pairs = new BitSet();
      for (String head : heads) {
        if (head.length() == 1) {
          single.set(head.charAt(0));
        } else if (head.length() == 2) {
          pairs.set(pair(head.charAt(0), head.charAt(1)));
        }
      }
    }
  }

  private static int pair(char a, char b) {
    return (a & 0xFF) << 8 | (b & 0xFF);
  }

  static MatchStarts of(Pattern pattern) {
    String regex = pattern.pattern();
    Reader.First read = pattern.flags() == 0 ? Reader.read(regex) : null;
    BitSet first = read == null ? null : read.chars();
    // Surrogates: a pattern that may start with one is searched code point by code point, left to find().
    if (first != null) {
      int surrogate = first.nextSetBit(Character.MIN_SURROGATE);
      if (surrogate >= 0 && surrogate <= Character.MAX_SURROGATE) {
        first = null;
      }
    }
    return new MatchStarts(pattern, first, read == null ? null : read.heads(),
        first != null && regex.startsWith(WORD_START));
  }

  Pattern pattern() {
    return pattern;
  }

  /** The matches in {@code text}, one by one. */
  Matches in(String text) {
    return new Matches(new Text(text));
  }

  /** The matches in {@code text}, one by one; the text's word starts are shared between patterns. */
  Matches in(Text text) {
    return new Matches(text);
  }

  /** A text to try patterns on, with its word starts, found once for all patterns. */
  static final class Text {
    private final String string;
    private final char[] chars;
    private int[] wordStarts;

    Text(String string) {
      this.string = string;
      this.chars = string.toCharArray();
    }

    /** Positions of a letter or digit with none before it, in text order. */
    private int[] wordStarts() {
      if (wordStarts == null) {
        int[] starts = new int[16];
        int count = 0;
        boolean previous = false;
        for (int i = 0; i < chars.length; i++) {
          boolean word = wordChar(chars[i]);
          if (word && !previous) {
            if (count == starts.length) {
              starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = i;
          }
          previous = word;
        }
        wordStarts = Arrays.copyOf(starts, count);
      }
      return wordStarts;
    }
  }

  /**
   * Successive matches in a text, the same as successive {@link Matcher#find()} calls give; {@link
   * #matcher()} reads the current one.
   */
  final class Matches {
    private final Text text;
    private final Matcher matcher;
    private int from;
    private int word; // index into the word starts, for a pattern that only matches there

    private Matches(Text text) {
      this.text = text;
      // Transparent bounds: a lookbehind sees the text before a tried position.
      this.matcher = pattern.matcher(text.string).useTransparentBounds(true).useAnchoringBounds(false);
    }

    Matcher matcher() {
      return matcher;
    }

    boolean find() {
      if (from > text.chars.length || !next()) {
        from = text.chars.length + 1;
        return false;
      }
      from = matcher.end() > matcher.start() ? matcher.end() : matcher.end() + 1;
      return true;
    }

    private boolean next() {
      char[] chars = text.chars;
      int n = chars.length;
      if (first == null) {
        return matcher.find(from);
      }
      if (wordsOnly) {
        int[] starts = text.wordStarts();
        while (word < starts.length && starts[word] < from) {
          word++;
        }
        for (; word < starts.length; word++) {
          if (tryAt(chars, starts[word])) {
            return true;
          }
        }
        return false;
      }
      for (int i = from; i < n; i++) {
        if (wordStart && i > 0 && wordChar(chars[i - 1])) {
          continue;
        }
        if (tryAt(chars, i)) {
          return true;
        }
      }
      return false;
    }

    private boolean tryAt(char[] chars, int i) {
      char c = chars[i];
      if (!first.get(c)) {
        return false;
      }
      int n = chars.length;
      if (pairs != null && !single.get(c) && (i + 1 >= n || !pairs.get(pair(c, chars[i + 1])))) {
        return false;
      }
      matcher.region(i, n);
      return matcher.lookingAt();
    }
  }

  /** A character {@code [\p{L}\d]} certainly matches on its own (surrogates are left to the pattern). */
  private static boolean wordChar(char c) {
    return (c >= '0' && c <= '9') || (!Character.isSurrogate(c) && Character.isLetter(c));
  }

  private static final BitSet WORD_CHARS = new BitSet();

  static {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (wordChar((char) c)) {
        WORD_CHARS.set(c);
      }
    }
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

    /** More first-two-character prefixes than this: only first characters are used. */
    private static final int MAX_HEADS = 4096;

    /**
     * What a match of a part of the expression can start with: its first characters, whether it
     * can be empty, and its heads, the first two characters of each match (shorter for shorter
     * matches; {@code null}: too many).
     */
    record First(BitSet chars, boolean nullable, Set<String> heads) {}

    /** The expression's first characters and heads; {@code null} when unreadable or it can match empty. */
    static First read(String regex) {
      Reader r = new Reader(regex);
      try {
        First f = r.alternation(false);
        if (r.pos != regex.length() || f.nullable()) {
          return null;
        }
        return f;
      } catch (Unreadable | RuntimeException e) {
        return null;
      }
    }

    private static Set<String> heads(BitSet chars) {
      if (chars.cardinality() > MAX_HEADS) {
        return null;
      }
      Set<String> heads = new HashSet<>();
      chars.stream().forEach(c -> heads.add(String.valueOf((char) c)));
      return heads;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
      if (a == null || b == null || a.size() + b.size() > MAX_HEADS) {
        return null;
      }
      Set<String> u = new HashSet<>(a);
      u.addAll(b);
      return u;
    }

    /** The heads of a match of one part followed by a match of the next. */
    private static Set<String> then(Set<String> a, Set<String> b) {
      if (a == null) {
        return null;
      }
      Set<String> out = new HashSet<>();
      for (String head : a) {
        if (head.length() >= 2) {
          out.add(head);
          continue;
        }
        if (b == null) {
          return null;
        }
        for (String next : b) {
          String joined = head + next;
          out.add(joined.length() > 2 ? joined.substring(0, 2) : joined);
        }
        if (out.size() > MAX_HEADS) {
          return null;
        }
      }
      return out;
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
      Set<String> heads = new HashSet<>();
      while (true) {
        First s = sequence(ci);
        chars.or(s.chars());
        nullable |= s.nullable();
        heads = union(heads, s.heads());
        if (more() && peek() == '|') {
          pos++;
        } else {
          return new First(chars, nullable, heads);
        }
      }
    }

    private First sequence(boolean ci) throws Unreadable {
      BitSet chars = new BitSet();
      boolean nullable = true;
      Set<String> heads = Set.of("");
      while (more() && peek() != '|' && peek() != ')') {
        First item = quantified(ci);
        if (nullable) {
          chars.or(item.chars());
        }
        nullable &= item.nullable();
        heads = then(heads, item.heads());
      }
      return new First(chars, nullable, heads);
    }

    private First quantified(boolean ci) throws Unreadable {
      First atom = atom(ci);
      boolean nullable = atom.nullable();
      boolean repeated = false;
      if (more()) {
        char q = peek();
        if (q == '?') {
          pos++;
          nullable = true;
        } else if (q == '*') {
          pos++;
          nullable = true;
          repeated = true;
        } else if (q == '+') {
          pos++;
          repeated = true;
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
          repeated = true; // {1}, {2,3}: the heads of one or two repetitions cover them
          pos = close + 1;
        } else {
          return atom;
        }
        if (more() && (peek() == '?' || peek() == '+')) {
          pos++; // lazy or possessive: the same characters can start it
        }
      }
      Set<String> heads = atom.heads();
      if (repeated) {
        heads = union(heads, then(heads, heads));
      }
      if (nullable) {
        heads = union(heads, Set.of(""));
      }
      return new First(atom.chars(), nullable, heads);
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
          return new First(chars, false, heads(chars));
        }
        case '\\' -> {
          return escape(ci);
        }
        case '.' -> {
          return any();
        }
        case '^', '$' -> {
          return empty();
        }
        case ')', '|', '?', '*', '+', '{' -> throw new Unreadable();
        default -> {
          BitSet chars = new BitSet();
          literal(chars, c, ci);
          return new First(chars, false, heads(chars));
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
      return zeroWidth ? empty() : inner;
    }

    private First escape(boolean ci) throws Unreadable {
      char e = re.charAt(pos++);
      BitSet chars = new BitSet();
      switch (e) {
        case 'd' -> chars.set('0', '9' + 1);
        case 's' -> whitespace(chars);
        case 'b', 'B' -> {
          return empty();
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
      return new First(chars, false, heads(chars));
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
      return new First(all, false, null);
    }

    /** Zero-width: lookarounds, anchors, word boundaries. */
    private static First empty() {
      return new First(new BitSet(), true, Set.of(""));
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
