package org.lagebild.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lagebild.dossier.StorySection;
import org.lagebild.geo.Gazetteer.City;
import org.lagebild.language.LanguageIdentifier;
import org.lagebild.model.AnnotatedDocument;
import org.lagebild.model.LanguageGuess;
import org.lagebild.model.dossier.PlaceLink;
import org.lagebild.model.dossier.Story;
import org.lagebild.model.dossier.StoryEntity;

/**
 * Locates a story's place entities: a country by its name (any spelling the entity has), a city by
 * its GeoNames record. A city name several cities share ("Springfield", "Frankfurt") goes to the one
 * the story makes likely: a city in a country the story names, else a capital, else the most
 * populous by a wide margin; where the story leaves it open the place stays unlocated rather than
 * guessed. Runs after the entity section, on its canonical entities.
 */
public final class PlaceSection implements StorySection {

  /** A second reading this close to the best one (in orders of magnitude) leaves a name open. */
  static final double AMBIGUOUS = 0.7;

  private final Gazetteer gazetteer;
  private final WorldOutline world;

  public PlaceSection() {
    this(null, null);
  }

  /** For tests: given gazetteer and outline (null: the bundled ones, loaded on first use). */
  PlaceSection(Gazetteer gazetteer, WorldOutline world) {
    this.gazetteer = gazetteer;
    this.world = world;
  }

  @Override
  public String name() {
    return "places";
  }

  @Override
  public Story fill(Story story, List<AnnotatedDocument> documents) {
    List<StoryEntity> places =
        story.entities().stream().filter(e -> e.type().equals("LOC")).toList();
    if (places.isEmpty()) {
      return story;
    }
    Gazetteer g = gazetteer != null ? gazetteer : Gazetteer.get();
    WorldOutline w = world != null ? world : WorldOutline.get();
    List<PlaceLink> links = new ArrayList<>();
    Set<String> countries = new HashSet<>();
    Set<String> languages = languages(documents);
    Set<String> home = homeCountries(languages);
    Map<String, String> texts = new HashMap<>();
    documents.forEach(d -> texts.put(d.id(), d.text()));
    List<StoryEntity> rest = new ArrayList<>();
    for (StoryEntity e : places) {
      Optional<String> country =
          names(e).stream().map(n -> g.country(n, languages)).flatMap(Optional::stream).findFirst();
      if (country.isPresent()) {
        String code = country.get();
        double[] point =
            w.labelPoint(code)
                .or(() -> g.capital(code).map(c -> new double[] {c.longitude(), c.latitude()}))
                .orElse(null);
        if (point != null) {
          links.add(
              new PlaceLink(e.id(), PlaceLink.COUNTRY, code, 0, displayCountry(code), point[1], point[0]));
          countries.add(code);
          continue;
        }
      }
      rest.add(e);
    }
    Set<String> likely = new HashSet<>(countries);
    likely.addAll(home);
    for (StoryEntity e : rest) {
      City city = city(g, e, likely);
      if (city != null && !accepted(g, city, e, home, countries, texts)) {
        city = null;
      }
      if (city != null) {
        links.add(
            new PlaceLink(
                e.id(),
                PlaceLink.CITY,
                city.country(),
                city.geonamesId(),
                city.name(),
                city.latitude(),
                city.longitude()));
      }
    }
    if (links.isEmpty()) {
      return story;
    }
    return merged(story, links);
  }

