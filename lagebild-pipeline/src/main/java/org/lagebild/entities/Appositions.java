package org.lagebild.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * German news puts a describing noun right before a name: "der Spielzeughersteller Quaxo", "die
 * Rockband Blaue Welle", "das Dorf Wendelsried", "die Stadt Ostrelingen". The noun's compound head
 * says what the name is, so a mention right after such a noun takes that type, and an untagged proper
 * noun there becomes a mention of it. Role nouns ("Stürmer", "Rapper") make persons, through {@link
 * RoleLexicon}. The heads are general vocabulary, not names.
 */
final class Appositions {

  private Appositions() {}

  static final List<String> ORGANISATION_NOUNS =
      List.of("hersteller", "konzern", "konzerns", "unternehmen", "unternehmens", "firma",
          "bankhaus", "band", "label", "labels", "verlag", "verlags", "sender", "senders", "team",
          "teams", "verein", "vereins", "club", "clubs", "klub", "klubs", "partei", "zeitung",
          "magazin", "magazins", "produktion", "dienstleister", "fluggesellschaft", "airline",
          "reederei", "kette", "autobauer", "versicherer", "gruppe", "zeitschrift", "agentur");

  static final List<String> PLACE_NOUNS =
      List.of("stadt", "städte", "dorf", "dörfer", "dorfes", "gemeinde", "ortschaft", "ortsteil",
          "ortsteils", "insel", "inseln", "fluss", "flusses", "region", "provinz", "bezirk",
          "kanton", "hafen", "flughafen", "station", "stationen", "planet", "planeten",
          "bundesland", "bundesstaat", "hauptstadt", "metropole");

  /** A mention the tagger typed with at least this mean confidence keeps its type. */
  static final double SURE = 0.95;

  static List<Candidate> apply(
      TokenView view, List<Candidate> kept, TaggerConfidence confidence) {
    boolean[] covered = Candidate.coverage(view.size(), kept);
    List<Candidate> out = new ArrayList<>(kept.size() + 2);
    for (Candidate c : kept) {
      String type = descriptorType(view, c.first(), covered);
      boolean sure = confidence.available() && confidence.mean(c) >= SURE;
      out.add(type != null && !type.equals(c.type()) && !c.type().equals("MISC") && !sure
          ? c.withType(type)
          : c);
    }
    for (int i = 1; i < view.size(); i++) {
      if (covered[i] || !view.capitalised(i) || !view.pos(i).equals("PROPN")) {
        continue;
      }
      String type = descriptorType(view, i, covered);
      if (type == null || type.equals("PER")) {
        continue;
      }
      int end = i + 1;
      while (end < view.size() && !covered[end] && view.capitalised(end)
          && view.pos(end).equals("PROPN") && !view.lineBreakBefore(end)) {
        end++;
      }
      out.add(new Candidate(i, end, type));
      for (int k = i; k < end; k++) {
        covered[k] = true;
      }
    }
    return out;
  }

  /** The type the noun right before token {@code first} gives a name there, or null. */
  private static String descriptorType(TokenView view, int first, boolean[] covered) {
    int d = first - 1;
    if (d < 0 || covered[d] || !view.commonNoun(d) || !view.capitalised(d)
        || view.gluedToPrevious(first) || view.lineBreakBefore(first)) {
      return null;
    }
    String word = view.word(d).toLowerCase(Locale.ROOT);
    if (NameHeads.endsWithAny(word, ORGANISATION_NOUNS)) {
      return "ORG";
    }
    if (NameHeads.endsWithAny(word, PLACE_NOUNS)) {
      return "LOC";
    }
    if (RoleLexicon.isRole(view.word(d))) {
      return "PER";
    }
    return null;
  }
}
