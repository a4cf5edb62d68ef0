package org.lagebild.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One sense per document: a name means the same thing throughout an article. Each surface gets the
 * type most of its mentions have, and recurrences the tagger missed are added where the word is a
 * proper noun: the full form, its genitive ("Frankreichs") and a person's surname alone.
 */
final class DocumentConsistency {

  private DocumentConsistency() {}

  private static final String[] TYPE_ORDER = {"PER", "LOC", "ORG", "MISC"};

  static List<Candidate> apply(TokenView view, List<Candidate> tagged) {
    List<Candidate> candidates = splitKnownPairs(view, tagged);
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
    Set<String> surnames = new HashSet<>();
    for (Candidate c : result) {
      if (c.type().equals("MISC")) {
        continue;
      }
      List<String> words = words(view, c.first(), c.last());
      forms.putIfAbsent(words, c.type());
      if (c.type().equals("PER") && c.size() >= 2 && view.capitalised(c.last() - 1)
          && view.word(c.last() - 1).length() >= 3 && !view.gluedToPrevious(c.last() - 1)) {
        forms.putIfAbsent(List.of(view.word(c.last() - 1)), "PER");
        surnames.add(view.word(c.last() - 1));
      }
    }
    // Forms by first word, longest first, so a text is scanned once whatever the number of names.
    Map<String, List<Map.Entry<List<String>, String>>> byFirstWord = new HashMap<>();
    for (Map.Entry<List<String>, String> form : forms.entrySet()) {
      byFirstWord.computeIfAbsent(form.getKey().getFirst(), k -> new ArrayList<>()).add(form);
    }
    byFirstWord.values().forEach(l -> l.sort((a, b) -> b.getKey().size() - a.getKey().size()));
    List<Candidate> propagated = new ArrayList<>();
    for (int i = 0; i < view.size(); i++) {
      if (covered[i] || !view.capitalised(i) || view.gluedToPrevious(i)
          || !properNoun(view, i) && !(surnames.contains(view.word(i)) && surnameAsNoun(view, i))) {
        continue;
      }
      String word = view.word(i);
      List<Map.Entry<List<String>, String>> options = new ArrayList<>(
          byFirstWord.getOrDefault(word, List.of()));
      if (word.endsWith("s")) {
        options.addAll(byFirstWord.getOrDefault(word.substring(0, word.length() - 1), List.of()));
      }
      for (Map.Entry<List<String>, String> form : options) {
        int end = match(view, i, form.getKey(), covered);
        if (end > 0) {
          propagated.add(new Candidate(i, end, form.getValue()));
          for (int k = i; k < end; k++) {
            covered[k] = true;
          }
          break;
        }
      }
    }
    return joinPersons(view, result, propagated);
  }

  /**
   * "Paris Madrid", "USA China": two names side by side that the tagger ran together. A
   * mention is split where both sides are mentioned on their own elsewhere in the article and the
   * whole is not.
   */
  static List<Candidate> splitKnownPairs(TokenView view, List<Candidate> candidates) {
    Map<String, String> alone = new HashMap<>();
    Map<String, Integer> wholeCount = new HashMap<>();
    for (Candidate c : candidates) {
      String key = key(view, c.first(), c.last());
      alone.putIfAbsent(key, c.type());
      wholeCount.merge(key, 1, Integer::sum);
    }
    List<Candidate> out = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      Candidate[] split = null;
      if (c.size() >= 2
          && !c.type().equals("MISC")
          && wholeCount.get(key(view, c.first(), c.last())) == 1) {
        for (int k = c.first() + 1; k < c.last() && split == null; k++) {
          if (view.gluedToPrevious(k)) {
            continue;
          }
          String left = alone.get(key(view, c.first(), k));
          String right = alone.get(key(view, k, c.last()));
          if (left != null && right != null && !left.equals("MISC") && !right.equals("MISC")) {
            split =
                new Candidate[] {
                  new Candidate(c.first(), k, left), new Candidate(k, c.last(), right)
                };
          }
        }
      }
      if (split != null) {
        out.add(split[0]);
        out.add(split[1]);
      } else {
        out.add(c);
      }
    }
    return out;
  }

  /**
   * A recurring surname found next to a first name the tagger took as a person of its own
   * ("Erika" + "Mustermann") becomes one person mention.
   */
  private static List<Candidate> joinPersons(
      TokenView view, List<Candidate> result, List<Candidate> propagated) {
    if (propagated.isEmpty()) {
      return result;
    }
    List<Candidate> all = new ArrayList<>(result);
    all.addAll(propagated);
    all.sort(java.util.Comparator.comparingInt(Candidate::first));
    List<Candidate> joined = new ArrayList<>(all.size());
    for (Candidate c : all) {
      Candidate previous = joined.isEmpty() ? null : joined.getLast();
      if (previous != null && previous.type().equals("PER") && c.type().equals("PER")
          && previous.last() == c.first() && !view.gluedToPrevious(c.first())
          && !view.lineBreakBefore(c.first())
          && (propagated.contains(c) || propagated.contains(previous))) {
        joined.set(joined.size() - 1, new Candidate(previous.first(), c.last(), "PER"));
      } else {
        joined.add(c);
      }
    }
    return joined;
  }

  /**
   * A person's surname that is also a common noun, which the tagger reads as one ("Fischer",
   * "Blinken"): the surname where no article, adjective or preposition makes it the noun ("Fischer
   * sagte", "sagte Fischer", but not "der Fischer", "beim Blinken").
   */
  private static boolean surnameAsNoun(TokenView view, int i) {
    if (!view.pos(i).equals("NOUN")) {
      return false;
    }
    if (i == 0 || view.token(i - 1).sentence() != view.token(i).sentence()) {
      return true;
    }
    String before = view.pos(i - 1);
    return before.equals("PUNCT") || before.equals("VERB") || before.equals("AUX") || before.equals("CCONJ")
        || before.equals("SCONJ") || before.equals("ADV");
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

  /** "Frankreichs" of "Frankreich", "Merkels" of "Merkel"; names ending in s, x, z take no -s. */
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
