package org.lagebild.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * German place names are built from a small set of endings ("-dorf", "-hausen", "-kirchen",
 * "-rode"): a proper noun with such an ending that nothing else has claimed is a place, even when
 * the tagger has never seen the village. Runs after the one-sense rule, so a surname the article
 * tags as a person elsewhere ("Goldberg") stays a person. Sentence-initial words are left alone.
 */
final class PlaceNameSuffixes {

  private PlaceNameSuffixes() {}

  private static final List<String> ENDINGS =
      List.of("dorf", "stadt", "berg", "burg", "hausen", "heim", "ingen", "kirchen", "feld",
          "bach", "see", "tal", "rode", "born", "brunn", "brück", "furt", "hagen", "leben",
          "stedt", "weiler", "wald", "beck", "büttel", "hütte");

  /** At least two letters before the ending: "Tal" or "Berg" alone are common nouns. */
  private static final int MIN_STEM = 3;

  static List<Candidate> add(TokenView view, List<Candidate> candidates) {
    boolean[] covered = Candidate.coverage(view.size(), candidates);
    List<Candidate> out = new ArrayList<>(candidates);
    for (int i = 1; i < view.size(); i++) {
      if (covered[i] || !view.pos(i).equals("PROPN") || !view.capitalised(i)
          || view.gluedToPrevious(i) || view.lineBreakBefore(i) || sentenceEnd(view, i - 1)
          || (i + 1 < view.size() && view.gluedToPrevious(i + 1) && !view.isPunct(i + 1))) {
        continue;
      }
      if (hasPlaceEnding(view.word(i))) {
        out.add(new Candidate(i, i + 1, "LOC"));
      }
    }
    return out;
  }

  static boolean hasPlaceEnding(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    for (String ending : ENDINGS) {
      if (lower.endsWith(ending) && lower.length() >= ending.length() + MIN_STEM) {
        return true;
      }
    }
    return false;
  }

  private static boolean sentenceEnd(TokenView view, int i) {
    String w = view.word(i);
    return w.equals(".") || w.equals("!") || w.equals("?") || w.equals(":");
  }
}
