package org.lagebild.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lagebild.model.AnnotatedDocument;
import org.lagebild.model.Article;
import org.lagebild.model.dossier.PlaceLink;
import org.lagebild.model.dossier.Story;
import org.lagebild.model.dossier.StoryEntity;

class PlaceSectionTest {

  /** Invented cities: a capital and a small town share a name; two mid-sized towns share another. */
  private static final String CITIES =
      """
      10\tKarsk\tXA\t50.0000\t10.0000\t900000\tPPLC\tKarsch
      11\tKarsk\tUS\t40.0000\t-80.0000\t18000\tPPL\t
      20\tBellmont\tUS\t41.0000\t-81.0000\t60000\tPPL\t
      22\tTwinford\tUS\t32.0000\t-97.0000\t360000\tPPL\t
      23\tTwinford\tUS\t38.0000\t-77.0000\t200000\tPPL\t
      24\tTwinford\tUS\t38.0100\t-77.0100\t20000\tPPL\t
      30\tFlutwind\tUS\t35.0000\t-100.0000\t150000\tPPL\t
      31\tSeehagen\tDE\t53.0000\t10.0000\t40000\tPPL\t
      32\tHeideland an der See\tDE\t54.0000\t11.0000\t70000\tPPL\tHeideland
      21\tBellmont\tXC\t-20.0000\t140.0000\t70000\tPPL\t
      """;

  private static final String WORLD =
      """
      XA\tXaland\t5.00,45.00 15.00,45.00 15.00,55.00 5.00,55.00
      RU\tRussia\t40.00,50.00 60.00,50.00 60.00,70.00 40.00,70.00
      US\tUnited States\t-120.00,30.00 -80.00,30.00 -80.00,48.00 -120.00,48.00
      """;

  private static final String REGIONS = "DE\tHeideland\n";

  private static PlaceSection section() throws Exception {
    return new PlaceSection(
        Gazetteer.read(new BufferedReader(new StringReader(CITIES)),
            new BufferedReader(new StringReader(REGIONS))),
        WorldOutline.read(new BufferedReader(new StringReader(WORLD))));
  }

  private static StoryEntity place(String id, String name, int mentions, String... variants) {
    List<StoryEntity.Mention> ms = new ArrayList<>();
    for (int i = 0; i < mentions; i++) {
      ms.add(new StoryEntity.Mention("a" + (i % 2), 10 * i, 10 * i + 5, name));
    }
    List<String> all = new ArrayList<>(List.of(name));
    all.addAll(List.of(variants));
    return new StoryEntity(id, name, "LOC", all, List.of(), ms);
  }

  private static Story story(StoryEntity... entities) {
    return Story.of("s1", "t", List.of("a0", "a1"), List.of(entities));
  }

  @Test
  void aCapitalBeatsASmallTownOfTheSameNameEvenInACountryTheStoryNames() throws Exception {
    // The story names the United States, where the small Karsk lies; the capital Karsk still wins.
    Story s = section().fill(story(place("e1", "Karsch", 3), place("e2", "Vereinigte Staaten", 2)), List.of());
    PlaceLink karsk = s.places().stream().filter(p -> p.entityId().equals("e1")).findFirst().orElseThrow();
    assertThat(karsk.kind()).isEqualTo(PlaceLink.CITY);
    assertThat(karsk.geonamesId()).isEqualTo(10);
    assertThat(karsk.name()).isEqualTo("Karsk");
  }

  @Test
  void anAmbiguousNameIsLeftUnlocatedUnlessTheStoryNamesTheCountry() throws Exception {
    Story open = section().fill(story(place("e1", "Bellmont", 2)), List.of());
    assertThat(open.places()).isEmpty();

    Gazetteer.City chosen =
        PlaceSection.city(
            Gazetteer.read(new BufferedReader(new StringReader(CITIES))),
            place("e1", "Bellmont", 2),
            Set.of("US"));
    assertThat(chosen).isNotNull();
    assertThat(chosen.geonamesId()).isEqualTo(20);

    // Two towns of one name in the same country far apart, of similar size: left open.
    Gazetteer g = Gazetteer.read(new BufferedReader(new StringReader(CITIES)));
    assertThat(PlaceSection.city(g, place("e2", "Twinford", 2), Set.of("US"))).isNull();
  }

