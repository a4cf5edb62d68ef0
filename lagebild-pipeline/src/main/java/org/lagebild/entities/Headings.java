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
    if (candidates.isEmpty()) {
      return candidates;
    }
    String text = view.text();
    List<int[]> capitalLines = capitalLines(text);
    if (capitalLines.isEmpty()) {
      return candidates;
    }
    Set<Candidate> onCapsLines = new HashSet<>();
    Set<String> confirmed = new HashSet<>();
    for (Candidate c : candidates) {
      if (inside(capitalLines, view.start(c))) {
        onCapsLines.add(c);
      } else {
        confirmed.add(view.covered(c).toLowerCase(Locale.ROOT));
      }
    }
    List<Candidate> kept = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      if (!onCapsLines.contains(c)
          || confirmed.contains(view.covered(c).toLowerCase(Locale.ROOT))) {
        kept.add(c);
      }
    }
    return kept;
  }

  /** Lines (start, end) with at least three words and no lower-case letter, in one pass. */
  static List<int[]> capitalLines(String text) {
    List<int[]> lines = new ArrayList<>();
    int start = 0;
    int words = 0;
    boolean lower = false;
    boolean inWord = false;
    for (int i = 0; i <= text.length(); i++) {
      char ch = i < text.length() ? text.charAt(i) : '\n';
      if (ch == '\n') {
        if (!lower && words >= MIN_WORDS) {
          lines.add(new int[] {start, i});
        }
        start = i + 1;
        words = 0;
        lower = false;
        inWord = false;
        continue;
      }
      lower |= Character.isLowerCase(ch);
      boolean letter = Character.isLetter(ch);
      if (letter && !inWord) {
        words++;
      }
      inWord = letter;
    }
    return lines;
  }

  private static boolean inside(List<int[]> lines, int offset) {
    int lo = 0;
    int hi = lines.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int[] line = lines.get(mid);
      if (offset < line[0]) {
        hi = mid - 1;
      } else if (offset > line[1]) {
        lo = mid + 1;
      } else {
        return true;
      }
    }
    return false;
  }
}
