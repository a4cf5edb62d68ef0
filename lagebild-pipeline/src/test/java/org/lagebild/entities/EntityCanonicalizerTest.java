package org.lagebild.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lagebild.model.AnnotatedDocument;
import org.lagebild.model.dossier.Story;
import org.lagebild.model.dossier.StoryEntity;

class EntityCanonicalizerTest {

  private final EntityCanonicalizer canonicalizer = new EntityCanonicalizer();

  /** Refined documents as the per-article pipeline leaves them. */
  private static AnnotatedDocument refined(String id, TaggedText t) {
    return new GermanEntityRefiner().process(t.document(id));
  }

  private static Optional<StoryEntity> named(List<StoryEntity> entities, String variant) {
    return entities.stream().filter(e -> e.variants().contains(variant)).findFirst();
  }

  @Test
  void transliterationVariantsAcrossArticlesAreOneEntity() {
    var a = refined("a", TaggedText.of("Präsident Wolodymyr Selenskyj sprach.")
        .tag("Wolodymyr Selenskyj", "PER"));
    var b = refined("b", TaggedText.of("Präsident Volodymyr Zelenskiy sprach.")
        .tag("Volodymyr Zelenskiy", "PER"));
    var c = refined("c", TaggedText.of("Dann sprach Zelenskij in Kiew.")
        .tag("Zelenskij", "PER").tag("Kiew", "LOC"));
    List<StoryEntity> entities = canonicalizer.canonicalize(List.of(a, b, c));
    StoryEntity president = named(entities, "Wolodymyr Selenskyj").orElseThrow();
    assertThat(president.variants())
        .containsExactlyInAnyOrder("Wolodymyr Selenskyj", "Volodymyr Zelenskiy", "Zelenskij");
    assertThat(president.type()).isEqualTo("PER");
    assertThat(president.roles()).contains("Präsident");
  }

  @Test
  void surnameGenitiveAndMisspellingJoinTheFullName() {
    var a = refined("a", TaggedText.of("Annalena Baerbock reiste. Baerbocks Plan war klar.")
        .tag("Annalena Baerbock", "PER"));
    var b = refined("b", TaggedText.of("Die Ministerin Annalena Berbock warnte. Berbock blieb.")
        .tag("Annalena Berbock", "PER").tag("Berbock", "PER"));
    List<StoryEntity> entities = canonicalizer.canonicalize(List.of(a, b));
    assertThat(entities).hasSize(1);
    StoryEntity e = entities.getFirst();
    assertThat(e.name()).isEqualTo("Annalena Baerbock");
    assertThat(e.variants()).contains("Baerbocks", "Annalena Berbock", "Berbock");
  }

  @Test
  void twoSimilarNamesInOneArticleStayTwoPeople() {
    var a = refined("a", TaggedText.of("Thomas Müller und Thomas Möller stritten.")
        .tag("Thomas Müller", "PER").tag("Thomas Möller", "PER"));
    assertThat(canonicalizer.canonicalize(List.of(a))).hasSize(2);
  }

  @Test
  void firstNameVariantsWithOneSurnameMeet() {
    var a = refined("a", TaggedText.of("Antony Blinken reiste.").tag("Antony Blinken", "PER"));
    var b = refined("b", TaggedText.of("Anthony Blinken reiste.").tag("Anthony Blinken", "PER"));
    var c = refined("c", TaggedText.of("Antoni Blinken reiste.").tag("Antoni Blinken", "PER"));
    assertThat(canonicalizer.canonicalize(List.of(a, b, c))).hasSize(1);
  }

  @Test
  void ambiguousSurnameIsNotAttached() {
    var a = refined("a", TaggedText.of("Hans Schmidt und Eva Schmidt kamen. Schmidt sprach.")
        .tag("Hans Schmidt", "PER").tag("Eva Schmidt", "PER").tag("Schmidt", "PER", 2));
    List<StoryEntity> entities = canonicalizer.canonicalize(List.of(a));
    assertThat(entities).extracting(StoryEntity::name)
        .containsExactlyInAnyOrder("Hans Schmidt", "Eva Schmidt", "Schmidt");
  }

