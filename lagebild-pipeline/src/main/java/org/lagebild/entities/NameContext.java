package org.lagebild.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names that run on past where the tagger stopped: a saint's "St." in front ("St. Moritz"), an
 * initial's full stop at the end ("Robert R."), a legal form after a company ("Siemens AG"), an
 * institution word before a place or person it is named after ("Universität Łódź").
 */
final class NameContext {

  private NameContext() {}

  /** "St." and "Sankt" belong to the name of a saint, church or town that follows. */
  private static final Set<String> SAINT = Set.of("st", "sankt", "ste", "san", "santa", "são");

  /** Legal forms that end company names; the mention becomes an organisation. */
  private static final Set<String> LEGAL_FORMS =
      Set.of("ag", "gmbh", "kg", "kgaa", "se", "e.v.", "e.g.", "inc", "inc.", "ltd", "ltd.",
          "llc", "plc", "corp", "corp.", "s.a.", "n.v.", "oy", "asa");

  /**
   * Institutions whose name is the word plus a place or person. Descriptions such as
   * "Chemiekonzern" or "Verein" before a name are appositions, not part of it, and are not listed.
   */
  private static final Set<String> INSTITUTIONS =
      Set.of("universität", "hochschule", "fachhochschule", "akademie", "institut", "museum",
          "verlag", "genossenschaft", "stiftung", "klinik", "klinikum", "theater", "gymnasium");

  static List<Candidate> apply(TokenView view, List<Candidate> candidates) {
    boolean[] covered = Candidate.coverage(view.size(), candidates);
    List<Candidate> out = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      out.add(extend(view, c, covered));
    }
    return out;
  }

  private static Candidate extend(TokenView view, Candidate c, boolean[] covered) {
    int first = c.first();
    int last = c.last();
    String type = c.type();
    if (first >= 2 && view.word(first - 1).equals(".") && !covered[first - 2]
        && !covered[first - 1] && isSaint(view, first - 2)) {
      first -= 2;
    } else if (first >= 1 && !covered[first - 1] && isSaint(view, first - 1)) {
      first -= 1;
    }
    if (first < c.first() && type.equals("PER")) {
      // "St. Peter", "St. Moritz": named after a saint, the name is mostly a church or a town.
      type = "LOC";
    }
    if (last < view.size() && !covered[last] && view.word(last).equals(".")
        && view.word(last - 1).length() == 1 && Character.isUpperCase(view.word(last - 1).charAt(0))
        && !view.lineBreakBefore(last)) {
      last += 1;
    }
    if (last < view.size() && !covered[last] && !view.gluedToPrevious(last)
        && !view.lineBreakBefore(last)
        && LEGAL_FORMS.contains(view.word(last).toLowerCase(Locale.ROOT))) {
      last += 1;
      type = "ORG";
    }
    // "Universität Łódź", "Verlag Hans Muster": an institution named after a place or person.
    if (first >= 1 && !covered[first - 1] && !view.lineBreakBefore(first)
        && (type.equals("LOC") || type.equals("PER")) && view.commonNoun(first - 1)
        && view.capitalised(first - 1) && !view.gluedToPrevious(first - 1)
        && INSTITUTIONS.contains(view.word(first - 1).toLowerCase(Locale.ROOT))) {
      first -= 1;
      type = "ORG";
    }
    if (first == c.first() && last == c.last()) {
      return c;
    }
    for (int i = first; i < last; i++) {
      covered[i] = true;
    }
    return new Candidate(first, last, type);
  }

  private static boolean isSaint(TokenView view, int i) {
    return view.capitalised(i)
        && SAINT.contains(view.word(i).toLowerCase(Locale.ROOT))
        && !view.lineBreakBefore(i + 1);
  }
}
