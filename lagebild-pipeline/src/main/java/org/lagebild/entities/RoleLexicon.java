package org.lagebild.entities;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Words for offices and functions that news puts in front of a name ("Außenministerin",
 * "EU-Kommissarin", "Generalsekretär"). Recognised by the compound's head: German builds most role
 * nouns from a small set of heads, so a suffix list covers "Verteidigungsminister" and
 * "Vizeregierungssprecherin" alike. General vocabulary only, never names.
 */
final class RoleLexicon {

  private RoleLexicon() {}

  /** Heads of role compounds, lower case, masculine form (feminine "-in"/"-innen" is derived). */
  private static final List<String> HEADS =
      List.of(
          "minister", "sprecher", "präsident", "kanzler", "sekretär", "chef", "leiter",
          "botschafter",
          "direktor", "vorsitzender", "vorsitzende", "general", "kommandeur", "befehlshaber",
          "berater", "gouverneur", "bürgermeister", "abgeordneter", "abgeordnete", "senator",
          "diplomat", "beauftragter", "beauftragte", "könig", "königin", "kaiser", "fürst",
          "premier", "papst", "bischof", "kardinal", "patriarch", "trainer", "kommissar",
          "analyst", "experte", "korrespondent", "reporter", "journalist", "anwalt", "anwältin",
          "richter", "staatsanwalt", "oberhaupt", "vorstand", "gründer", "inhaber", "eigentümer",
          "manager", "funktionär", "politiker", "parlamentarier", "offizier", "oberst", "admiral",
          "kapitän", "pilot", "soldat", "beamter", "beamte", "vertreter", "unterhändler",
          "gesandter", "gesandte", "emissär", "vermittler", "ökonom", "wissenschaftler",
          "forscher", "professor", "autor", "schriftsteller", "sänger", "schauspieler",
          "regisseur", "spieler", "stürmer", "torwart", "rapper", "musiker", "künstler",
          "präses", "rabbiner", "imam", "pfarrer", "dekan", "rektor", "kurator", "intendant",
          "ministerpräsident", "staatschef", "regierungschef", "herrscher", "machthaber",
          "aktivist", "oppositionelle", "oppositioneller", "dissident", "sprecherin");

  /** Short titles that precede names as words of their own. */
  private static final Set<String> TITLES =
      Set.of("dr", "prof", "präsident", "präsidentin", "kanzler", "kanzlerin", "premier",
          "papst", "könig", "königin", "prinz", "prinzessin", "herzog", "herzogin", "graf",
          "gräfin", "scheich", "emir", "sultan", "general", "generalin", "oberst", "senator",
          "senatorin", "minister", "ministerin", "bischof", "kardinal", "pater", "bruder",
          "schwester", "frau", "herr");

  /** Whether {@code word} (a noun, possibly a hyphenated compound) names a role or office. */
  static boolean isRole(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    int hyphen = Math.max(w.lastIndexOf('-'), w.lastIndexOf('\u2011'));
    String head = hyphen >= 0 ? w.substring(hyphen + 1) : w;
    if (head.length() < 3) {
      return false;
    }
    if (TITLES.contains(head.endsWith(".") ? head.substring(0, head.length() - 1) : head)) {
      return true;
    }
    for (String base : List.of(head, stripFeminine(head), stripInflection(head))) {
      for (String h : HEADS) {
        if (base.endsWith(h)) {
          return true;
        }
      }
    }
    return false;
  }

  /** "-in", "-innen" of feminine role nouns: "Ministerin" to "minister". */
  private static String stripFeminine(String w) {
    if (w.endsWith("innen") && w.length() > 7) {
      return w.substring(0, w.length() - 5);
    }
    if (w.endsWith("in") && w.length() > 5) {
      return w.substring(0, w.length() - 2);
    }
    return w;
  }

  /** Case endings of role nouns: "Präsidenten", "Ministers", "Abgeordneten". */
  private static String stripInflection(String w) {
    for (String ending : List.of("en", "n", "s", "es")) {
      if (w.endsWith(ending) && w.length() > ending.length() + 4) {
        return w.substring(0, w.length() - ending.length());
      }
    }
    return w;
  }
}
