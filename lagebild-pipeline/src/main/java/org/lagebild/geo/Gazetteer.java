package org.lagebild.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Countries and cities by the names readers use for them.
 *
 * <ul>
 *   <li>Countries: every ISO 3166 country under its German name (and, for English stories, its
 *       English name) from the JDK's CLDR data
 *       ("Vereinigte Arabische Emirate", "Frankreich"), the German name's genitive ("Frankreichs")
 *       and its three-letter code when written in capitals ("BRA").
 *   <li>Cities: the GeoNames cities with at least 15,000 inhabitants plus every capital and
 *       first-order seat (CC BY 4.0, geonames.org), under their own name and their Latin-script
 *       alternate names, which include the German exonyms ("Mailand", "Lüttich"); built by {@code
 *       tools/geo/make_geo.py}.
 * </ul>
 *
 * Loaded once, on first use (about 25,000 cities); thread-safe.
 */
public final class Gazetteer {

  /** One city of the gazetteer. */
  public record City(
      long geonamesId,
      String name,
      String country,
      double latitude,
      double longitude,
      long population,
      String featureCode) {

    /** A national capital (GeoNames feature code PPLC). */
    public boolean capital() {
      return featureCode.equals("PPLC");
    }

    /** A seat of a first-order division (a state capital, PPLA). */
    public boolean seat() {
      return featureCode.equals("PPLA");
    }
  }

  private static final String CITIES = "org/lagebild/geo/cities.tsv.gz";
  private static final String REGIONS = "org/lagebild/geo/regions.tsv.gz";

  private final Map<String, List<City>> citiesByName;
  private final Map<String, City> capitals;
  private final Set<String> regions;

  private Gazetteer(
      List<City> cities, Map<String, List<City>> citiesByName, Set<String> regions) {
    this.citiesByName = citiesByName;
    this.regions = Set.copyOf(regions);
    Map<String, City> capitalMap = new HashMap<>();
    for (City c : cities) {
      if (c.capital()) {
        capitalMap.merge(c.country(), c, (a, b) -> a.population() >= b.population() ? a : b);
      }
    }
    this.capitals = Map.copyOf(capitalMap);
  }

  /** The gazetteer from the class path, loaded on first call. */
  public static Gazetteer get() {
    return Bundled.GAZETTEER;
  }

  /** Holds the bundled gazetteer; the JVM loads it once, on first use, thread-safely. */
  private static final class Bundled {
    static final Gazetteer GAZETTEER = load();
  }

  private static Gazetteer load() {
    try (BufferedReader cities = open(CITIES);
        BufferedReader regions = open(REGIONS)) {
      return read(cities, regions);
    } catch (IOException e) {
      throw new UncheckedIOException("gazetteer unreadable", e);
    }
  }

