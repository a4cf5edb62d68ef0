package org.lagebild.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lagebild.model.AnnotatedDocument;
import org.lagebild.model.Article;
import org.lagebild.model.dossier.StoryEntity;

class DerivedReferencesTest {

  private static StoryEntity place(String... variants) {
    return new StoryEntity("e" + variants[0], variants[0], "LOC", List.of(variants), List.of(),
        List.of());
  }

  private static final List<StoryEntity> PLACES = List.of(
      place("Russland", "Russlands"), place("Serbien"), place("China"), place("Bayern"),
      place("Großbritannien"), place("Berlin"), place("Kanada"), place("Türkei"));

  private static String placeOf(String word) {
    int i = DerivedReferences.place(NameKeys.fold(word), PLACES);
    return i < 0 ? null : PLACES.get(i).name();
  }

  @Test
  void adjectivesAndDemonymsFindTheirPlace() {
    assertThat(placeOf("russischen")).isEqualTo("Russland");
    assertThat(placeOf("serbische")).isEqualTo("Serbien");
    assertThat(placeOf("chinesischen")).isEqualTo("China");
    assertThat(placeOf("bayerischen")).isEqualTo("Bayern");
    assertThat(placeOf("britische")).isEqualTo("Großbritannien");
    assertThat(placeOf("Berliner")).isEqualTo("Berlin");
    assertThat(placeOf("Kanadier")).isEqualTo("Kanada");
    assertThat(placeOf("türkischen")).isEqualTo("Türkei");
  }

  @Test
  void wordsOfNoPlaceInTheStoryStayUnlinked() {
    assertThat(placeOf("französischen")).isNull();
    assertThat(placeOf("sozialistischen")).isNull();
    assertThat(placeOf("Kanalarbeiter")).isNull(); // shares "Kana" with Kanada, no more
    assertThat(placeOf("Uri")).isNull(); // too short to be a stem
  }

  @Test
  void aWordThatFitsTwoPlacesStaysUnlinked() {
    List<StoryEntity> two = List.of(place("Serbien"), place("Serbia"));
    assertThat(DerivedReferences.place("serbischen", two)).isEqualTo(-1);
  }

  @Test
  void canonicalizerLinksDerivedWordsWithoutCountingThemAndCountsVariantsPerOutlet() {
    AnnotatedDocument a = new GermanEntityRefiner().process(
        TaggedText.of("Die russischen Truppen stehen in Russland.", "russischen", "ADJ")
            .tag("russischen", "MISC").tag("Russland", "LOC").document("a"));
    AnnotatedDocument b = new GermanEntityRefiner().process(
        TaggedText.of("Russlands Nachbarn und Russland schweigen.")
            .tag("Russlands", "LOC").tag("Russland", "LOC").document("b"));
    a = a.withArticle(new Article("a", "a", null, "eins.example", null, null, null, null, a.text()));
    b = b.withArticle(new Article("b", "b", null, "zwei.example", null, null, null, null, b.text()));
    List<StoryEntity> entities = new EntityCanonicalizer().canonicalize(List.of(a, b));
    StoryEntity russia = entities.stream().filter(e -> e.name().equals("Russland")).findFirst()
        .orElseThrow();
    assertThat(russia.mentions()).hasSize(3);
    assertThat(russia.derived()).singleElement().satisfies(d -> {
      assertThat(d.text()).isEqualTo("russischen");
      assertThat(d.articleId()).isEqualTo("a");
    });
    assertThat(russia.variantCounts()).extracting(StoryEntity.VariantCount::text)
        .containsExactly("Russland", "Russlands");
    StoryEntity.VariantCount plain = russia.variantCounts().getFirst();
    assertThat(plain.count()).isEqualTo(2);
    assertThat(plain.outlets()).containsEntry("eins.example", 1).containsEntry("zwei.example", 1);
    assertThat(entities).noneMatch(e -> e.variants().contains("russischen"));
  }
}
