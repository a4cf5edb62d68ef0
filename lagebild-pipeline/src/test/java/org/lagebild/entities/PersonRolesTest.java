package org.lagebild.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lagebild.entities.TaggedText.render;

import org.junit.jupiter.api.Test;

class PersonRolesTest {

  @Test
  void roleTakenIntoTheNameIsCutOffAndKept() {
    var r = TaggedText.of("Heute reist US-Außenminister Antony Blinken nach Kiew.",
            "Außenminister", "NOUN")
        .tag("US-Außenminister Antony Blinken", "PER").tag("Kiew", "LOC").refine();
    assertThat(render(r.entities())).containsExactly("PER:Antony Blinken", "LOC:Kiew");
    assertThat(r.roles()).extracting(PersonRole::text).containsExactly("US-Außenminister");
    assertThat(r.roles().getFirst().personStart()).isEqualTo(r.entities().getFirst().start());
  }

  @Test
  void rolePhraseBeforeAPersonWithArticleAndAdjective() {
    var r = TaggedText.of("Dort sprach die deutsche Außenministerin Annalena Baerbock lange.",
            "die", "DET", "deutsche", "ADJ", "Außenministerin", "NOUN")
        .tag("Annalena Baerbock", "PER").refine();
    assertThat(r.roles()).extracting(PersonRole::text)
        .containsExactly("die deutsche Außenministerin");
  }

  @Test
  void compoundRoleWithAName() {
    var r = TaggedText.of("Das sagte Kreml-Sprecher Dmitri Peskow am Abend.", "Sprecher", "NOUN")
        .tag("Dmitri Peskow", "PER").refine();
    assertThat(r.roles()).extracting(PersonRole::text).containsExactly("Kreml-Sprecher");
    assertThat(r.roles().getFirst().person()).isEqualTo(r.entities().getFirst().span());
  }

  @Test
  void anUnknownNounBeforeANameIsNotCutOff() {
    var r = TaggedText.of("Gestern kam Ingrid Meier an.", "Ingrid", "NOUN")
        .tag("Ingrid Meier", "PER").refine();
    assertThat(render(r.entities())).containsExactly("PER:Ingrid Meier");
    assertThat(r.roles()).isEmpty();
  }

  @Test
  void roleLexiconByCompoundHead() {
    assertThat(RoleLexicon.isRole("Verteidigungsministerin")).isTrue();
    assertThat(RoleLexicon.isRole("Regierungssprecher")).isTrue();
    assertThat(RoleLexicon.isRole("NATO-Generalsekretär")).isTrue();
    assertThat(RoleLexicon.isRole("Präsidenten")).isTrue();
    assertThat(RoleLexicon.isRole("Berlin")).isFalse();
    assertThat(RoleLexicon.isRole("Ministerium")).isFalse();
  }
}