  /** A gzipped UTF-8 text resource of this package's data (cities, regions, outlines). */
  static BufferedReader open(String resource) throws IOException {
    InputStream raw = Gazetteer.class.getClassLoader().getResourceAsStream(resource);
    if (raw == null) {
      throw new IllegalStateException("geographic data not on the class path: " + resource);
    }
    return new BufferedReader(
        new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
  }

  /** Reads the cities' tab-separated format ({@code tools/geo/make_geo.py}), without regions. */
  static Gazetteer read(BufferedReader reader) throws IOException {
    return read(reader, new BufferedReader(new StringReader("")));
  }

  /**
   * Reads the gazetteer's tab-separated formats ({@code tools/geo/make_geo.py}): cities, and the
   * first-order regions as country code and name.
   */
  static Gazetteer read(BufferedReader reader, BufferedReader regionReader) throws IOException {
    Set<String> regions = new HashSet<>();
    for (String line = regionReader.readLine(); line != null; line = regionReader.readLine()) {
      int tab = line.indexOf('\t');
      if (!line.startsWith("#") && tab > 0) {
        regions.add(line.substring(0, tab) + "\t" + line.substring(tab + 1));
      }
    }
    List<City> cities = new ArrayList<>();
    Map<String, List<City>> byName = new HashMap<>();
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] c = line.split("\t", -1);
      if (c.length < 8) {
        continue;
      }
      City city =
          new City(
              Long.parseLong(c[0]),
              c[1],
              c[2],
              Double.parseDouble(c[3]),
              Double.parseDouble(c[4]),
              Long.parseLong(c[5]),
              c[6]);
      cities.add(city);
      byName.computeIfAbsent(c[1], k -> new ArrayList<>(1)).add(city);
      if (!c[7].isEmpty()) {
        for (String alternate : c[7].split("\\|")) {
          List<City> list = byName.computeIfAbsent(alternate, k -> new ArrayList<>(1));
          if (!list.contains(city)) {
            list.add(city);
          }
        }
      }
    }
    return new Gazetteer(cities, byName, regions);
  }

  private static Map<String, String> countryNames() {
    Map<String, String> names = new HashMap<>();
    for (String code : Locale.getISOCountries()) {
      Locale country = new Locale.Builder().setRegion(code).build();
      String german = country.getDisplayCountry(Locale.GERMAN);
      if (german.length() >= 3 && !german.equals(code)) {
        names.putIfAbsent(german, code);
      }
      if (german.length() >= 3 && !german.endsWith("s") && !german.contains(" ")) {
        names.putIfAbsent(german + "s", code);
      }
      if (german.startsWith("Sonderverwaltungsregion ")) {
        names.putIfAbsent(german.substring("Sonderverwaltungsregion ".length()), code);
      }
      if (!german.contains(" ") && german.endsWith("e") && german.length() > 4) {
        names.putIfAbsent(german + "n", code); // "den Niederlanden"
      }
      String inflected = inflected(german);
      if (!inflected.equals(german)) {
        names.putIfAbsent(inflected, code);
      }
      try {
        String alpha3 = country.getISO3Country();
        if (!alpha3.isEmpty()) {
          names.putIfAbsent(alpha3, code);
        }
      } catch (java.util.MissingResourceException e) {
        // No three-letter code: the country is found by name only.
      }
    }
    for (String[] alias : ALIASES) {
      names.putIfAbsent(alias[0], alias[1]);
    }
    return Map.copyOf(names);
  }

  /**
   * English country names from CLDR, used only for stories told in English: in German text an
   * English name is more often something else ("Georgia" is the US state, the country "Georgien").
   */
  private static Map<String, String> englishCountryNames() {
    Map<String, String> names = new HashMap<>();
    for (String code : Locale.getISOCountries()) {
      String english = new Locale.Builder().setRegion(code).build().getDisplayCountry(Locale.ENGLISH);
      if (english.length() >= 3 && !english.equals(code)) {
        names.putIfAbsent(english, code);
      }
    }
    return Map.copyOf(names);
  }

  /**
   * A multi-word German country name with its adjectives in the weak form that follows an article
   * ("Vereinigte Arabische Emirate" → "Vereinigten Arabischen Emirate", "Vereinigtes
   * Königreich" → "Vereinigten Königreich"); other names unchanged.
   */
  static String inflected(String name) {
    String[] words = name.split(" ");
    if (words.length < 2) {
      return name;
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (i < words.length - 1 && w.length() > 3 && w.endsWith("e")) {
        w = w + "n";
      } else if (i < words.length - 1 && w.length() > 4 && w.endsWith("es")) {
        w = w.substring(0, w.length() - 1) + "n"; // "Vereinigtes Königreich" → "Vereinigten Königreich"
      }
      out.append(i > 0 ? " " : "").append(w);
    }
    return out.toString();
  }

  /**
   * Common German names of countries that differ from CLDR's official short names: general
   * language knowledge, not names of any particular story.
   */
  private static final String[][] ALIASES = {
    {"Großbritannien", "GB"}, {"Großbritanniens", "GB"}, {"England", "GB"}, {"Englands", "GB"},
    {"Holland", "NL"}, {"Hollands", "NL"}, {"Weißrussland", "BY"}, {"Weißrusslands", "BY"},
    {"Tschechische Republik", "CZ"}, {"Tschechischen Republik", "CZ"}, {"Elfenbeinküste", "CI"},
    {"Burma", "MM"}, {"Birma", "MM"}, {"Persien", "IR"},
    {"Bundesrepublik", "DE"}, {"Bundesrepublik Deutschland", "DE"}, {"Volksrepublik China", "CN"},
    {"US", "US"}, {"UK", "GB"}
  };

  /**
   * Country names, codes and aliases (German), and CLDR's English names; the same for every
   * gazetteer. Declared after {@link #ALIASES}, which they read when the class initialises.
   */
  private static final Map<String, String> COUNTRIES = countryNames();

  private static final Map<String, String> ENGLISH_COUNTRIES = englishCountryNames();

  /** The ISO code of the country called {@code name} ("Frankreich", "Frankreichs", "BRA"), if any. */
  public Optional<String> country(String name) {
    return Optional.ofNullable(COUNTRIES.get(name));
  }

  /**
   * The ISO code of the country called {@code name} in a story told in {@code languages}: the
   * German names and codes, and the English names where English is among the languages.
   */
  public Optional<String> country(String name, Set<String> languages) {
    Optional<String> code = country(name);
    if (code.isEmpty() && languages.contains("en")) {
      code = Optional.ofNullable(ENGLISH_COUNTRIES.get(name));
    }
    return code;
  }

  /** The capital of a country, if the gazetteer has one. */
  public Optional<City> capital(String country) {
    return Optional.ofNullable(capitals.get(country));
  }

  /**
   * Whether {@code name} is also the name of a first-order region of the country ("Brandenburg" in
   * Germany, "Oregon" in the United States).
   */
  public boolean isRegion(String country, String name) {
    return regions.contains(country + "\t" + name);
  }

  /** Every city called {@code name}, by its own or an alternate name (exact spelling). */
  public List<City> cities(String name) {
    return List.copyOf(citiesByName.getOrDefault(name, List.of()));
  }
}
