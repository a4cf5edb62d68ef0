package org.lagebild.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lagebild.model.AnnotatedDocument;
import org.lagebild.model.dossier.StoryEntity;

/** Names the tagger missed that the story marks as names ({@link StoryNameFinder}). */
class StoryNameFinderTest {

  private final EntityCanonicalizer canonicalizer = new EntityCanonicalizer();

  private static AnnotatedDocument refined(String id, TaggedText t) {
    return new GermanEntityRefiner().process(t.document(id));
  }

  private static Optional<StoryEntity> named(List<StoryEntity> entities, String variant) {
    return entities.stream().filter(e -> e.variants().contains(variant)).findFirst();
  }

  @Test
  void partyAcronymAfterAPersonIsAnOrganisationEverywhereInTheStory() {
    var a = refined("a", TaggedText.of("Gestern sprach Erika Wendholt (XVP) in Musterstadt.")
        .tag("Erika Wendholt", "PER").tag("Musterstadt", "LOC"));
    var b = refined("b", TaggedText.of("Die XVP wartet ab. Auch die XVP-Fraktion schweigt.",
        "Die", "X", "Auch", "X", "Fraktion", "NOUN"));
    StoryEntity party = named(canonicalizer.canonicalize(List.of(a, b)), "XVP").orElseThrow();
    assertThat(party.type()).isEqualTo("ORG");
    assertThat(party.mentions()).hasSize(3);
  }

  @Test
  void acronymDefinedInBracketsAfterItsLongFormNamesOneOrganisation() {
    var a = refined("a", TaggedText.of(
        "Laut Wanderer ohne Karten (WOK) stieg die Zahl. Die WOK zählte, die ZQX nicht (ZQX)."));
    List<StoryEntity> entities = canonicalizer.canonicalize(List.of(a));
    StoryEntity wok = named(entities, "WOK").orElseThrow();
    assertThat(wok.variants()).containsExactlyInAnyOrder("Wanderer ohne Karten", "WOK");
    assertThat(wok.mentions()).hasSize(3);
    assertThat(named(entities, "ZQX")).isEmpty();
  }

  @Test
  void acronymOpeningARoleCompoundIsAnOrganisationButAnotherAcronymIsNot() {
    var a = refined("a", TaggedText.of("Der QRP-Chef Hanno Blisse warnte vor dem ZZK.",
        "Der", "X", "Chef", "NOUN", "warnte", "VERB").tag("Hanno Blisse", "PER"));
    List<StoryEntity> entities = canonicalizer.canonicalize(List.of(a));
    assertThat(named(entities, "QRP")).map(StoryEntity::type).contains("ORG");
    assertThat(named(entities, "ZZK")).isEmpty();
  }

  @Test
  void countryCodeJoinsItsCountry() {
    var a = refined("a", TaggedText.of("Der US-Präsident Hanno Blisse reiste in die USA zurück.",
        "Der", "X", "Präsident", "NOUN").tag("Hanno Blisse", "PER").tag("USA", "LOC"));
    StoryEntity usa = named(canonicalizer.canonicalize(List.of(a)), "USA").orElseThrow();
    assertThat(usa.type()).isEqualTo("LOC");
    assertThat(usa.variants()).containsExactlyInAnyOrder("USA", "US");

    var b = refined("b", TaggedText.of("Der TV-Experte Hanno Blisse und der IT-Berater sprachen.",
        "Der", "X", "der", "X").tag("Hanno Blisse", "PER"));
    assertThat(canonicalizer.canonicalize(List.of(b))).extracting(StoryEntity::name)
        .containsExactly("Hanno Blisse");
  }

  @Test
  void agencyCreditAtTheEndIsNoMention() {
    var a = refined("a", TaggedText.of("Gestern sprach Hanno Blisse (QAP) lange. Die QAP schwieg. (QAP)")
        .tag("Hanno Blisse", "PER"));
    StoryEntity agency = named(canonicalizer.canonicalize(List.of(a)), "QAP").orElseThrow();
    assertThat(agency.mentions()).hasSize(2);
  }

  @Test
  void stateInstitutionCompoundsAreOrganisationsButRoleNounsAreNot() {
    var a = refined("a", TaggedText.of(
        "Die Bundesregierung und das Bundesministerium für Wandern widersprachen dem "
            + "Bundestagsabgeordneten."));
    List<StoryEntity> entities = canonicalizer.canonicalize(List.of(a));
    assertThat(named(entities, "Bundesregierung")).map(StoryEntity::type).contains("ORG");
    assertThat(named(entities, "Bundesministerium für Wandern")).isPresent();
    assertThat(named(entities, "Bundestagsabgeordneten")).isEmpty();
  }