  /**
   * Entities located at the same country or city are one place under different names ("Bundesrepublik"
   * and "Deutschland"): they become one entity, under the name of the one mentioned most.
   */
  static Story merged(Story story, List<PlaceLink> links) {
    Map<String, List<PlaceLink>> byPlace = new LinkedHashMap<>();
    for (PlaceLink link : links) {
      String key = link.kind().equals(PlaceLink.COUNTRY) ? link.country() : "#" + link.geonamesId();
      byPlace.computeIfAbsent(key, k -> new ArrayList<>()).add(link);
    }
    if (byPlace.size() == links.size()) {
      return story.withPlaces(links);
    }
    Map<String, StoryEntity> byId = new HashMap<>();
    story.entities().forEach(e -> byId.put(e.id(), e));
    Map<String, Integer> articleOrder = new HashMap<>();
    story.articleIds().forEach(id -> articleOrder.putIfAbsent(id, articleOrder.size()));
    Map<String, StoryEntity> replaced = new HashMap<>();
    Set<String> dropped = new HashSet<>();
    List<PlaceLink> kept = new ArrayList<>();
    for (List<PlaceLink> same : byPlace.values()) {
      List<StoryEntity> entities = same.stream().map(l -> byId.get(l.entityId())).toList();
      StoryEntity survivor =
          entities.stream().max(Comparator.comparingInt(e -> e.mentions().size())).orElseThrow();
      PlaceLink link = same.get(entities.indexOf(survivor));
      kept.add(link);
      if (entities.size() == 1) {
        continue;
      }
      Set<String> variants = new LinkedHashSet<>(survivor.variants());
      Set<String> roles = new LinkedHashSet<>(survivor.roles());
      List<StoryEntity.Mention> mentions = new ArrayList<>(survivor.mentions());
      List<StoryEntity.VariantCount> counts = new ArrayList<>(survivor.variantCounts());
      List<StoryEntity.Mention> derived = new ArrayList<>(survivor.derived());
      List<StoryEntity.Mention> byRole = new ArrayList<>(survivor.roleMentions());
      for (StoryEntity other : entities) {
        if (other == survivor) {
          continue;
        }
        variants.addAll(other.variants());
        roles.addAll(other.roles());
        mentions.addAll(other.mentions());
        counts.addAll(other.variantCounts());
        derived.addAll(other.derived());
        byRole.addAll(other.roleMentions());
        dropped.add(other.id());
      }
      Comparator<StoryEntity.Mention> inText = StoryEntity.Mention.inArticleOrder(articleOrder);
      mentions.sort(inText);
      derived.sort(inText);
      byRole.sort(inText);
      replaced.put(
          survivor.id(),
          new StoryEntity(
              survivor.id(),
              survivor.name(),
              survivor.type(),
              List.copyOf(variants),
              List.copyOf(roles),
              mentions,
              counts,
              derived,
              byRole));
    }
    List<StoryEntity> entities = new ArrayList<>();
    for (StoryEntity e : story.entities()) {
      if (!dropped.contains(e.id())) {
        entities.add(replaced.getOrDefault(e.id(), e));
      }
    }
    return story.withEntities(entities).withPlaces(kept);
  }

  private static String displayCountry(String code) {
    return new Locale.Builder().setRegion(code).build().getDisplayCountry(Locale.GERMAN);
  }

  /**
   * Whether the story's words make the chosen city believable: not a town named like its region
   * ("Brandenburg", "Oregon" name the region), and a foreign town that is no capital and under a
   * million inhabitants is spoken of as a place ("in X", "aus X") — else it is more likely another
   * thing of that name ("Corona" the virus, not the Californian city) — and, if it was found only
   * under an old or foreign alternate name ("Moria" for Jerusalem), its country is named.
   */
  private static boolean accepted(
      Gazetteer g, City city, StoryEntity e, Set<String> home, Set<String> countries,
      Map<String, String> texts) {
    List<String> names = names(e);
    boolean small = !city.capital() && city.population() < WORLD_CITY;
    if (small && !city.seat() && names.stream().anyMatch(n -> g.isRegion(city.country(), n))) {
      return false;
    }
    if (small && !home.contains(city.country())) {
      if (!usedAsPlace(e, texts)) {
        return false;
      }
      return countries.contains(city.country()) || names.contains(city.name());
    }
    return true;
  }

  /** A city at least this large is taken at its name wherever the story is told. */
  static final long WORLD_CITY = 1_000_000;

  /**
   * Words before a name that speak of it as a place: "in", "aus" … Not "nach", "bei", "vor" or
   * "durch", which as often mean after, with, before or because of ("nach Corona").
   */
  private static final Set<String> LOCATIVE =
      Set.of("in", "im", "aus", "nahe", "zwischen", "at", "from", "near");

  /** The languages the story's articles are written in (identified, else declared). */
  static Set<String> languages(List<AnnotatedDocument> documents) {
    Set<String> languages = new HashSet<>();
    for (AnnotatedDocument d : documents) {
      LanguageGuess guess = d.getOrDefault(LanguageIdentifier.LANGUAGE, null);
      if (guess != null && !guess.code().equals(LanguageGuess.UNDETERMINED)) {
        languages.add(guess.code());
      } else if (d.article().language() != null) {
        languages.add(d.article().language());
      }
    }
    return languages;
  }

