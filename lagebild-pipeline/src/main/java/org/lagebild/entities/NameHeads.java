package org.lagebild.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The last word of a German name says what it names: "Mieterverein", "Staatsministerium",
 * "Landesbank" are organisations, "Bahnhofstraße", "Marktplatz" places, whatever the tagger
 * guessed. Two rules:
 *
 * <ul>
 *   <li>a mention whose last word ends in an organisation head becomes an organisation, one ending
 *       in a street or square head a place;
 *   <li>a place adjective the tagger saw as a derived name ("Hamburger", "Bayerischen") directly
 *       before a capitalised noun with an organisation head forms an organisation with it
 *       ("Hamburger Mieterverein", "Bayerisches Staatsministerium").
 * </ul>
 *
 * The heads are compound-final words of German institution names, general vocabulary, not names.
 */
final class NameHeads {

  private NameHeads() {}

  static final List<String> ORGANISATION_HEADS =
      List.of("verein", "vereins", "verband", "verbandes", "verbands", "verbände", "partei",
          "ministerium", "ministeriums", "gesellschaft", "institut", "instituts", "universität",
          "hochschule", "akademie", "stiftung", "verlag", "verlags", "zeitung", "landesbank",
          "bundesbank", "gericht", "gerichts", "gerichtshof", "gerichtshofs", "kommission",
          "behörde", "agentur", "werke", "gewerkschaft", "genossenschaft",
          "bundesamt", "landesamt", "kammer", "sender", "rundfunk", "kreisbahn", "verkehrsbetriebe");

  static final List<String> PLACE_HEADS =
      List.of("straße", "strasse", "platz", "allee", "gasse", "ufer", "bahnhof", "kapelle",
          "brücke", "kanal", "gebirge");

  static List<Candidate> apply(TokenView view, List<Candidate> kept, List<Candidate> derived) {
    List<Candidate> out = new ArrayList<>(kept.size() + 4);
    boolean[] covered = Candidate.coverage(view.size(), kept);
    for (Candidate c : kept) {
      String head = view.word(c.last() - 1).toLowerCase(Locale.ROOT);
      if (!c.type().equals("ORG") && endsWithAny(head, ORGANISATION_HEADS)) {
        out.add(c.withType("ORG"));
      } else if (!c.type().equals("LOC") && endsWithAny(head, PLACE_HEADS)) {
        out.add(c.withType("LOC"));
      } else {
        out.add(c);
      }
    }
    for (Candidate d : new ArrayList<>(derived)) {
      int next = d.last();
      if (d.size() == 1 && view.capitalised(d.first()) && next < view.size() && !covered[next]
          && view.capitalised(next) && !view.gluedToPrevious(next) && !view.lineBreakBefore(next)
          && view.commonNoun(next)
          && endsWithAny(view.word(next).toLowerCase(Locale.ROOT), ORGANISATION_HEADS)) {
        out.add(new Candidate(d.first(), next + 1, "ORG"));
        derived.remove(d);
        covered[next] = true;
      }
    }
    return out;
  }

  static boolean endsWithAny(String word, List<String> heads) {
    for (String head : heads) {
      if (word.endsWith(head)) {
        return true;
      }
    }
    return false;
  }
}