  @Test
  void countriesAreLocatedAtTheirOutlineAndOnlyPlacesAreLinked() throws Exception {
    StoryEntity person = new StoryEntity("p1", "Karsch", "PER", List.of("Karsch"), List.of(),
        List.of(new StoryEntity.Mention("a0", 0, 6, "Karsch")));
    Story s = section().fill(story(person, place("e2", "Russland", 4, "Russlands")), List.of());
    assertThat(s.places()).singleElement().satisfies(p -> {
      assertThat(p.entityId()).isEqualTo("e2");
      assertThat(p.kind()).isEqualTo(PlaceLink.COUNTRY);
      assertThat(p.country()).isEqualTo("RU");
      assertThat(p.latitude()).isCloseTo(60.0, org.assertj.core.api.Assertions.within(1e-6));
      assertThat(p.longitude()).isCloseTo(50.0, org.assertj.core.api.Assertions.within(1e-6));
    });
    // A code the JDK does not know as a country is no country name.
    Story x = section().fill(story(place("e3", "XA", 1)), List.of());
    assertThat(x.places()).isEmpty();
  }

  private static AnnotatedDocument doc(String id, String text) {
    return AnnotatedDocument.of(new Article(id, id, null, null, null, "de", null, null, text));
  }

  private static StoryEntity at(String id, String name, String articleId, String text) {
    return at(id, name, articleId, text, text.indexOf(name));
  }

  private static StoryEntity at(String id, String name, String articleId, String text, int start) {
    return new StoryEntity(id, name, "LOC", List.of(name), List.of(),
        List.of(new StoryEntity.Mention(articleId, start, start + name.length(), name)));
  }

  @Test
  void aForeignTownNeedsItsNameUsedAsAPlaceAHomeTownDoesNot() throws Exception {
    String virus = "Die Flutwind-Welle erreicht Europa. Flutwind verbreitet sich in Flutwind-Zeiten, sagt Seehagen.";
    Story s1 = section().fill(
        Story.of("s", "t", List.of("a0"), List.of(at("e1", "Flutwind", "a0", virus, virus.indexOf("Flutwind-Zeiten")),
            at("e2", "Seehagen", "a0", virus))),
        List.of(doc("a0", virus)));
    // "in Flutwind-Zeiten" speaks of a compound, not of the place: not the American town.
    // Seehagen is a German town and needs no such evidence.
    assertThat(s1.places()).extracting(PlaceLink::entityId).containsExactly("e2");

    String after = "Nach Flutwind kommt die Erholung.";
    Story s3 = section().fill(
        Story.of("s", "t", List.of("a0"), List.of(at("e1", "Flutwind", "a0", after))),
        List.of(doc("a0", after)));
    assertThat(s3.places()).isEmpty();

    String trip = "Der Minister landete in Flutwind.";
    Story s2 = section().fill(
        Story.of("s", "t", List.of("a0"), List.of(at("e1", "Flutwind", "a0", trip))),
        List.of(doc("a0", trip)));
    assertThat(s2.places()).singleElement().extracting(PlaceLink::geonamesId).isEqualTo(30L);
  }

  @Test
  void aTownNamedLikeItsRegionIsNotTakenForIt() throws Exception {
    String text = "Heideland erlaubt wieder Treffen in Heideland.";
    Story s = section().fill(
        Story.of("s", "t", List.of("a0"), List.of(at("e1", "Heideland", "a0", text))),
        List.of(doc("a0", text)));
    assertThat(s.places()).isEmpty();
  }

  @Test
  void namesOfOnePlaceBecomeOneEntityUnderTheMostMentionedName() throws Exception {
    Story s =
        section().fill(
            story(place("e1", "USA", 5), place("e2", "Vereinigten Staaten", 2), place("e3", "Karsch", 1)),
            List.of());
    assertThat(s.entities()).extracting(StoryEntity::id).containsExactly("e1", "e3");
    StoryEntity us = s.entities().getFirst();
    assertThat(us.name()).isEqualTo("USA");
    assertThat(us.variants()).containsExactly("USA", "Vereinigten Staaten");
    assertThat(us.mentions()).hasSize(7);
    assertThat(us.mentions()).isSortedAccordingTo(
        java.util.Comparator.comparing(StoryEntity.Mention::articleId)
            .thenComparingInt(StoryEntity.Mention::start));
    assertThat(s.places()).extracting(PlaceLink::entityId).containsExactly("e1", "e3");
  }
}
