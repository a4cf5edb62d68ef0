package org.lagebild.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * All-capital heading and navigation lines ("POLITIK WELTNACHRICHTEN KONTAKT") look like names to
 * the tagger. A mention on such a line is kept only if the article also names it elsewhere.
 */
final class Headings {

  private Headings() {}

  private static final int MIN_WORDS = 3;

  static List<Candidate> dropUnconfirmed(TokenView view, List<Candidate> candidates) {
    String text = view.text();
    List<Candidate> onCapsLines = new ArrayList<>();
    Set<String> confirmed = new HashSet<>();
    for (Candidate c : candidates) {
      if (onCapitalLine(text, view.start(c))) {
        onCapsLines.add(c);
      } else {
        confirmed.add(view.covered(c).toLowerCase(Locale.ROOT));
      }
    }
    if (onCapsLines.isEmpty()) {
      return candidates;
    }
    List<Candidate> kept = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      if (!onCapsLines.contains(c) || confirmed.contains(view.covered(c).toLowerCase(Locale.ROOT))) {
        kept.add(c);
      }
    }
    return kept;
  }

  /** Whether the line around {@code offset} has at least three words and no lower-case letter. */
  static boolean onCapitalLine(String text, int offset) {
    int start = text.lastIndexOf('\n', offset - 1) + 1;
    int end = text.indexOf('\n', offset);
    if (end < 0) {
      end = text.length();
    }
    int words = 0;
    boolean inWord = false;
    for (int i = start; i < end; i++) {
      char ch = text.charAt(i);
      if (Character.isLowerCase(ch)) {
        return false;
      }
      boolean letter = Character.isLetter(ch);
      if (letter && !inWord) {
        words++;
      }
      inWord = letter;
    }
    return words >= MIN_WORDS;
  }
}
