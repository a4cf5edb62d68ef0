package org.lagebild.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lagebild.entities.TaggedText.render;

import org.junit.jupiter.api.Test;

class MentionRulesTest {

  @Test
  void bracketInsideAMentionSplitsIt() {
    var r = TaggedText.of("Präsident (Wladimir) Putin hat es in der Hand.")
        .tag("Wladimir) Putin", "PER").refine();
    assertThat(render(r.entities())).containsExactly("PER:Wladimir", "PER:Putin");
  }

  @Test
  void punctuationAtTheEdgesIsTrimmed() {
    var r = TaggedText.of("Er sagte: \"Moskau\" bleibt hart.").tag("\"Moskau\"", "LOC").refine();
    assertThat(render(r.entities())).containsExactly("LOC:Moskau");
  }

  @Test
  void lineBreakSplitsAMention() {
    var r = TaggedText.of("Berlin\nHamburg meldet Regen.").tag("Berlin\nHamburg", "LOC").refine();
    assertThat(render(r.entities())).containsExactly("LOC:Berlin", "LOC:Hamburg");
  }

  @Test
  void leadingPrepositionAndTrailingFunctionWordAreCut() {
    var r = TaggedText.of("Beim Mitteldeutschen Verlag Halle am Montag erschien das Buch.",
            "Beim", "ADP", "am", "ADP")
        .tag("Beim Mitteldeutschen Verlag Halle am", "ORG").refine();
    assertThat(render(r.entities())).containsExactly("ORG:Mitteldeutschen Verlag Halle");
  }

  @Test
  void articlesOfNamesStay() {
    var r = TaggedText.of("Er unterrichtete in Den Haag.", "Den", "DET", "in", "ADP")
        .tag("Den Haag", "LOC").refine();
    assertThat(render(r.entities())).containsExactly("LOC:Den Haag");
  }

  @Test
  void nameParticleStaysInAPersonsName() {
    var r = TaggedText.of("Sie traf Ursula von der Leyen.", "von", "ADP", "der", "DET")
        .tag("Ursula von der Leyen", "PER").refine();
    assertThat(render(r.entities())).containsExactly("PER:Ursula von der Leyen");
  }

  @Test
  void abbreviationFullStopStaysInside() {
    var r = TaggedText.of("Die Kirche St. Peter ist alt.").tag("St. Peter", "LOC").refine();
    assertThat(render(r.entities())).containsExactly("LOC:St. Peter");
  }

  @Test
  void abbreviationLikeWords() {
    assertThat(MentionRules.abbreviationLike("St")).isTrue();
    assertThat(MentionRules.abbreviationLike("R")).isTrue();
    assertThat(MentionRules.abbreviationLike("USA")).isFalse();
    assertThat(MentionRules.abbreviationLike("Berlin")).isFalse();
  }
}
