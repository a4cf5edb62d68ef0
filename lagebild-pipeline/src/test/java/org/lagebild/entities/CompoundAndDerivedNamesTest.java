package org.lagebild.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lagebild.entities.TaggedText.render;

import org.junit.jupiter.api.Test;

class CompoundAndDerivedNamesTest {

  @Test
  void nameInsideACompoundCommonNounIsAPart() {
    var r = TaggedText.of("Der NATO-Generalsekretär warnte.", "Generalsekretär", "NOUN")
        .tag("NATO-Generalsekretär", "ORG").refine();
    assertThat(r.entities()).isEmpty();
    assertThat(render(r.parts())).containsExactly("ORG:NATO");
  }

  @Test
  void taggedModifierOfACompoundIsAPart() {
    var r = TaggedText.of("Die SPD-Fraktion stimmte zu.", "Fraktion", "NOUN")
        .tag("SPD", "ORG").refine();
    assertThat(r.entities()).isEmpty();
    assertThat(render(r.parts())).containsExactly("ORG:SPD");
  }

  @Test
  void halfTaggedHyphenatedNameIsWidened() {
    var r = TaggedText.of("Er wohnt in Baden-Württemberg.").tag("Baden", "LOC").refine();
    assertThat(render(r.entities())).containsExactly("LOC:Baden-Württemberg");
  }

  @Test
  void placeCompoundsStayPlaces() {
    var r = TaggedText.of("Schüsse am Gaza-Streifen.", "Streifen", "NOUN")
        .tag("Gaza-Streifen", "LOC").refine();
    assertThat(render(r.entities())).containsExactly("LOC:Gaza-Streifen");
  }

  @Test
  void derivedAdjectivesAreNotMentions() {
    var r = TaggedText.of("Mit deutschen, britischen und russischen Diplomaten.", "Diplomaten", "NOUN")
        .tag("deutschen", "MISC").tag("russischen", "MISC").refine();
    assertThat(r.entities()).isEmpty();
    assertThat(render(r.derived())).containsExactly("MISC:deutschen", "MISC:russischen");
  }

  @Test
  void placeAdjectiveInErBeforeANounIsDerived() {
    var r = TaggedText.of("Die Schweizer Armee übt.", "Armee", "NOUN")
        .tag("Schweizer", "MISC").refine();
    assertThat(render(r.derived())).containsExactly("MISC:Schweizer");
  }

  @Test
  void demonymNounIsDerivedButCurrencyAfterAnAmountIsAName() {
    var r = TaggedText.of("Der Franzose zahlte 5 Millionen Euro.", "Franzose", "NOUN", "Euro", "NOUN",
            "Millionen", "NOUN")
        .tag("Franzose", "MISC").tag("Euro", "MISC").refine();
    assertThat(render(r.entities())).containsExactly("MISC:Euro");
    assertThat(render(r.derived())).containsExactly("MISC:Franzose");
  }

  @Test
  void namedWorksStayMisc() {
    var r = TaggedText.of("Sie las Krieg und Frieden.", "und", "CCONJ")
        .tag("Krieg und Frieden", "MISC").refine();
    assertThat(render(r.entities())).containsExactly("MISC:Krieg und Frieden");
  }
}
