package org.lagebild.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lagebild.linguistics.LinguisticStage;
import org.lagebild.model.AnnotatedDocument;
import org.lagebild.model.EntityScores;
import org.lagebild.model.Token;

/**
 * The refiner's use of the tagger's per-token confidence, and the type rules that lean on it:
 * organisation and place heads, describing nouns in front of a name, country names. Invented names.
 */
class TaggerConfidenceTest {

  /** Scores for every token of {@code surface} (first occurrence): probability {@code p} of type. */
  private static List<EntityScores> scores(TaggedText t, Object... surfaceTypeProbability) {
    List<EntityScores> out = new ArrayList<>();
    for (int k = 0; k + 2 < surfaceTypeProbability.length; k += 3) {
      String surface = (String) surfaceTypeProbability[k];
      String type = (String) surfaceTypeProbability[k + 1];
      double p = (Double) surfaceTypeProbability[k + 2];
      int at = t.text().indexOf(surface);
      for (Token token : t.tokens()) {
        if (token.start() >= at && token.end() <= at + surface.length()) {
          out.add(
              new EntityScores(
                  token.start(),
                  token.end(),
                  type.equals("PER") ? p : 0,
                  type.equals("LOC") ? p : 0,
                  type.equals("ORG") ? p : 0,
                  type.equals("MISC") ? p : 0));
        }
      }
    }
    return out;
  }

  private static List<String> refine(TaggedText t, List<EntityScores> scores) {
    return TaggedText.render(
        GermanEntityRefiner.refine(t.text(), t.tokens(), t.mentions(), scores).entities());
  }

  private static TaggedText victory() {
    return TaggedText.of(
        "Viele rechneten mit einem Sieg Wendrichs in der Halle .",
        "Viele", "PRON", "Sieg", "NOUN", "Halle", "NOUN");
  }

  @Test
  void aNameTheTaggerAlmostFoundIsRecovered() {
    TaggedText t = victory();
    assertThat(refine(t, scores(t, "Wendrichs", "PER", 0.55))).containsExactly("PER:Wendrichs");
  }

  @Test
  void aFaintChanceIsNotEnough() {
    TaggedText t = victory();
    assertThat(refine(t, scores(t, "Wendrichs", "PER", 0.2))).isEmpty();
  }

  @Test
  void commonNounsAndLowerCaseWordsAreNotRecovered() {
    TaggedText t = victory();
    assertThat(refine(t, scores(t, "Sieg", "ORG", 0.7, "rechneten", "ORG", 0.7))).isEmpty();
  }

  @Test
  void withoutScoresNothingIsRecovered() {
    TaggedText t = victory();
    assertThat(TaggedText.render(t.refine().entities())).isEmpty();
  }

  @Test
  void aMentionTheTaggerDoubtedIsDropped() {
    TaggedText doubted = victory().tag("Wendrichs", "LOC");
    assertThat(refine(doubted, scores(doubted, "Wendrichs", "LOC", 0.35))).isEmpty();
    TaggedText sure = victory().tag("Wendrichs", "LOC");
    assertThat(refine(sure, scores(sure, "Wendrichs", "LOC", 0.9)))
        .containsExactly("LOC:Wendrichs");
  }

  @Test
  void theStageReadsTheScoresLayer() {
    TaggedText t = victory();
    AnnotatedDocument doc =
        t.document("d").with(LinguisticStage.ENTITY_SCORES, scores(t, "Wendrichs", "PER", 0.6));
    assertThat(
            TaggedText.render(new GermanEntityRefiner().process(doc).get(GermanEntityRefiner.ENTITIES)))
        .containsExactly("PER:Wendrichs");
  }

  @Test
  void anOrganisationHeadMakesAnOrganisation() {
    TaggedText t =
        TaggedText.of("Sie sprach beim Kessenbacher Mieterverein über Mieten .",
                "Sie", "PRON", "Mieterverein", "NOUN", "Mieten", "NOUN")
            .tag("Kessenbacher", "MISC");
    assertThat(refine(t, List.of())).containsExactly("ORG:Kessenbacher Mieterverein");
    TaggedText bank =
        TaggedText.of("Die Obermoosbacher Landesbank meldete Verluste .",
                "Die", "DET", "Verluste", "NOUN")
            .tag("Obermoosbacher Landesbank", "LOC");
    assertThat(refine(bank, List.of())).containsExactly("ORG:Obermoosbacher Landesbank");
  }

  @Test
  void aDescribingNounGivesTheTypeUnlessTheTaggerWasSure() {
    TaggedText unsure =
        TaggedText.of("Der Spielzeughersteller Quaxo meldete Gewinne .",
                "Der", "DET", "Spielzeughersteller", "NOUN", "Gewinne", "NOUN")
            .tag("Quaxo", "LOC");
    assertThat(refine(unsure, scores(unsure, "Quaxo", "LOC", 0.7))).containsExactly("ORG:Quaxo");
    TaggedText sure =
        TaggedText.of("Der Spielzeughersteller Quaxo meldete Gewinne .",
                "Der", "DET", "Spielzeughersteller", "NOUN", "Gewinne", "NOUN")
            .tag("Quaxo", "LOC");
    assertThat(refine(sure, scores(sure, "Quaxo", "LOC", 0.99))).containsExactly("LOC:Quaxo");
  }

  @Test
  void anUntaggedProperNounAfterAPlaceNounIsAPlace() {
    TaggedText t =
        TaggedText.of("Sie wohnt im Dorf Wendelsried am Fluss .",
            "Sie", "PRON", "Dorf", "NOUN", "Fluss", "NOUN");
    assertThat(refine(t, List.of())).containsExactly("LOC:Wendelsried");
  }

  @Test
  void countryNamesFromTheJdkAreKnownWithTheirGenitive() {
    assertThat(PlaceGazetteer.isPlace("Suriname")).isTrue();
    assertThat(PlaceGazetteer.isPlace("Griechenlandes")).isTrue();
    assertThat(PlaceGazetteer.isPlace("Herzegowina")).isTrue();
    assertThat(PlaceGazetteer.isPlace("Nordeuropa")).isTrue();
    assertThat(PlaceGazetteer.isPlace("Regierung")).isFalse();
    TaggedText t =
        TaggedText.of("Die Regierung Surinames tagte .", "Die", "DET", "Regierung", "NOUN");
    assertThat(refine(t, List.of())).containsExactly("LOC:Surinames");
  }
}
