package org.lagebild.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lagebild.model.AnnotatedDocument;
import org.lagebild.model.dossier.StoryEntity;

/** Role phrases without a name resolved to the one person the article gives that role. */
class RoleReferencesTest {

  private final EntityCanonicalizer canonicalizer = new EntityCanonicalizer();

  private static AnnotatedDocument refined(String id, TaggedText t) {
    return new GermanEntityRefiner().process(t.document(id));
  }

  private static StoryEntity person(List<StoryEntity> entities, String name) {
    return entities.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
  }

  private static List<String> roleTexts(StoryEntity e) {
    return e.roleMentions().stream().map(StoryEntity.Mention::text).toList();
  }

  @Test
  void sameRoleNounRefersToItsHolderAndNotToTheNamedPhrase() {
    var a = refined("a", TaggedText.of(
        "Gestern traf Kremlchef Boris Wendholt den Gast. Der Kremlchef lobte die Gespräche.",
        "Kremlchef", "NOUN", "Gast", "NOUN", "Gespräche", "NOUN", "Gestern", "ADV",
        "Der", "DET", "den", "DET", "die", "DET", "traf", "VERB", "lobte", "VERB")
        .tag("Boris Wendholt", "PER"));
    StoryEntity p = person(canonicalizer.canonicalize(List.of(a)), "Boris Wendholt");
    assertThat(roleTexts(p)).containsExactly("Kremlchef");
    assertThat(p.roleMentions().getFirst().start()).isGreaterThan(40);
    assertThat(p.roles()).contains("Kremlchef");
    assertThat(p.mentions()).hasSize(1); // a role mention is not a name mention
  }

  @Test
  void shortRoleNounMatchesTheEndOfTheCompoundWithTheSameGender() {
    var a = refined("a", TaggedText.of(
        "Bundeskanzlerin Erika Sommerfeld sprach mit Bundeskanzler Olaf Quastner. "
            + "Danach reiste die Kanzlerin ab, der Kanzler blieb.",
        "Bundeskanzlerin", "NOUN", "Bundeskanzler", "NOUN", "Kanzlerin", "NOUN",
        "Kanzler", "NOUN", "die", "DET", "der", "DET")
        .tag("Erika Sommerfeld", "PER").tag("Olaf Quastner", "PER"));
    List<StoryEntity> entities = canonicalizer.canonicalize(List.of(a));
    assertThat(roleTexts(person(entities, "Erika Sommerfeld"))).containsExactly("Kanzlerin");
    assertThat(roleTexts(person(entities, "Olaf Quastner"))).containsExactly("Kanzler");
  }

  @Test
  void roleHeldByTwoPeopleStaysUnresolved() {
    var a = refined("a", TaggedText.of(
        "Minister Hanno Blisse und Minister Jan Wecker stritten. Der Minister schwieg.",
        "Minister", "NOUN", "Der", "DET")
        .tag("Hanno Blisse", "PER").tag("Jan Wecker", "PER"));
    List<StoryEntity> entities = canonicalizer.canonicalize(List.of(a));
    assertThat(entities).allSatisfy(e -> assertThat(e.roleMentions()).isEmpty());
  }

  @Test
  void complementWithTheSameCountryModifierNamesTheOnePersonWithThatRole() {
    String text = "XY-Außenminister Hanno Blisse kam an. Der Leiter der XY-Diplomatie sagte wenig.";
    var a = refined("a", TaggedText.of(text, "XY-Außenminister", "NOUN", "Leiter", "NOUN",
        "Der", "DET", "der", "DET").tag("Hanno Blisse", "PER"));
    StoryEntity p = person(canonicalizer.canonicalize(List.of(a)), "Hanno Blisse");
    assertThat(roleTexts(p)).containsExactly("Leiter der XY-Diplomatie");

    // A second person with an XY- role makes the phrase ambiguous.
    var b = refined("b", TaggedText.of("XY-Präsident Olaf Quastner und " + text,
        "XY-Präsident", "NOUN", "XY-Außenminister", "NOUN", "Leiter", "NOUN", "Der", "DET",
        "der", "DET").tag("Olaf Quastner", "PER").tag("Hanno Blisse", "PER"));
    assertThat(canonicalizer.canonicalize(List.of(b)))
        .allSatisfy(e -> assertThat(e.roleMentions()).isEmpty());
  }

  @Test
  void theHeadOfAMinistryIsItsMinister() {
    String text = "Außenminister Hanno Blisse kam an. Nach Angaben des Leiters des Außenministeriums bleibt er."
        + " Die Leiterin des Gesundheitsministeriums schwieg.";
    var a = refined("a", TaggedText.of(text, "Außenminister", "NOUN", "Leiters", "NOUN", "Leiterin", "NOUN",
        "Außenministeriums", "NOUN", "Gesundheitsministeriums", "NOUN", "des", "DET", "Die", "DET")
        .tag("Hanno Blisse", "PER"));
    StoryEntity p = person(canonicalizer.canonicalize(List.of(a)), "Hanno Blisse");
    assertThat(roleTexts(p)).containsExactly("Leiters des Außenministeriums");
    assertThat(RoleReferences.ministerOf("Chefin", "Gesundheitsministeriums")).isEqualTo("Gesundheitsministerin");
    assertThat(RoleReferences.ministerOf("Sprecher", "Außenministeriums")).isNull();
  }

  @Test
  void modifierMustBeInThePersonsRoleAndPluralsAreNoReference() {
    var a = refined("a", TaggedText.of(
        "Präsident Hanno Blisse reiste. Der russische Präsident fehlte. Die Präsidenten stritten.",
        "Präsident", "NOUN", "Präsidenten", "NOUN", "Der", "DET", "Die", "DET", "russische", "ADJ")
        .tag("Hanno Blisse", "PER"));
    StoryEntity p = person(canonicalizer.canonicalize(List.of(a)), "Hanno Blisse");
    assertThat(p.roleMentions()).isEmpty();
  }
}