  @Test
  void acronymJoinsItsLongForm() {
    var a = refined("a", TaggedText.of("Die Europäische Union und die EU-Staaten.")
        .tag("Europäische Union", "ORG"));
    var b = refined("b", TaggedText.of("Die EU berät.").tag("EU", "ORG"));
    List<StoryEntity> entities = canonicalizer.canonicalize(List.of(a, b));
    StoryEntity eu = named(entities, "EU").orElseThrow();
    assertThat(eu.variants()).contains("Europäische Union");
    assertThat(eu.name()).isEqualTo("Europäische Union");
  }

  @Test
  void namePartsAddMentionsToKnownEntities() {
    var a = refined("a", TaggedText.of("Die NATO tagt. Der NATO-Generalsekretär sprach.",
            "Generalsekretär", "NOUN")
        .tag("NATO", "ORG").tag("NATO-Generalsekretär", "ORG"));
    StoryEntity nato = canonicalizer.canonicalize(List.of(a)).getFirst();
    assertThat(nato.mentions()).hasSize(2);
  }

  @Test
  void storyRecallFindsAKnownNameAnArticleMissed() {
    var a = refined("a", TaggedText.of("Antony Blinken reiste. Am Abend sprach Blinken.")
        .tag("Antony Blinken", "PER").tag("Blinken", "PER", 1));
    var b = refined("b", TaggedText.of("Gestern traf Blinken in Genf ein.").tag("Genf", "LOC"));
    StoryEntity blinken =
        named(canonicalizer.canonicalize(List.of(a, b)), "Antony Blinken").orElseThrow();
    assertThat(blinken.mentions()).extracting(StoryEntity.Mention::articleId)
        .containsExactly("a", "a", "b");
  }

  @Test
  void storyRecallTakesAPersonOpeningASentenceUnlessTheStoryUsesTheWordInLowerCase() {
    var a = refined("a", TaggedText.of("Hanno Blisse und Erika Kurz reisten. Dann sprachen Blisse und Kurz.")
        .tag("Hanno Blisse", "PER").tag("Erika Kurz", "PER").tag("Blisse", "PER", 1)
        .tag("Kurz", "PER", 1));
    var b = refined("b", TaggedText.of("Gestern regnete es. Blisse kam. Kurz danach ging er, kurz und knapp.")
        .tag("Gestern", "X"));
    List<StoryEntity> entities = canonicalizer.canonicalize(List.of(a, b));
    assertThat(named(entities, "Hanno Blisse").orElseThrow().mentions())
        .extracting(StoryEntity.Mention::articleId).containsExactly("a", "a", "b");
    assertThat(named(entities, "Erika Kurz").orElseThrow().mentions())
        .extracting(StoryEntity.Mention::articleId).containsExactly("a", "a");
  }

  @Test
  void mentionsKeepExactOffsetsAndTheSectionFillsTheStory() {
    var a = refined("a", TaggedText.of("In Russland und Russlands Nachbarn.")
        .tag("Russland", "LOC").tag("Russlands", "LOC"));
    Story story = Story.of("s1", "t", List.of("a"), List.of());
    Story filled = canonicalizer.fill(story, List.of(a));
    assertThat(filled.entities()).hasSize(1);
    for (StoryEntity.Mention m : filled.entities().getFirst().mentions()) {
      assertThat(a.text().substring(m.start(), m.end())).isEqualTo(m.text());
    }
    assertThat(filled.entities().getFirst().name()).isEqualTo("Russland");
  }

  @Test
  void storyWithoutEntitiesGetsNone() {
    var a = refined("a", TaggedText.of("nichts hier."));
    assertThat(canonicalizer.canonicalize(List.of(a))).isEmpty();
  }

