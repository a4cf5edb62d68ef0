package org.lagebild.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Mention edges: where a tagged run of tokens holds more than one name, and what is not name. */
final class MentionRules {

  private MentionRules() {}

  /** Particles that belong to a person's name ("Ursula von der Leyen", "Lothar de Maizière"). */
  static final Set<String> NAME_PARTICLES =
      Set.of(
          "von", "van", "vom", "zu", "zum", "zur", "der", "den", "de", "di", "da", "du", "del",
          "della", "dos", "das", "le", "la", "al", "el", "bin", "ibn", "ben", "ter", "ten", "y");

  /**
   * Pieces of a mention separated by a line break or by punctuation that no name contains between
   * its words (brackets, colons, dashes between spaces, commas). Word-internal hyphens and slashes,
   * "&", apostrophes and an abbreviation's full stop stay inside.
   */
  static List<Candidate> splitAtBreaks(TokenView view, Candidate c) {
    List<Candidate> pieces = new ArrayList<>(1);
    int start = c.first();
    for (int i = c.first(); i < c.last(); i++) {
      boolean breakHere = view.lineBreakBefore(i) && i > start;
      boolean separator = isSeparator(view, i, c);
      if (breakHere) {
        pieces.add(c.withTokens(start, i));
        start = i;
      }
      if (separator) {
        if (i > start) {
          pieces.add(c.withTokens(start, i));
        }
        start = i + 1;
      }
    }
    if (c.last() > start) {
      pieces.add(c.withTokens(start, c.last()));
    }
    return pieces;
  }

  private static boolean isSeparator(TokenView view, int i, Candidate c) {
    if (!view.isPunct(i) || i == c.first() || i == c.last() - 1) {
      return false;
    }
    String w = view.word(i);
    boolean gluedLeft = view.gluedToPrevious(i);
    boolean gluedRight = view.gluedToPrevious(i + 1);
    // A hyphen on a word ("Mecklenburg- Vorpommern", "Volks- und"), an inner slash or apostrophe.
    if ((gluedLeft || gluedRight) && (view.isHyphen(i) || w.equals("/") || w.equals("'")
        || w.equals("\u2019"))) {
      return false;
    }
    if (w.equals("&") || w.equals("+") || (gluedLeft && gluedRight && w.equals("."))) {
      return false;
    }
    return !(w.equals(".") && abbreviationLike(view.word(i - 1)));
  }

  /** "St", "Co", "Jr", an initial "R": the full stop after them is part of the name. */
  static boolean abbreviationLike(String word) {
    if (word.length() == 1) {
      return Character.isUpperCase(word.charAt(0));
    }
    return word.length() <= 3
        && Character.isUpperCase(word.charAt(0))
        && word.substring(1).chars().allMatch(Character::isLowerCase);
  }

  /**
   * The mention without punctuation at its edges and without a leading preposition ("Beim
   * Mitteldeutschen Verlag"); {@code null} if nothing is left. Articles stay ("Den Haag", "Die
   * Zeit"), and so do a person's particles ("von Weizsäcker") and an abbreviation's full stop.
   */
  static Candidate trimEdges(TokenView view, Candidate c) {
    int first = c.first();
    int last = c.last();
    boolean misc = c.type().equals("MISC");
    boolean person = c.type().equals("PER");
    while (first < last) {
      if (view.isPunct(first)) {
        first++;
      } else if (!misc && first + 1 < last && view.pos(first).equals("ADP")
          && !(person && isParticle(view, first))) {
        first++;
      } else {
        break;
      }
    }
    while (last > first) {
      int i = last - 1;
      if (view.isPunct(i)
          && !(view.word(i).equals(".") && i > first && abbreviationLike(view.word(i - 1)))) {
        last--;
      } else if (!misc && i > first && view.lowerInitial(i) && !view.gluedToPrevious(i)
          && isFunctionWord(view, i)) {
        // "Die Zeit vom", "Eichsfelder Tageblatt am": the tagger ran one word too far.
        last--;
      } else {
        break;
      }
    }
    return last > first ? c.withTokens(first, last) : null;
  }

  /** An article, preposition, conjunction or adverb by its tag ("vom", "am", "und"). */
  private static boolean isFunctionWord(TokenView view, int i) {
    return switch (view.pos(i)) {
      case "ADP", "DET", "CCONJ", "SCONJ", "ADV", "PRON", "PART", "AUX", "VERB" -> true;
      default -> false;
    };
  }

  private static boolean isParticle(TokenView view, int i) {
    return NAME_PARTICLES.contains(view.word(i).toLowerCase(Locale.ROOT));
  }
}