  @Test
  void describingNounBeforeAnOrganisationIsNotPartOfItsNameButACourtsSeatIs() {
    var a = refined("a", TaggedText.of(
        "Laut des Instituts Umfrix und dem Landgericht Musterstadt stieg die Zahl. Damals zählte Umfrix mehr.")
        .tag("Instituts Umfrix", "ORG").tag("Landgericht Musterstadt", "ORG"));
    List<StoryEntity> entities = canonicalizer.canonicalize(List.of(a));
    assertThat(named(entities, "Umfrix").orElseThrow().mentions()).hasSize(2);
    assertThat(named(entities, "Instituts Umfrix")).isEmpty();
    assertThat(named(entities, "Landgericht Musterstadt")).isPresent();
  }

  @Test
  void acronymWithAnInstitutionNounIsOneNameAndChambersOfParliamentAreNames() {
    var a = refined("a", TaggedText.of(
        "Der Streit um die XY-Post erreichte das Repräsentantenhaus. Die XY-Post-Filiale blieb.",
        "Der", "X", "Die", "X", "Streit", "NOUN"));
    List<StoryEntity> entities = canonicalizer.canonicalize(List.of(a));
    // The name opening "XY-Post-Filiale" is a mention too; "XY" alone is none.
    assertThat(named(entities, "XY-Post").orElseThrow().mentions()).hasSize(2);
    assertThat(named(entities, "XY")).isEmpty();
    assertThat(named(entities, "Repräsentantenhaus")).map(StoryEntity::type).contains("ORG");
  }

  @Test
  void leadingAdjectiveAndFormOfAddressAreCutOffAndAComplementJoinsTheName() {
    var a = refined("a", TaggedText.of(
        "Die rechtsnationale Muster-Partei und Herrn Wendholt lobte das Blisse-Institut für "
            + "Wanderkunde am Abend.")
        .tag("rechtsnationale Muster-Partei", "ORG").tag("Herrn Wendholt", "PER")
        .tag("Blisse-Institut", "ORG"));
    List<StoryEntity> entities = canonicalizer.canonicalize(List.of(a));
    assertThat(named(entities, "Muster-Partei")).isPresent();
    assertThat(named(entities, "Wendholt")).isPresent();
    assertThat(named(entities, "Blisse-Institut für Wanderkunde")).isPresent();
    assertThat(entities).flatExtracting(StoryEntity::variants)
        .doesNotContain("rechtsnationale Muster-Partei", "Herrn Wendholt", "Blisse-Institut");
  }

  @Test
  void personRunOnIntoVonAndAKnownOrganisationIsSplitButANobleNameIsNot() {
    var a = refined("a", TaggedText.of(
        "Das sagte Hanno Blisse von Quipu der Agentur Quipu. Dann kam Olaf von Wendholt.")
        .tag("Hanno Blisse von Quipu", "PER").tag("Quipu", "ORG", 1).tag("Olaf von Wendholt", "PER"));
    List<StoryEntity> entities = canonicalizer.canonicalize(List.of(a));
    assertThat(named(entities, "Hanno Blisse")).map(StoryEntity::type).contains("PER");
    assertThat(named(entities, "Quipu").orElseThrow().mentions()).hasSize(2);
    assertThat(named(entities, "Olaf von Wendholt")).isPresent();
  }

  @Test
  void foundInstitutionsJoinTheirGenitiveCompoundAndAcronym() {
    var a = refined("a", TaggedText.of(
        "Das Abgeordnetenhaus tagte. Die Sprecherin des Abgeordnetenhauses schwieg. "
            + "Das Bundesministerium für Bildung und das Bundesbildungsministerium sind eins. "
            + "Die Weltwanderorganisation (WWG) lobte. Auch die WWG lobte.")
        .tag("Bundesbildungsministerium", "ORG").tag("WWG", "ORG", 1));
    List<StoryEntity> entities = canonicalizer.canonicalize(List.of(a));
    assertThat(named(entities, "Abgeordnetenhaus").orElseThrow().variants())
        .contains("Abgeordnetenhauses");
    assertThat(named(entities, "Bundesbildungsministerium").orElseThrow().variants())
        .contains("Bundesministerium für Bildung");
    assertThat(named(entities, "WWG").orElseThrow().variants()).contains("Weltwanderorganisation");
  }
}