  @Test
  void idsAreUniqueAndStable() {
    var a = refined("a", TaggedText.of("Paris und Paris Hilton.").tag("Paris", "LOC")
        .tag("Paris Hilton", "PER"));
    List<StoryEntity> first = canonicalizer.canonicalize(List.of(a));
    List<StoryEntity> second = canonicalizer.canonicalize(List.of(a));
    assertThat(first).extracting(StoryEntity::id).doesNotHaveDuplicates();
    assertThat(first).extracting(StoryEntity::id)
        .containsExactlyElementsOf(second.stream().map(StoryEntity::id).toList());
  }

  @Test
  void loneSurnameJoinsFirstNameVariantsOfOneFullNameAndHonorificsAreNoFirstNames() {
    var a = refined("a", TaggedText.of("Präsident Aleksandar Petrovic sprach. Petrovic lachte.")
        .tag("Aleksandar Petrovic", "PER").tag("Petrovic", "PER"));
    var b = refined("b", TaggedText.of("Präsident Aleksander Petrović sprach mit Herrn Petrović.")
        .tag("Aleksander Petrović", "PER").tag("Herrn Petrović", "PER"));
    List<StoryEntity> entities = canonicalizer.canonicalize(List.of(a, b));
    assertThat(entities.stream().filter(e -> e.type().equals("PER"))).singleElement()
        .satisfies(e -> assertThat(e.variants()).contains("Aleksandar Petrovic",
            "Aleksander Petrović", "Petrovic", "Petrović").doesNotContain("Herrn Petrović"));
  }

  @Test
  void shortFormDefinedInBracketsJoinsItsLongFormWhateverTheInitials() {
    var a = refined("a", TaggedText.of("Der Internationale Kegelfonds (IKF) warnte.")
        .tag("Internationale Kegelfonds", "ORG").tag("IKF", "ORG"));
    var b = refined("b", TaggedText.of("Die IKF warnte erneut.").tag("IKF", "ORG"));
    List<StoryEntity> entities = canonicalizer.canonicalize(List.of(a, b));
    assertThat(entities).singleElement()
        .satisfies(e -> assertThat(e.mentions()).hasSize(3));
  }

  @Test
  void datelineAgencyInBracketsIsNoDefinition() {
    var a = refined("a", TaggedText.of("Kiel (KNA) meldet Regen.")
        .tag("Kiel", "LOC").tag("KNA", "ORG"));
    assertThat(canonicalizer.canonicalize(List.of(a))).hasSize(2);
  }

  @Test
  void stateDesignatorBeforeAPlaceIsThatPlace() {
    var a = refined("a", TaggedText.of("Die Republik Moldau und Moldau stimmten zu.")
        .tag("Republik Moldau", "LOC").tag("Moldau", "LOC"));
    assertThat(canonicalizer.canonicalize(List.of(a))).singleElement()
        .satisfies(e -> assertThat(e.variants()).containsExactlyInAnyOrder("Republik Moldau", "Moldau"));
  }

  @Test
  void aKnownNameOpeningAHyphenCompoundIsRecalled() {
    var a = refined("a", TaggedText.of("Die EU warnte. Die EU beriet.").tag("EU", "ORG").tag("EU", "ORG", 1));
    var b = refined("b", TaggedText.of("Ein EU-Gipfel folgt, nicht EU-weit."));
    List<StoryEntity> entities = canonicalizer.canonicalize(List.of(a, b));
    assertThat(entities).singleElement().satisfies(e -> assertThat(
        e.mentions().stream().filter(m -> m.articleId().equals("b")).map(m -> m.start()))
        .containsExactly(4));
  }

  @Test
  void possessiveOfAKnownPersonIsSplitFromTheNameAfterIt() {
    var a = refined("a", TaggedText.of("Olaf Brenner sprach.").tag("Olaf Brenner", "PER"));
    var b = refined("b", TaggedText.of("Das sah Brenners Kegelpartei anders.")
        .tag("Brenners Kegelpartei", "ORG"));
    List<StoryEntity> entities = canonicalizer.canonicalize(List.of(a, b));
    assertThat(named(entities, "Brenners").orElseThrow().variants())
        .contains("Olaf Brenner");
    assertThat(named(entities, "Kegelpartei").orElseThrow().type()).isEqualTo("ORG");
  }
}
