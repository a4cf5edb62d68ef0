package org.lagebild.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * German names of the world's countries and regions from the JDK's own CLDR data ({@code
 * Locale.getDisplayCountry(Locale.GERMAN)}): "Bosnien und Herzegowina", "Suriname", "Nordeuropa".
 * An untagged proper noun that is such a name (or its genitive, "Nordeuropas") is a place, and a
 * mention of another type that is exactly such a name becomes a place unless the tagger was sure
 * of its type.
 */
final class PlaceGazetteer {

  private PlaceGazetteer() {}

  /** UN M.49 continents and subregions (CLDR has German names for them). */
  private static final List<String> REGIONS =
      List.of("002", "019", "142", "150", "009", "005", "013", "029", "021", "419", "030", "034",
          "035", "039", "053", "054", "057", "061", "011", "014", "015", "017", "018", "143",
          "145", "151", "154", "155");

  /** The longest name in tokens that is looked up. */
  private static final int MAX_TOKENS = 5;

  static final Set<String> NAMES = load();

  private static Set<String> load() {
    Set<String> names = new HashSet<>();
    for (String country : Locale.getISOCountries()) {
      addName(names, new Locale.Builder().setRegion(country).build().getDisplayCountry(Locale.GERMAN));
    }
    for (String region : REGIONS) {
      addName(names, new Locale.Builder().setRegion(region).build().getDisplayCountry(Locale.GERMAN));
    }
    return Set.copyOf(names);
  }

  private static void addName(Set<String> names, String name) {
    if (name.isBlank() || name.length() < 3 || !Character.isUpperCase(name.codePointAt(0))) {
      return;
    }
    names.add(name);
    // "Bosnien und Herzegowina": each capitalised part of a country joined by "und" is a place.
    for (String part : name.split(" und ")) {
      if (part.length() >= 4 && Character.isUpperCase(part.codePointAt(0))
          && !part.equals(name)) {
        names.add(part);
      }
    }
  }

  /** Whether {@code text} is a country or region name or its genitive. */
  static boolean isPlace(String text) {
    if (NAMES.contains(text)) {
      return true;
    }
    if (text.endsWith("es") && NAMES.contains(text.substring(0, text.length() - 2))) {
      return true;
    }
    return text.endsWith("s") && NAMES.contains(text.substring(0, text.length() - 1));
  }

  static List<Candidate> apply(TokenView view, List<Candidate> kept, TaggerConfidence confidence) {
    boolean[] covered = Candidate.coverage(view.size(), kept);
    List<Candidate> out = new ArrayList<>(kept.size() + 2);
    for (Candidate c : kept) {
      boolean sure = confidence.available() && confidence.mean(c) >= Appositions.SURE;
      if (!c.type().equals("LOC") && !c.type().equals("MISC") && !sure
          && isPlace(view.covered(c))) {
        out.add(c.withType("LOC"));
      } else {
        out.add(c);
      }
    }
    for (int i = 0; i < view.size(); i++) {
      if (covered[i] || !view.capitalised(i) || view.gluedToPrevious(i)) {
        continue;
      }
      for (int end = Math.min(view.size(), i + MAX_TOKENS); end > i; end--) {
        if (!anyCovered(covered, i, end) && view.wordEnd(end - 1) == end
            && isPlace(view.covered(i, end))) {
          out.add(new Candidate(i, end, "LOC"));
          for (int k = i; k < end; k++) {
            covered[k] = true;
          }
          break;
        }
      }
    }
    return out;
  }

  private static boolean anyCovered(boolean[] covered, int from, int to) {
    for (int k = from; k < to; k++) {
      if (covered[k]) {
        return true;
      }
    }
    return false;
  }
}
