package org.lagebild.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Role phrases in front of a person's name. The tagger sometimes takes the role into the name
 * ("Konzern-Vorstandschef Erika Mustermann"): {@link #detach} cuts it off. {@link #findBefore}
 * then attaches the role phrase right before each person mention: an optional article, adjectives,
 * and a role noun, possibly a compound with a name in it ("die deutsche Außenministerin",
 * "EU-Kommissarin").
 */
final class PersonRoles {

  private PersonRoles() {}

  /**
   * A person mention without leading common nouns (and the hyphenated compounds they end), when a
   * name follows them; a role among them is recorded in {@code roles}.
   */
  static Candidate detach(TokenView view, Candidate c, List<PersonRole> roles) {
    if (!c.type().equals("PER") || c.size() < 2) {
      return c;
    }
    int nameStart = c.first();
    int i = c.first();
    while (i < c.last() - 1) {
      int wordEnd = Math.min(view.wordEnd(i), c.last());
      int head = wordEnd - 1;
      if (wordEnd < c.last() && view.commonNoun(head) && view.capitalised(head)) {
        nameStart = wordEnd;
        i = wordEnd;
      } else {
        break;
      }
    }
    if (nameStart == c.first()) {
      return c;
    }
    String role = view.covered(c.first(), nameStart);
    if (!RoleLexicon.isRole(role)) {
      // An unknown capitalised word tagged as a noun is more often a first name than a role.
      return c;
    }
    {
      Candidate name = c.withTokens(nameStart, c.last());
      roles.add(
          new PersonRole(
              view.token(c.first()).start(),
              view.token(nameStart - 1).end(),
              role,
              view.start(name),
              view.end(name)));
    }
    return c.withTokens(nameStart, c.last());
  }

  /** Role phrases directly before person mentions that do not have one yet. */
  static List<PersonRole> findBefore(TokenView view, List<Candidate> kept, List<PersonRole> known) {
    Set<Integer> covered = new HashSet<>();
    for (Candidate c : kept) {
      for (int i = c.first(); i < c.last(); i++) {
        covered.add(i);
      }
    }
    Set<Integer> withRole = new HashSet<>();
    for (PersonRole r : known) {
      withRole.add(r.personStart());
    }
    List<PersonRole> found = new ArrayList<>();
    for (Candidate c : kept) {
      if (!c.type().equals("PER") || c.first() == 0 || withRole.contains(view.start(c))) {
        continue;
      }
      int headEnd = c.first();
      if (view.lineBreakBefore(headEnd)) {
        continue;
      }
      int headStart = view.wordStart(headEnd - 1);
      String head = view.covered(headStart, headEnd);
      if (!view.capitalised(headEnd - 1) || !RoleLexicon.isRole(head)) {
        continue;
      }
      int start = headStart;
      // Adjectives and then one article or possessive in front: "die neue deutsche".
      while (start > 0 && !view.lineBreakBefore(start) && !covered.contains(start - 1)
          && view.pos(start - 1).equals("ADJ")) {
        start--;
      }
      if (start > 0 && !view.lineBreakBefore(start) && !covered.contains(start - 1)
          && view.pos(start - 1).equals("DET")) {
        start--;
      }
      found.add(
          new PersonRole(
              view.token(start).start(),
              view.token(headEnd - 1).end(),
              view.covered(start, headEnd),
              view.start(c),
              view.end(c)));
    }
    return found;
  }
}
