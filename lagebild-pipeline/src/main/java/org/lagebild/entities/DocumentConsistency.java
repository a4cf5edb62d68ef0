package org.lagebild.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One sense per document: a name means the same thing throughout an article. Each surface gets the
 * type most of its mentions have, and recurrences the tagger missed are added where the word is a
 * proper noun: the full form, its genitive ("Russlands") and a person's surname alone.
 */
final class DocumentConsistency {

  private DocumentConsistency() {}

  private static final String[] TYPE_ORDER = {"PER", "LOC", "ORG", "MISC"};

  static List<Candidate> apply(TokenView view, List<Candidate> candidates) {
    Map<String, int[]> votes = new LinkedHashMap<>();
    for (Candidate c : candidates) {
      votes.computeIfAbsent(key(view, c.first(), c.last()), k -> new int[4])[index(c.type())]++;
    }
    Map<String, String> majority = new HashMap<>();
    votes.forEach((surface, v) -> majority.put(surface, majority(v)));
    List<Candidate> result = new ArrayList<>(candidates.size());
    boolean[] covered = new boolean[view.size()];
    for (Candidate c : candidates) {
      String type = majority.get(key(view, c.first(), c.last()));
      Candidate relabelled = type != null && !type.equals(c.type()) ? c.withType(type) : c;
      result.add(relabelled);
      for (int i = c.first(); i < c.last(); i++) {
        covered[i] = true;
      }
    }
    // Forms to look for: token texts of each surface, plus a person's surname alone.
    Map<List<String>, String> forms = new LinkedHashMap<>();
    for (Candidate c : result) {
      if (c.type().equals("MISC")) {
        continue;
      }
      List<String> words = words(view, c.first(), c.last());
      forms.putIfAbsent(words, c.type());
      if (c.type().equals("PER") && c.size() >= 2 && view.capitalised(c.last() - 1)
          && view.word(c.last() - 1).length() >= 3 && !view.gluedToPrevious(c.last() - 1)) {
        forms.putIfAbsent(List.of(view.word(c.last() - 1)), "PER");
      }
    }
    for (int i = 0; i < view.size(); i++) {
      if (covered[i] || !view.capitalised(i) || !properNoun(view, i)
          || view.gluedToPrevious(i)) {
        continue;
      }
      for (Map.Entry<List<String>, String> form : forms.entrySet()) {
        int end = match(view, i, form.getKey(), covered);
        if (end > 0) {
          result.add(new Candidate(i, end, form.getValue()));
          for (int k = i; k < end; k++) {
            covered[k] = true;
          }
          break;
        }
      }
    }
    return result;
  }

  /** A proper noun by tag, or an acronym. */
  private static boolean properNoun(TokenView view, int i) {
    String w = view.word(i);
    return view.pos(i).equals("PROPN")
        || (w.length() >= 2 && w.chars().allMatch(ch -> Character.isUpperCase(ch)));
  }

  /** End token of a match of {@code words} at {@code i} (the last word may be genitive), or 0. */
  private static int match(TokenView view, int i, List<String> words, boolean[] covered) {
    int end = i + words.size();
    if (end > view.size()) {
      return 0;
    }
    for (int k = 0; k < words.size(); k++) {
      int t = i + k;
      if (covered[t]) {
        return 0;
      }
      String w = view.word(t);
      String expected = words.get(k);
      boolean last = k == words.size() - 1;
      if (!w.equals(expected) && !(last && isGenitive(w, expected))) {
        return 0;
      }
    }
    if (end < view.size() && view.gluedToPrevious(end) && !view.isPunct(end)) {
      return 0;
    }
    if (end < view.size() && view.gluedToPrevious(end) && view.isHyphen(end)) {
      return 0;
    }
    return end;
  }

  /** "Russlands" of "Russland", "Merkels" of "Merkel"; names ending in s, x, z take no -s. */
  static boolean isGenitive(String word, String base) {
    if (word.length() != base.length() + 1 || !word.startsWith(base) || !word.endsWith("s")) {
      return false;
    }
    char lastOfBase = base.charAt(base.length() - 1);
    return "sxzß".indexOf(Character.toLowerCase(lastOfBase)) < 0;
  }

  private static List<String> words(TokenView view, int first, int last) {
    List<String> words = new ArrayList<>(last - first);
    for (int i = first; i < last; i++) {
      words.add(view.word(i));
    }
    return words;
  }

  private static String key(TokenView view, int first, int last) {
    return String.join(" ", words(view, first, last));
  }

  private static int index(String type) {
    for (int i = 0; i < TYPE_ORDER.length; i++) {
      if (TYPE_ORDER[i].equals(type)) {
        return i;
      }
    }
    return 3;
  }

  /** The most frequent type; ties go to the first in PER, LOC, ORG, MISC order. */
  private static String majority(int[] votes) {
    int best = 0;
    for (int i = 1; i < votes.length; i++) {
      if (votes[i] > votes[best]) {
        best = i;
      }
    }
    return TYPE_ORDER[best];
  }
}
