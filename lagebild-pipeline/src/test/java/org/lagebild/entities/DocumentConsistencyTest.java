package org.lagebild.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lagebild.entities.TaggedText.render;

import org.junit.jupiter.api.Test;

class DocumentConsistencyTest {

  @Test
  void surnameAndGenitiveFoundWhereTheTaggerMissedThem() {
    var r = TaggedText.of("Angela Merkel kam an. Später sprach Merkel. Merkels Rede war kurz.")
        .tag("Angela Merkel", "PER").refine();
    assertThat(render(r.entities()))
        .containsExactly("PER:Angela Merkel", "PER:Merkel", "PER:Merkels");
  }

  @Test
  void aSurnameTheTaggerReadsAsACommonNounIsThePersonWhereNoArticleMakesItTheNoun() {
    var r = TaggedText.of("Karl Fischer kam an. Fischer sagte nichts. Dann sagte Fischer ja. Der Fischer fuhr aus.",
            "Fischer", "NOUN", "sagte", "VERB", "Der", "DET", "Dann", "ADV")
        .tag("Karl Fischer", "PER").refine();
    assertThat(render(r.entities())).containsExactly("PER:Karl Fischer", "PER:Fischer", "PER:Fischer");
  }

  @Test
  void majorityTypeWins() {
    var r = TaggedText.of("Paris ist groß. Paris ist alt. Paris ist schön.")
        .tag("Paris", "LOC", 0).tag("Paris", "PER", 1).tag("Paris", "LOC", 2).refine();
    assertThat(render(r.entities())).containsExactly("LOC:Paris", "LOC:Paris", "LOC:Paris");
  }

  @Test
  void commonNounsAreNotPropagated() {
    var r = TaggedText.of("Die Bank zahlt. Eine Bank schließt.", "Bank", "NOUN")
        .tag("Bank", "ORG", 0).refine();
    assertThat(render(r.entities())).containsExactly("ORG:Bank");
  }

  @Test
  void adjacentNamesKnownOnTheirOwnAreSplit() {
    var r = TaggedText.of("Washington reist. Kiew wartet. Er sagte, dass Washington Kiew hilft.")
        .tag("Washington", "LOC", 0).tag("Kiew", "LOC", 0).tag("Washington Kiew", "LOC").refine();
    assertThat(render(r.entities()))
        .containsExactly("LOC:Washington", "LOC:Kiew", "LOC:Washington", "LOC:Kiew");
  }

  @Test
  void firstNameTakenAloneJoinsTheRecurringSurname() {
    var r = TaggedText.of("Antony Blinken reist. Dann sprach Antony Blinken erneut.")
        .tag("Antony Blinken", "PER", 0).tag("Antony", "PER", 1).refine();
    assertThat(render(r.entities())).containsExactly("PER:Antony Blinken", "PER:Antony Blinken");
  }

  @Test
  void headingLineNamesAreDroppedUnlessConfirmed() {
    var r = TaggedText.of("POLITIK NATO KONTAKT\nDie NATO tagt.")
        .tag("POLITIK", "ORG").tag("NATO", "ORG", 0).tag("NATO", "ORG", 1).refine();
    assertThat(render(r.entities())).containsExactly("ORG:NATO", "ORG:NATO");
  }

  @Test
  void institutionNamedAfterAPlaceIsAnOrganisation() {
    var r = TaggedText.of("Sie lehrt an der Universität Łódź und beim Chemiekonzern BASF.",
            "Universität", "NOUN", "Chemiekonzern", "NOUN")
        .tag("Łódź", "LOC").tag("BASF", "ORG").refine();
    assertThat(render(r.entities())).containsExactly("ORG:Universität Łódź", "ORG:BASF");
  }

  @Test
  void saintPrefixInitialAndLegalFormExtendNames() {
    var r = TaggedText.of("In St. Moritz traf Robert R. Siemens AG.", "In", "ADP")
        .tag("Moritz", "PER").tag("Robert R", "PER").tag("Siemens", "PER").refine();
    assertThat(render(r.entities()))
        .containsExactly("LOC:St. Moritz", "PER:Robert R.", "ORG:Siemens AG");
  }
}
