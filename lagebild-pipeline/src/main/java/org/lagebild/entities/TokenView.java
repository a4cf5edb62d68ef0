package org.lagebild.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.lagebild.model.EntityMention;
import org.lagebild.model.Token;

/**
 * The article's tokens with the questions the rules ask of them: is a token glued to its neighbour
 * (no space between, as in the parts of "UNO-Generalsekretär"), is it punctuation, a proper noun,
 * capitalised. Offsets are validated once, so rules can index freely.
 */
final class TokenView {

  private final String text;
  private final List<Token> tokens;

  private TokenView(String text, List<Token> tokens) {
    this.text = text;
    this.tokens = tokens;
  }

  /** Tokens that do not fit the text or go backwards are left out. */
  static TokenView of(String text, List<Token> tokens) {
    List<Token> valid = new ArrayList<>(tokens.size());
    int previousEnd = 0;
    for (Token t : tokens) {
      if (t.start() >= previousEnd && t.end() > t.start() && t.end() <= text.length()) {
        valid.add(t);
        previousEnd = t.end();
      }
    }
    return new TokenView(text, valid);
  }

  String text() {
    return text;
  }

  int size() {
    return tokens.size();
  }

  Token token(int i) {
    return tokens.get(i);
  }

  String word(int i) {
    return tokens.get(i).text();
  }

  String pos(int i) {
    return tokens.get(i).pos();
  }

  /** The tokens a mention's characters overlap; {@code null} if none. */
  Candidate align(EntityMention m) {
    if (m.end() > text.length() || m.end() <= m.start()) {
      return null;
    }
    int first = firstEndingAfter(m.start());
    int last = first;
    while (last < tokens.size() && tokens.get(last).start() < m.end()) {
      last++;
    }
    return last > first ? new Candidate(first, last, normalType(m.type())) : null;
  }

  private int firstEndingAfter(int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static String normalType(String type) {
    String t = type == null ? "" : type.toUpperCase(Locale.ROOT);
    return switch (t) {
      case "PER", "PERSON" -> "PER";
      case "LOC", "LOCATION" -> "LOC";
      case "ORG", "ORGANIZATION" -> "ORG";
      default -> "MISC";
    };
  }

  /** Whether token {@code i} follows token {@code i - 1} without any character between. */
  boolean gluedToPrevious(int i) {
    return i > 0 && i < tokens.size() && tokens.get(i - 1).end() == tokens.get(i).start();
  }

  /** Whether the text between tokens {@code i - 1} and {@code i} has a line break. */
  boolean lineBreakBefore(int i) {
    if (i <= 0 || i >= tokens.size()) {
      return false;
    }
    for (int k = tokens.get(i - 1).end(); k < tokens.get(i).start(); k++) {
      char c = text.charAt(k);
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
        return true;
      }
    }
    return false;
  }

  /** First token of the space-delimited word that token {@code i} belongs to. */
  int wordStart(int i) {
    while (gluedToPrevious(i)) {
      i--;
    }
    return i;
  }

  /** One past the last token of the space-delimited word that token {@code i} belongs to. */
  int wordEnd(int i) {
    int k = i + 1;
    while (k < tokens.size() && gluedToPrevious(k)) {
      k++;
    }
    return k;
  }

  /**
   * First token of the word around token {@code i} without attached punctuation: "deutschen," and
   * "(Michail" end and start at the letters; hyphens, slashes and apostrophes stay inside.
   */
  int coreWordStart(int i) {
    while (gluedToPrevious(i) && !separates(i - 1)) {
      i--;
    }
    return i;
  }

  /** One past the last token of the word around token {@code i} without attached punctuation. */
  int coreWordEnd(int i) {
    int k = i + 1;
    while (k < tokens.size() && gluedToPrevious(k) && !separates(k)) {
      k++;
    }
    return k;
  }

  private boolean joins(int i) {
    return !isPunct(i) || isHyphen(i) || word(i).equals("/") || word(i).equals("'")
        || word(i).equals("\u2019");
  }

  /** Punctuation that is not part of a word even when written without a space. */
  private boolean separates(int i) {
    return !joins(i);
  }

  /** A token without letters or digits. */
  boolean isPunct(int i) {
    return word(i).codePoints().noneMatch(Character::isLetterOrDigit);
  }

  boolean isHyphen(int i) {
    String w = word(i);
    return w.length() == 1 && "-\u2010\u2011".indexOf(w.charAt(0)) >= 0;
  }

  boolean capitalised(int i) {
    String w = word(i);
    return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
  }

  boolean lowerInitial(int i) {
    String w = word(i);
    return !w.isEmpty() && Character.isLowerCase(w.codePointAt(0));
  }

  /** A common noun by its tag (the tagger's NOUN, not PROPN). */
  boolean commonNoun(int i) {
    return pos(i).equals("NOUN");
  }

  String covered(int first, int last) {
    return text.substring(tokens.get(first).start(), tokens.get(last - 1).end());
  }

  String covered(Candidate c) {
    return covered(c.first(), c.last());
  }

  int start(Candidate c) {
    return tokens.get(c.first()).start();
  }

  int end(Candidate c) {
    return tokens.get(c.last() - 1).end();
  }

  /** Candidates as mentions, in text order; of overlapping ones the earlier (then longer) wins. */
  List<EntityMention> mentions(List<Candidate> candidates) {
    List<Candidate> sorted = new ArrayList<>(candidates);
    sorted.sort(Comparator.comparingInt(Candidate::first).thenComparingInt(c -> -c.last()));
    List<EntityMention> out = new ArrayList<>(sorted.size());
    int covered = -1;
    for (Candidate c : sorted) {
      if (c.first() < covered) {
        continue;
      }
      out.add(new EntityMention(start(c), end(c), covered(c), c.type()));
      covered = c.last();
    }
    return out;
  }
}