  /**
   * The countries whose language the story is told in, from the JDK's locales ("de": Germany,
   * Austria, Switzerland, Liechtenstein …): their towns need no further evidence.
   */
  static Set<String> homeCountries(Set<String> languages) {
    Set<String> countries = new HashSet<>();
    for (String language : languages) {
      countries.addAll(LOCALE_COUNTRIES.getOrDefault(language, Set.of()));
    }
    return countries;
  }

  /** Language code to the countries the JDK has a locale for in it, read once. */
  private static final Map<String, Set<String>> LOCALE_COUNTRIES = localeCountries();

  private static Map<String, Set<String>> localeCountries() {
    Map<String, Set<String>> byLanguage = new HashMap<>();
    for (Locale locale : Locale.getAvailableLocales()) {
      if (locale.getCountry().length() == 2) {
        byLanguage.computeIfAbsent(locale.getLanguage(), k -> new HashSet<>()).add(locale.getCountry());
      }
    }
    Map<String, Set<String>> frozen = new HashMap<>();
    byLanguage.forEach((language, countries) -> frozen.put(language, Set.copyOf(countries)));
    return Map.copyOf(frozen);
  }

  /**
   * Whether some mention of the entity follows a locative word ("in Bergamo", "aus Kenosha") or a
   * noun for a town ("der Stadt Kenosha", "Hafenstadt Y"), and is not the first part of a hyphenated
   * compound ("in Corona-Zeiten").
   */
  static boolean usedAsPlace(StoryEntity e, Map<String, String> texts) {
    for (StoryEntity.Mention m : e.mentions()) {
      String text = texts.get(m.articleId());
      if (text == null || m.end() > text.length()) {
        continue;
      }
      if (m.end() < text.length() && text.charAt(m.end()) == '-') {
        continue; // "in Corona-Zeiten": the name is part of a compound, not the place
      }
      int end = m.start();
      while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      int start = end;
      while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
        start--;
      }
      if (start == end) {
        continue;
      }
      String word = text.substring(start, end).toLowerCase(Locale.ROOT);
      if (LOCATIVE.contains(word) || word.endsWith("stadt") || word.endsWith("metropole")
          || word.equals("ort") || word.endsWith("gemeinde") || word.endsWith("city")) {
        return true;
      }
    }
    return false;
  }

  /** The entity's display name first, then its other spellings. */
  private static List<String> names(StoryEntity e) {
    Set<String> names = new LinkedHashSet<>();
    names.add(e.name());
    names.addAll(e.variants());
    return List.copyOf(names);
  }

  /** The city the entity most likely names, or null when none or no clear one. */
  static City city(Gazetteer g, StoryEntity e, Set<String> storyCountries) {
    Set<City> candidates = new LinkedHashSet<>();
    for (String name : names(e)) {
      candidates.addAll(g.cities(name));
      if (name.endsWith("s") && name.length() > 4) {
        candidates.addAll(g.cities(name.substring(0, name.length() - 1)));
      }
    }
    City best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (City c : candidates) {
      double score = score(c, storyCountries);
      if (score > bestScore) {
        best = c;
        bestScore = score;
      }
    }
    // The best reading against the best one elsewhere: another town of the name over 100 km
    // away ("Arlington" in Texas and in Virginia), not a second record of the same place.
    double secondScore = Double.NEGATIVE_INFINITY;
    for (City c : candidates) {
      if (best != null && c != best && kilometres(best, c) > 100) {
        secondScore = Math.max(secondScore, score(c, storyCountries));
      }
    }
    if (best == null || bestScore - secondScore < AMBIGUOUS) {
      return null;
    }
    return best;
  }

  /** Great-circle distance between two cities. */
  static double kilometres(City a, City b) {
    double p1 = Math.toRadians(a.latitude());
    double p2 = Math.toRadians(b.latitude());
    double dp = p2 - p1;
    double dl = Math.toRadians(b.longitude() - a.longitude());
    double h = Math.sin(dp / 2) * Math.sin(dp / 2)
        + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
    return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
  }

  /**
   * Orders of magnitude of inhabitants, plus two for a capital, half for a state seat and two for a
   * city in a country the story names or whose language it is told in (a national capital still
   * beats a small town of the same name in a country the story also names).
   */
  static double score(City c, Set<String> storyCountries) {
    double score = Math.log10(c.population() + 1.0);
    if (c.capital()) {
      score += 2;
    } else if (c.seat()) {
      score += 0.5;
    }
    if (storyCountries.contains(c.country())) {
      score += 2;
    }
    return score;
  }
}
