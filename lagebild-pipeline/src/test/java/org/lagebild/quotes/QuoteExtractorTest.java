package org.lagebild.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lagebild.entities.GermanEntityRefiner;
import org.lagebild.model.AnnotatedDocument;
import org.lagebild.linguistics.LinguisticStage;
import org.lagebild.model.Article;
import org.lagebild.model.Token;
import org.lagebild.model.PublicationDate;
import org.lagebild.model.Stage;
import org.lagebild.stories.TestAnnotator;
import org.lagebild.testing.BaseStageTestCase;

class QuoteExtractorTest extends BaseStageTestCase {

  private static final TestAnnotator ANNOTATOR =
      new TestAnnotator(
          List.of(TestAnnotator.per("Anna Berger"), TestAnnotator.per("Berger"),
              TestAnnotator.per("Karl Huber"), TestAnnotator.per("Huber"),
              TestAnnotator.per("Olaf Brenner"), TestAnnotator.per("Brenner"), TestAnnotator.per("Jonas Vogt"),
              TestAnnotator.per("Vogt-Gipfels"),
              TestAnnotator.org("Nordlicht"),
              TestAnnotator.org("Innenministerium"), TestAnnotator.loc("Wien")),
          List.of());

  private final QuoteExtractor stage = new QuoteExtractor();

  @Override
  protected Stage stage() {
    return stage;
  }

  @Override
  protected AnnotatedDocument prepare(Article article) {
    return ANNOTATOR.annotate(article, PublicationDate.UNKNOWN);
  }

  @Override
  protected List<String> sampleTexts() {
    return List.of(
        "Ministerin Anna Berger traf am Mittwoch in Wien ihren Kollegen. „Wir sind uns einig“,"
            + " sagte sie.\n\nDie Gespräche sollen fortgesetzt werden, so Berger weiter.",
        "Karl Huber erklärte: »Das ist ein guter Tag.« Er habe lange gewartet.");
  }

  private List<QuoteMention> quotes(String text) {
    return stage.process(prepare(Article.of("t", text))).get(QuoteExtractor.QUOTES);
  }

  private static QuoteMention only(List<QuoteMention> quotes, String kind) {
    List<QuoteMention> ofKind = quotes.stream().filter(q -> q.kind().equals(kind)).toList();
    assertThat(ofKind).as("%s quotes in %s", kind, quotes).hasSize(1);
    return ofKind.get(0);
  }

  @Test
  void germanLowHighQuotesWithPostposedVerbAndName() {
    String text = "„Wir wollen Frieden“, sagte Anna Berger am Dienstag.";
    QuoteMention q = only(quotes(text), "direct");
    assertThat(q.text()).isEqualTo("Wir wollen Frieden");
    assertThat(text.substring(q.start(), q.end())).isEqualTo("Wir wollen Frieden");
    assertThat(q.speaker().name()).isEqualTo("Anna Berger");
    assertThat(q.speaker().via()).isEqualTo("name");
    assertThat(q.cue().of(text)).isEqualTo("sagte");
  }

  @Test
  void everyQuotationStyleIsPaired() {
    for (String[] marks : List.of(new String[] {"„", "“"}, new String[] {"\"", "\""},
        new String[] {"»", "«"}, new String[] {"«", "»"}, new String[] {"‚", "‘"},
        new String[] {"„", "”"})) {
      String text = marks[0] + "Das Land braucht Ruhe" + marks[1] + ", betonte Karl Huber.";
      QuoteMention q = only(quotes(text), "direct");
      assertThat(q.text()).as(marks[0]).isEqualTo("Das Land braucht Ruhe");
      assertThat(q.speaker().name()).as(marks[0]).isEqualTo("Karl Huber");
    }
  }

  @Test
  void colonBeforeTheQuoteAttributesIt() {
    String text = "In einem Interview erklärte Karl Huber: „Die Lage ist ernst.“";
    QuoteMention q = only(quotes(text), "direct");
    assertThat(q.speaker().name()).isEqualTo("Karl Huber");
    assertThat(q.cue().of(text)).isEqualTo("erklärte");
  }

  @Test
  void quoteInterruptedByItsCueKeepsTheSpeakerForBothParts() {
    String text = "„Wir sind bereit“, sagte Huber, „aber nicht um jeden Preis.“";
    List<QuoteMention> direct = quotes(text).stream().filter(q -> q.kind().equals("direct")).toList();
    assertThat(direct).extracting(QuoteMention::text)
        .containsExactly("Wir sind bereit", "aber nicht um jeden Preis.");
    assertThat(direct).allSatisfy(q -> assertThat(q.speaker().name()).isEqualTo("Huber"));
  }

  @Test
  void quoteOverSeveralSentencesAndParagraphs() {
    String text = "„Das ist der erste Satz. Das ist der zweite Satz.\n\n„Und ein neuer Absatz"
        + " folgt hier“, sagte Anna Berger.";
    QuoteMention q = only(quotes(text), "direct");
    assertThat(q.text()).isEqualTo(
        "Das ist der erste Satz. Das ist der zweite Satz.\n\nUnd ein neuer Absatz folgt hier");
    assertThat(q.speaker().name()).isEqualTo("Anna Berger");
  }

  @Test
  void scareQuotesAndTitlesAreNotSpeech() {
    assertThat(quotes("Moskau verlangt die sogenannten „Sicherheitsgarantien“ vom Westen."))
        .isEmpty();
    assertThat(quotes("Das sagte er am Abend dem Sender „Abend Live“."))
        .filteredOn(q -> q.kind().equals("direct")).isEmpty();
  }

  @Test
  void partialQuoteInsideNarrationIsDirectWithTheClauseSpeaker() {
    String text = "Anna Berger drohte mit „massiven Konsequenzen“ für das Land.";
    QuoteMention q = only(quotes(text), "direct");
    assertThat(q.text()).isEqualTo("massiven Konsequenzen");
    assertThat(q.speaker().name()).isEqualTo("Anna Berger");
  }

  @Test
  void standaloneQuoteContinuesThePreviousSpeaker() {
    String text = "„Wir sind bereit“, sagte Karl Huber. „Wir warten auf eine Antwort aus Wien.“";
    List<QuoteMention> direct = quotes(text);
    assertThat(direct).hasSize(2);
    assertThat(direct.get(1).speaker().name()).isEqualTo("Karl Huber");
    assertThat(direct.get(1).speaker().via()).isEqualTo("previous");
  }

  @Test
  void reportedSpeechWithSpeechVerbAndComma() {
    String text = "Anna Berger sagte, die Regierung werde das Gesetz prüfen.";
    QuoteMention q = only(quotes(text), "indirect");
    assertThat(q.text()).isEqualTo("die Regierung werde das Gesetz prüfen");
    assertThat(q.speaker().name()).isEqualTo("Anna Berger");
  }

  @Test
  void reportedSpeechWithDassClauseDropsTheConjunction() {
    String text = "Karl Huber betonte, dass die Gespräche weitergehen müssen.";
    QuoteMention q = only(quotes(text), "indirect");
    assertThat(q.text()).isEqualTo("die Gespräche weitergehen müssen");
  }

  @Test
  void separableVerbNeedsItsParticle() {
    String text = "Das Land werde weitere Hilfe leisten, teilte das Innenministerium mit.";
    QuoteMention q = only(quotes(text), "indirect");
    assertThat(q.text()).isEqualTo("Das Land werde weitere Hilfe leisten");
    assertThat(q.speaker().name()).isEqualTo("Innenministerium");
    assertThat(quotes("Er teilte das Brot mit seinem Bruder, der lange gewartet hatte."))
        .isEmpty();
  }

  @Test
  void soAndLautAttributeReportedSpeech() {
    QuoteMention so = only(quotes("Es würde sich um Sanktionen handeln, so Huber weiter."), "indirect");
    assertThat(so.text()).isEqualTo("Es würde sich um Sanktionen handeln");
    assertThat(so.speaker().name()).isEqualTo("Huber");
    QuoteMention laut =
        only(quotes("Laut Anna Berger könnte die Zahl der Fälle bald steigen."), "indirect");
    assertThat(laut.text()).isEqualTo("könnte die Zahl der Fälle bald steigen");
    assertThat(laut.speaker().name()).isEqualTo("Anna Berger");
  }

  @Test
  void subjunctiveSentenceContinuesTheReport() {
    String text = "Anna Berger sagte, die Lage sei ernst. Man habe keine Zeit zu verlieren.";
    List<QuoteMention> q = quotes(text);
    assertThat(q).hasSize(2);
    assertThat(q.get(1).kind()).isEqualTo("indirect");
    assertThat(q.get(1).text()).isEqualTo("Man habe keine Zeit zu verlieren");
    assertThat(q.get(1).speaker().name()).isEqualTo("Anna Berger");
    assertThat(q.get(1).cue()).isNull();
  }

  @Test
  void aKonjunktivSentenceContinuesAReportAcrossThreeSentencesOfNarrationButNotFour() {
    String three = "Anna Berger sagte, die Lage sei ernst. Die Stadt liegt am Fluss. Der Hafen ist klein."
        + " Die Brücke wurde 1990 gebaut. Auf den Straßen sei es sehr voll.";
    assertThat(quotes(three)).extracting(QuoteMention::text)
        .containsExactly("die Lage sei ernst", "Auf den Straßen sei es sehr voll");
    assertThat(quotes(three).get(1).speaker().name()).isEqualTo("Anna Berger");
    String four = "Anna Berger sagte, die Lage sei ernst. Die Stadt liegt am Fluss. Der Hafen ist klein."
        + " Die Brücke wurde 1990 gebaut. Das Museum ist neu. Auf den Straßen sei es sehr voll.";
    assertThat(quotes(four)).extracting(QuoteMention::text).containsExactly("die Lage sei ernst");
  }

  @Test
  void aSourceAfterSoEndsTheReportedClauseAndVouchesForTheSpeechVerbBeforeIt() {
    QuoteMention q = only(quotes("Die Wirte berichteten, die Einbußen seien hoch, so Anna Berger."), "indirect");
    assertThat(q.text()).isEqualTo("die Einbußen seien hoch");
    assertThat(q.speaker().name()).isEqualTo("Anna Berger");
  }

  @Test
  void thePersonInAppositionAfterARoleInABodyIsTheSourceAndNoPartOfTheReport() {
    String text = "„Wir sind bereit“, sagte Karl Huber. Laut dem Chef der Nordlicht, Olaf Brenner, sollen"
        + " die Daten bald gelöscht werden.";
    QuoteMention q = only(quotes(text), "indirect");
    assertThat(q.text()).isEqualTo("sollen die Daten bald gelöscht werden");
    assertThat(q.speaker().name()).isEqualTo("Olaf Brenner");
  }

  @Test
  void aVerbBetweenAQuotesClosingCommaAndAPersonIsItsCueEvenOutsideTheLexicon() {
    String text = "Das Spiel ging verloren. „Wir hatten keinen Zugriff“, analysierte Karl Huber nach dem Spiel.";
    // the test annotator tags no verbs; the tagger would tag this one
    AnnotatedDocument doc = prepare(Article.of("t", text));
    List<Token> tagged = doc.get(LinguisticStage.TOKENS).stream()
        .map(t -> t.text().equals("analysierte") ? new Token(t.start(), t.end(), t.text(), "VERB", "analysieren", 0) : t)
        .toList();
    QuoteMention q = only(stage.process(doc.with(LinguisticStage.TOKENS, tagged)).get(QuoteExtractor.QUOTES), "direct");
    assertThat(q.speaker().name()).isEqualTo("Karl Huber");
    assertThat(q.cue()).isNotNull();
  }

  @Test
  void aBodyNamedByItsPlaceSpeaksNotThePlace() {
    QuoteMention q = only(quotes("Das Verwaltungsgericht Wien erklärte, die Klage sei begründet."), "indirect");
    assertThat(q.speaker().name()).isEqualTo("Verwaltungsgericht Wien");
  }

  @Test
  void aDocumentSpeaksThroughItsHolderOrTheSourceThatJustNamedIt() {
    QuoteMention held = only(quotes("„Die Lage ist ernst“, hieß es in einem Bericht der Nordlicht."), "direct");
    assertThat(held.speaker().name()).isEqualTo("Nordlicht");
    String text = "Karl Huber sagte, die Zahlen seien gestiegen. Den Berichten zufolge gab es im Mai 40 Fälle.";
    List<QuoteMention> q = quotes(text);
    assertThat(q).hasSize(2);
    assertThat(q.get(1).speaker().name()).isEqualTo("Karl Huber");
  }

  @Test
  void aQuotedNameFollowedByItsShortFormIsNoQuote() {
    assertThat(quotes("Dem „Gemeinsamen Lagezentrum Nord“ (GLN) liegen neue Zahlen vor.")).isEmpty();
  }

  @Test
  void aRoleInTheGenitiveTakesUpThePersonWithThatTitle() {
    String text = "US-Außenminister Karl Huber reiste nach Wien. „Wir sind bereit“, sagte er. Die Szenarien umfassen"
        + " nach Angaben des Außenministers „hybride Angriffe“.";
    assertThat(only(quotes(text), "indirect").speaker().name()).isEqualTo("Karl Huber");
  }

  @Test
  void erOrAFeminineRoleTakesUpNoPersonTheTextTitlesOtherwise() {
    String role = "Ministerin Anna Berger reiste nach Wien. „Wir sind bereit“, sagte Berger. Außenminister Karl Huber"
        + " sprach mit ihr. „Wir reden“, sagte Huber. Die Diplomatin fügte hinzu, sie erwarte ein Treffen.";
    assertThat(only(quotes(role), "indirect").speaker().name()).doesNotContain("Huber");
    String pronoun = "Ministerin Anna Berger sprach mit Karl Huber. „Wir reden“, sagte Berger. Er sagte, er erwarte"
        + " ein Treffen.";
    assertThat(only(quotes(pronoun), "indirect").speaker().name()).isEqualTo("Karl Huber");
  }

  @Test
  void ofTwoPersonsWithTheSameTitleTheOneWhoJustSpokeIsTakenUp() {
    String text = "Außenminister Karl Huber traf Außenminister Olaf Brenner. „Wir sind bereit“, sagte Huber. Die"
        + " Szenarien umfassen nach Angaben des Außenministers „hybride Angriffe“.";
    assertThat(only(quotes(text), "indirect").speaker().name()).isEqualTo("Karl Huber");
  }

  @Test
  void aNameAfterTheAuxiliaryIsAnObjectWhereThePronounBeforeItIsTheSubject() {
    String text = "Anna Berger sprach am Montag in Wien. Sie habe Olaf Brenner klargemacht, dass der Plan"
        + " scheitere.";
    QuoteMention q = only(quotes(text), "indirect");
    assertThat(q.speaker().name()).isEqualTo("Anna Berger");
  }

  @Test
  void aNounOfAKindOfBodyTakesUpTheBodyJustNamed() {
    String text = "Die Nordlicht legte am Montag neue Zahlen vor. Der Verband teilte mit, die Lage sei ernst.";
    assertThat(only(quotes(text), "indirect").speaker().name()).isEqualTo("Nordlicht");
    String quoted = "Die Preise steigen weiter, berichtet der „Nordlicht“. Das Magazin schreibt, die Lage sei ernst.";
    assertThat(quotes(quoted).get(quotes(quoted).size() - 1).speaker().name()).isEqualTo("Nordlicht");
  }

  @Test
  void aNegatedSpeechVerbReportsNothingOfItsSubject() {
    String text = "Anna Berger sagte, die Klage sei begründet. Die Stadt habe nicht überzeugend darlegen können, dass"
        + " die Brücke sicher sei.";
    assertThat(quotes(text)).noneMatch(q -> q.speaker() != null && q.speaker().name().contains("Stadt"));
  }

  @Test
  void thoseAPassiveSpeechVerbAddressesAreNotItsSpeakers() {
    assertThat(quotes("Die Touristen wurden am Montag gewarnt, die Lage sei ernst."))
        .noneMatch(q -> q.speaker() != null && q.speaker().name().contains("Touristen"));
    QuoteMention agent = only(
        quotes("Die Touristen wurden vom Innenministerium gewarnt, die Lage sei ernst."), "indirect");
    assertThat(agent.speaker().name()).isEqualTo("Innenministerium");
  }

  @Test
  void pronounResolvesToThePreviousSpeaker() {
    String text = "Karl Huber sagte, es gebe Fortschritte. „Wir sind fast am Ziel“, sagte er.";
    QuoteMention direct = only(quotes(text), "direct");
    assertThat(direct.speaker().name()).isEqualTo("Karl Huber");
    assertThat(direct.speaker().via()).isEqualTo("pronoun");
    assertThat(direct.speaker().phrase().of(text)).isEqualTo("er");
  }

  @Test
  void unnamedSpeakerKeepsItsDescriptionAndRolePhraseRefersBack() {
    String text = "„Wir wollen keinen Konflikt“, sagte ein hoher Beamter des Ministeriums."
        + " „Wir wollen Frieden“, sagte der Beamte.";
    List<QuoteMention> q = quotes(text);
    assertThat(q).hasSize(2);
    assertThat(q.get(0).speaker().name()).isEqualTo("ein hoher Beamter des Ministeriums");
    assertThat(q.get(0).speaker().mention()).isNull();
    assertThat(q.get(1).speaker().name()).isEqualTo("ein hoher Beamter des Ministeriums");
    assertThat(q.get(1).speaker().via()).isEqualTo("role");
  }

  @Test
  void narrationWithoutSpeechIsLeftAlone() {
    assertThat(quotes("Die Gespräche sollen am Freitag in Wien fortgesetzt werden.")).isEmpty();
  }

  // ---- rules of the previous round ----

  @Test
  void appealVerbReportsItsInfinitiveClause() {
    QuoteMention q = only(quotes("Anna Berger rief die Bürger dazu auf, zu Hause zu bleiben."), "indirect");
    assertThat(q.text()).isEqualTo("zu Hause zu bleiben");
    assertThat(q.speaker().name()).isEqualTo("Anna Berger");
  }

  @Test
  void konjunktivTwoSentenceContinuesTheReport() {
    List<QuoteMention> q =
        quotes("Anna Berger sagte, die Lage sei ernst. Ohne Maßnahmen würden die Zahlen steigen.");
    assertThat(q).hasSize(2);
    assertThat(q.get(1).text()).isEqualTo("Ohne Maßnahmen würden die Zahlen steigen");
    assertThat(q.get(1).speaker().name()).isEqualTo("Anna Berger");
  }

  @Test
  void bareRolePhraseRefersBackToThePersonNamed() {
    QuoteMention q = only(
        quotes("Karl Huber sprach am Montag in Wien. „Wir sind bereit“, sagte der Minister."), "direct");
    assertThat(q.speaker().name()).isEqualTo("Karl Huber");
    assertThat(q.speaker().via()).isEqualTo("role");
  }

  @Test
  void modifiedRolePhraseIsNotThePersonNamedBefore() {
    QuoteMention q = only(
        quotes("Karl Huber sprach am Montag in Wien. „Wir sind bereit“, sagte der russische Minister."),
        "direct");
    assertThat(q.speaker().name()).isEqualTo("der russische Minister");
    assertThat(q.speaker().mention()).isNull();
  }

  @Test
  void unattributedQuoteTakesThePersonBeforeTheColon() {
    QuoteMention q = only(quotes("Die Sitzung war lang. Darauf Huber: „Das sehen wir ganz anders.“"), "direct");
    assertThat(q.speaker().name()).isEqualTo("Huber");
  }

  // ---- rules of this round ----

  @Test
  void bracketedPromotionParagraphIsDebris() {
    String text = "Anna Berger sagte, die Lage sei ernst.\n\n[Mehr zum Thema: „Wir schaffen das alle gemeinsam“,"
        + " sagt Huber (T+)]\n\nBei der Konferenz sagte Huber, die Lage sei ernst.";
    List<QuoteMention> q = quotes(text);
    assertThat(q).noneMatch(m -> m.text().contains("schaffen"));
    assertThat(q).hasSize(2);
    assertThat(q.get(1).speaker().name()).isEqualTo("Huber");
  }

  @Test
  void sentenceAdverbBeforeTheVerbIsNoSpeaker() {
    QuoteMention q = only(quotes("Zwar sagte Huber, die Lage sei ernst."), "indirect");
    assertThat(q.speaker().name()).isEqualTo("Huber");
  }

  @Test
  void singleLetterIsNoSpeaker() {
    QuoteMention q = only(quotes("„Wir sind jetzt endlich bereit“, sagte X."), "direct");
    assertThat(q.speaker()).isNull();
  }

  @Test
  void sourceAfterLautDoesNotOutrankTheVerbsSubjectOrTheNextColon() {
    String text = "Huber sagte laut Teilnehmerangaben: „Das ist doch nicht Ihr Geld.“"
        + " Darauf Berger: „Nein, es ist das Geld der Steuerzahler.“";
    List<QuoteMention> q = quotes(text).stream().filter(m -> m.kind().equals("direct")).toList();
    assertThat(q).hasSize(2);
    assertThat(q.get(0).speaker().name()).isEqualTo("Huber");
    assertThat(q.get(1).speaker().name()).isEqualTo("Berger");
  }

  @Test
  void colonQuoteTakesTheFirstPersonAfterThePreviousQuote() {
    String text = "Darauf Berger: „Nein, das ist unser Geld.“ Huber daraufhin in Richtung Berger: „Das sehe ich anders.“";
    List<QuoteMention> q = quotes(text);
    assertThat(q).hasSize(2);
    assertThat(q.get(0).speaker().name()).isEqualTo("Berger");
    assertThat(q.get(1).speaker().name()).isEqualTo("Huber");
  }

  @Test
  void lowercaseNameParticleStartsTheSpeaker() {
    TestAnnotator annotator = new TestAnnotator(List.of(TestAnnotator.per("Almsick")), List.of());
    String text = "„Das ist eine große Ehre für mich“, sagte van Almsick.";
    QuoteMention q = only(stage.process(annotator.annotate(Article.of("t", text), PublicationDate.UNKNOWN))
        .get(QuoteExtractor.QUOTES), "direct");
    assertThat(q.speaker().name()).isEqualTo("Almsick");
    assertThat(q.speaker().phrase().of(text)).isEqualTo("van Almsick");
  }

  @Test
  void konjunktivSentenceWithPartialQuoteContinuesTheReport() {
    List<QuoteMention> q =
        quotes("Anna Berger sagte, die Lage sei ernst. Die Prognosen seien „leider realistisch“.");
    QuoteMention reported = q.stream().filter(m -> m.kind().equals("indirect") && m.text().startsWith("Die"))
        .findFirst().orElseThrow();
    assertThat(reported.text()).isEqualTo("Die Prognosen seien „leider realistisch“");
    assertThat(reported.speaker().name()).isEqualTo("Anna Berger");
    assertThat(only(q, "direct").speaker().name()).isEqualTo("Anna Berger");
  }

  @Test
  void konjunktivSentenceAfterACueWithoutClauseReportsThatSpeaker() {
    QuoteMention q = only(quotes("Karl Huber warnte vor Engpässen in den Kliniken."
        + " Es sei möglich, dass nicht alle Patienten versorgt würden."), "indirect");
    assertThat(q.text()).isEqualTo("Es sei möglich, dass nicht alle Patienten versorgt würden");
    assertThat(q.speaker().name()).isEqualTo("Karl Huber");
  }

  @Test
  void clauseAfterTheCuesColonIsReported() {
    QuoteMention q = only(
        quotes("Huber rief zur Vorsicht auf: Die Regeln würden die Menschen noch lange begleiten."), "indirect");
    assertThat(q.text()).isEqualTo("Die Regeln würden die Menschen noch lange begleiten");
    assertThat(q.speaker().name()).isEqualTo("Huber");
  }

  @Test
  void soInsertedMidSentenceReportsTheWholeSentence() {
    QuoteMention q = only(
        quotes("Helfen könne hier, so Huber weiter, nur das strikte Umsetzen der Regeln."), "indirect");
    assertThat(q.text()).isEqualTo("Helfen könne hier, so Huber weiter, nur das strikte Umsetzen der Regeln");
    assertThat(q.speaker().name()).isEqualTo("Huber");
  }

  private List<QuoteMention> refinedQuotes(String text) {
    AnnotatedDocument doc = new GermanEntityRefiner().process(prepare(Article.of("t", text)));
    return stage.process(doc).get(QuoteExtractor.QUOTES);
  }

  @Test
  void rolePhraseResolvesToThePersonGivenThatRoleNotToAnotherPersonNamedNearby() {
    String text = "Die Lieferung verzögere sich, sagte der Regierungssprecher. Deshalb habe Präsident Karl Huber"
        + " noch nicht unterschrieben.\nDas erklärte Regierungssprecher Olaf Brenner am Montag vor Reportern."
        + " Der Regierungssprecher sagte, die Verträge seien fertig.";
    List<QuoteMention> reported =
        refinedQuotes(text).stream().filter(q -> q.kind().equals("indirect")).toList();
    assertThat(reported).extracting(QuoteMention::text).contains("Die Lieferung verzögere sich",
        "die Verträge seien fertig");
    assertThat(reported).allSatisfy(q -> assertThat(q.speaker().name()).isEqualTo("Olaf Brenner"));
  }

  @Test
  void bylineAuthorIsNeverTakenForASpeaker() {
    String text = "Die Kammer entzog Anna Berger am Montag die Zulassung.\nvon Jonas Vogt\n"
        + "Die Lage ist ernst. „Das ist ein Skandal für alle Patienten“, sagte sie.";
    QuoteMention q = only(quotes(text), "direct");
    assertThat(q.speaker().name()).isEqualTo("Anna Berger");
  }

  @Test
  void bookTitlesInPromotionAreNoQuotes() {
    assertThat(quotes("Wer mehr wissen will, liest das Enthüllungsbuch „Schattenreich: Die geheimen Zirkel der"
        + " Macht“ von Olaf Brenner.")).isEmpty();
    assertThat(quotes("Am 28. April erschien „Der Code der Eliten – Wie Medien die Welt lenken“ (auch im"
        + " Handel).")).isEmpty();
    assertThat(quotes("Im Handel liegt „Schattenreich: Die geheimen Zirkel der Macht“ seit Mai.")).isEmpty();
  }

  @Test
  void unnamedOfficialAfterUndKeepsTheOfficialsWordsAndDescription() {
    String text = "Karl Huber reiste am Montag mit Anna Berger ab und der leitende Ingenieur sagte, die Arbeiten"
        + " seien fast abgeschlossen.";
    QuoteMention q = only(quotes(text), "indirect");
    assertThat(q.text()).isEqualTo("die Arbeiten seien fast abgeschlossen");
    assertThat(q.speaker().name()).isEqualTo("der leitende Ingenieur");
    assertThat(q.speaker().mention()).isNull();
  }

  @Test
  void laterRolePhraseOfABodyIsNotAnUnnamedOfficialOfThatBody() {
    String text = "„Die Brücke bleibt gesperrt“, sagte ein Sprecher des Verkehrsministeriums. Huber besuchte die"
        + " Baustelle und reiste ab, wie das Verkehrsministerium mitteilte.";
    QuoteMention q = only(quotes(text), "indirect");
    assertThat(q.speaker().name()).isEqualTo("das Verkehrsministerium");
  }

  @Test
  void bodiesAreNotRolesOfThePersonNamedBefore() {
    String text = "Olaf Brenner stellte viele Atteste aus. Die Ärztekammer wirft ihm vor, dass es"
        + " ungewissenhaft sei, ohne Untersuchung Atteste auszustellen.";
    QuoteMention q = only(quotes(text), "indirect");
    assertThat(q.speaker().name()).isEqualTo("Die Ärztekammer");
    String lead = "Karl Huber will lockern. Das Kanzleramt hat mitgeteilt, dass die Regeln verlängert werden sollen.";
    assertThat(only(quotes(lead), "indirect").speaker().name()).isEqualTo("Das Kanzleramt");
  }

  @Test
  void hyphenatedRoleNounResolvesToItsHolder() {
    String text = "Die Zahlen seien vorläufig, sagte der Konzern-Sprecher. Präsident Karl Huber schwieg.\n"
        + "Das bestätigte Konzern-Sprecher Olaf Brenner am Montag.";
    QuoteMention q = refinedQuotes(text).stream().filter(m -> m.kind().equals("indirect")).findFirst().orElseThrow();
    assertThat(q.text()).isEqualTo("Die Zahlen seien vorläufig");
    assertThat(q.speaker().name()).isEqualTo("Olaf Brenner");
  }

  @Test
  void truncatedCompoundRoleKeepsTheNameAfterIt() {
    String text = "„Wir wollen den Schutz stärken“, teilte Arbeits- und Gesundheitsminister Olaf Brenner mit.";
    assertThat(only(quotes(text), "direct").speaker().name()).isEqualTo("Olaf Brenner");
  }

  @Test
  void subjectIsNotTakenFromAPrepositionalPhraseOrGenitive() {
    String text = "Im Rahmen einer Studie befragte die Agentur Nordlicht viele Bürger und stellte fest, dass sie"
        + " dem Hersteller weniger vertrauen.";
    QuoteMention q = only(quotes(text), "indirect");
    assertThat(q.speaker().name()).isEqualTo("Nordlicht");
  }

  @Test
  void rolePhraseFallbackNeedsANounThatCanNameAPerson() {
    String text = "Im maßgeblichen Absatz zu den Ausgangsbeschränkungen heißt es, sie seien nur in Ausnahmen"
        + " möglich.\nKarl Huber hat die Sperre noch verteidigt.";
    QuoteMention q = only(quotes(text), "indirect");
    assertThat(q.speaker() == null ? null : q.speaker().name()).isNotEqualTo("Karl Huber");
  }

  @Test
  void singleWordNamedAsSomeonesWordsIsAPartialQuote() {
    QuoteMention q = only(quotes("Karl Huber sprach im Interview von einer „Ungeheuerlichkeit“."), "direct");
    assertThat(q.text()).isEqualTo("Ungeheuerlichkeit");
    assertThat(q.speaker().name()).isEqualTo("Karl Huber");
    QuoteMention r = only(quotes("Anna Berger ließ keinen Zweifel und bezeichnete die Lage als eine „Katastrophe“."),
        "direct");
    assertThat(r.speaker().name()).isEqualTo("Anna Berger");
    assertThat(quotes("Er sprach von einem sogenannten „Neustart“.")).isEmpty();
  }

  @Test
  void speechVerbOpeningTheReportedClauseDoesNotCutIt() {
    String text = "Zuvor hatte das Innenministerium etwas erklärt. Karl Huber sagte zudem, dass er erwarte, die"
        + " Arbeiten bald abschließen zu können. „Aber es liegt an der Stadt“, sagte er.";
    List<QuoteMention> q = quotes(text);
    QuoteMention reported = only(q, "indirect");
    assertThat(reported.text()).isEqualTo("er erwarte, die Arbeiten bald abschließen zu können");
    assertThat(reported.speaker().name()).isEqualTo("Karl Huber");
    assertThat(only(q, "direct").speaker().name()).isEqualTo("Karl Huber");
  }

  @Test
  void sentenceOpeningPrepositionalPhraseIsNoSpeaker() {
    String text = "Angesichts der Lage hat auch Karl Huber die Nachbarn zur Ruhe aufgefordert. Er drohte"
        + " am Montag erneut mit „spürbaren Folgen“ für den Fall eines Bruchs.";
    assertThat(only(quotes(text), "direct").speaker().name()).isEqualTo("Karl Huber");
  }

  @Test
  void speechVerbClosingARelativeClauseReportsNoIndicativeMainClause() {
    assertThat(quotes("Die Gutachten, die den Plan als teuer bezeichneten, lagen dem Rat schon im Mai"
        + " vor.")).isEmpty();
    QuoteMention q = only(quotes("Es war ein Fest, dem Karl Huber bescheinigte, es sei friedlich verlaufen."),
        "indirect");
    assertThat(q.text()).isEqualTo("es sei friedlich verlaufen");
  }

  @Test
  void hostileQuotationMarksNeitherCrashNorSpanUnrelatedParagraphs() {
    String unbalanced = "Der Verein „Neue Wege hat am Montag getagt.\n\nAm Abend sagte Karl Huber: „Wir sind zufrieden.“";
    List<QuoteMention> q = quotes(unbalanced);
    assertThat(q).allSatisfy(m -> assertThat(m.text()).doesNotContain("\n\n"));
    assertThat(q).extracting(QuoteMention::text).contains("Wir sind zufrieden.");

    String longQuote = "„" + "Wir arbeiten weiter. ".repeat(250) + "“, sagte Karl Huber.";
    // Longer than a pair of marks may reach: no crash and no runaway quote.
    assertThat(quotes(longQuote)).allSatisfy(
        m -> assertThat(m.end() - m.start()).isLessThanOrEqualTo(GermanQuoteMarks.MAX_QUOTE_CHARS));

    String nested = "„Er sagte mir: ‚Wir bleiben hier.‘ Das war klar“, sagte Anna Berger.";
    assertThat(quotes(nested)).filteredOn(m -> m.kind().equals("direct"))
        .anySatisfy(m -> assertThat(m.speaker().name()).isEqualTo("Anna Berger"));

    String headline = "„Wir bleiben“: Huber gibt nicht auf\n\nDie Stadt diskutiert weiter über den Plan.";
    assertThat(quotes(headline)).allSatisfy(m -> assertThat(m.end()).isLessThanOrEqualTo(headline.indexOf("\n\n")));
  }

  @Test
  void konjunktivReportEndsWhereAListedIndicativeMainClauseBegins() {
    String text = "Am Montag erklärte Karl Huber, es habe mit dem Bau begonnen, der Landrat besuchte die Baustelle"
        + " und die Ministerin führte Gespräche.";
    AnnotatedDocument doc = prepare(Article.of("t", text));
    List<Token> tagged = doc.get(LinguisticStage.TOKENS).stream()
        .map(t -> Set.of("besuchte", "führte").contains(t.text())
            ? new Token(t.start(), t.end(), t.text(), "VERB", t.lemma(), t.sentence()) : t)
        .toList();
    List<QuoteMention> q = stage.process(doc.with(LinguisticStage.TOKENS, tagged)).get(QuoteExtractor.QUOTES);
    assertThat(only(q, "indirect").text()).isEqualTo("es habe mit dem Bau begonnen");
  }

  @Test
  void aHeadingParagraphQuotingTheTextBelowIsNoQuoteOfItsOwn() {
    String text = "Das Nordlicht nennt Einzelheiten.\n\nIn Wien: „Wir lassen uns nicht spalten“\n\n"
        + "Karl Huber besuchte am Mittwoch Wien.\n\n"
        + "„Wir lassen uns nicht spalten. Wir bleiben zusammen“, sagte er vor der Presse.\n\n"
        + "In Graz: Brenner erwartet „klare Antworten“\n\nOlaf Brenner reiste weiter.";
    List<QuoteMention> direct = quotes(text).stream().filter(q -> q.kind().equals(QuoteMention.DIRECT)).toList();
    assertThat(direct).singleElement().satisfies(q -> {
      assertThat(q.text()).startsWith("Wir lassen uns nicht spalten. Wir bleiben");
      assertThat(q.speaker().name()).isEqualTo("Karl Huber");
    });
  }

  @Test
  void aPronounTakesUpThePersonOpeningALaterSentenceNotTheEarlierSpeaker() {
    String text = "„Das reicht nicht“, sagte Anna Berger am Montag.\n\n"
        + "Der Minister Olaf Brenner reiste danach nach Wien. Dort traf er Vertreter der Stadt.\n\n"
        + "„Wir brauchen mehr Zeit“, sagte er.";
    List<QuoteMention> direct = quotes(text).stream().filter(q -> q.kind().equals(QuoteMention.DIRECT)).toList();
    assertThat(direct).extracting(q -> q.speaker().name()).containsExactly("Anna Berger", "Olaf Brenner");
  }

  @Test
  void aPersonNamedLaterInASentenceDoesNotTakeThePronoun() {
    String text = "„Das reicht nicht“, sagte Anna Berger am Montag.\n\n"
        + "Sie verwies dabei auch auf Olaf Brenner und dessen Plan.\n\n"
        + "„Wir brauchen mehr Zeit“, sagte sie.";
    List<QuoteMention> direct = quotes(text).stream().filter(q -> q.kind().equals(QuoteMention.DIRECT)).toList();
    assertThat(direct).extracting(q -> q.speaker().name()).containsExactly("Anna Berger", "Anna Berger");
  }

  /** The text's quotes with brackets, hyphens and digit runs as tokens too, as the German tokenizer gives them. */
  private List<QuoteMention> quotesWithPunctuationTokens(String text) {
    AnnotatedDocument doc = prepare(Article.of("t", text));
    List<Token> tokens = new java.util.ArrayList<>(doc.get(LinguisticStage.TOKENS));
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("[()\\-]|\\d+").matcher(text);
    while (m.find()) {
      int s = m.start();
      if (tokens.stream().noneMatch(t -> t.start() <= s && s < t.end())) {
        tokens.add(new Token(s, m.end(), m.group(), m.group().matches("\\d+") ? "NUM" : "PUNCT", m.group(), 0));
      }
    }
    tokens.sort(java.util.Comparator.comparingInt(Token::start));
    return stage.process(doc.with(LinguisticStage.TOKENS, tokens)).get(QuoteExtractor.QUOTES);
  }

  @Test
  void zufolgeSkipsABracketedShortFormAndTakesUpAPronounOrAHyphenatedRole() {
    String bracket = "Dem Nordlicht (NL) zufolge steigen die Kosten im Winter weiter.";
    assertThat(only(quotesWithPunctuationTokens(bracket), "indirect").speaker().name()).isEqualTo("Nordlicht");

    String pronoun = "„Das reicht nicht“, sagte Karl Huber am Montag.\n\nIhm zufolge steigen die Kosten im Winter weiter.";
    assertThat(only(quotes(pronoun), "indirect").speaker().name()).isEqualTo("Karl Huber");

    String compound = "„Das reicht nicht“, sagte Anna Berger am Montag.\n\n"
        + "Der Nordlicht-Expertin zufolge steigen die Kosten im Winter weiter.";
    QuoteMention q = only(quotesWithPunctuationTokens(compound), "indirect");
    assertThat(q.speaker().name()).isEqualTo("Anna Berger");
    assertThat(q.speaker().via()).isEqualTo("role");
  }

  @Test
  void anAgeNounTakesUpThePersonOfTheSentenceBeforeNotTheEarlierSpeaker() {
    String text = "„Das reicht nicht“, sagte Anna Berger am Montag.\n\n"
        + "In der Kategorie Technik gewann Olaf Brenner von den Nordlichtern. Der 68-Jährige sprach von einer"
        + " „ganz besonderen Ehre“.";
    List<QuoteMention> direct = quotesWithPunctuationTokens(text).stream()
        .filter(q -> q.kind().equals(QuoteMention.DIRECT)).toList();
    assertThat(direct).extracting(q -> q.speaker().name()).containsExactly("Anna Berger", "Olaf Brenner");
  }

  @Test
  void aNameAfterAPrepositionIsNoSubjectForARolePhrase() {
    String text = "Landrat Karl Huber will die Firma an den Kosten beteiligen. Das Werk von Olaf Brenner habe"
        + " hohe Kosten verursacht, sagte der CDU-Politiker.";
    assertThat(only(quotes(text), "indirect").speaker().name()).isEqualTo("Karl Huber");
  }

  @Test
  void aDefiniteBodyNounTakesUpTheOrganisationOfThatKindNamedBefore() {
    String company = "Die Nordlicht revidierte die Entscheidung am Montag. „Die Zukunft des Werks ist offen“,"
        + " teilte das Unternehmen mit.";
    assertThat(only(quotes(company), "direct").speaker().name()).isEqualTo("Nordlicht");

    String ministry = "Das Innenministerium prüft den Plan. Die Nordlicht lehnt ihn ab.\n\n"
        + "Die Regeln seien rechtlich sicher, so das Ministerium.";
    assertThat(only(quotes(ministry), "indirect").speaker().name()).isEqualTo("Innenministerium");

    String unnamed = "Die Regeln seien rechtlich sicher, so das Ministerium.";
    assertThat(only(quotes(unnamed), "indirect").speaker().name()).isEqualTo("das Ministerium");
  }

  @Test
  void aKonjunktivSentenceWhoseSpeechVerbFramesNoClauseIsItselfReported() {
    String own = "„Das reicht nicht“, sagte Karl Huber am Montag. Er hoffe noch auf eine Einigung im Mai.";
    QuoteMention q = only(quotes(own), "indirect");
    assertThat(q.text()).isEqualTo("Er hoffe noch auf eine Einigung im Mai");
    assertThat(q.speaker().name()).isEqualTo("Karl Huber");

    String subordinate = "„Das reicht nicht“, sagte Karl Huber am Montag. Wenn es nötig sei, werde die Stadt"
        + " nachbessern, sagte Anna Berger.";
    q = only(quotes(subordinate), "indirect");
    assertThat(q.text()).isEqualTo("Wenn es nötig sei, werde die Stadt nachbessern");
    assertThat(q.speaker().name()).isEqualTo("Anna Berger");

    String indicative = "„Das reicht nicht“, sagte Karl Huber am Montag. Er hofft noch auf eine Einigung im Mai.";
    assertThat(quotes(indicative)).noneMatch(m -> m.kind().equals(QuoteMention.INDIRECT));
  }

  @Test
  void aRelativeClauseAfterTheCueReportsNothingButAnInfinitiveClauseDoes() {
    String unambiguous = "Zuletzt sei die Lage ruhig gewesen, sagt Karl Huber mit Blick auf die Wochenenden, an denen"
        + " mehr Leute unterwegs seien.";
    assertThat(only(quotes(unambiguous), "indirect").text()).isEqualTo("Zuletzt sei die Lage ruhig gewesen");

    String text = "Der Bedarf ist groß, wie die Therapeuten berichten, die ein Fünftel der Befragten stellten.";
    AnnotatedDocument doc = prepare(Article.of("t", text));
    List<Token> tagged = doc.get(LinguisticStage.TOKENS).stream()
        .map(t -> Set.of("berichten", "stellten").contains(t.text())
            ? new Token(t.start(), t.end(), t.text(), "VERB", t.lemma(), t.sentence()) : t)
        .toList();
    QuoteMention q = only(stage.process(doc.with(LinguisticStage.TOKENS, tagged)).get(QuoteExtractor.QUOTES), "indirect");
    assertThat(q.text()).isEqualTo("Der Bedarf ist groß");
    // "berichten" is plural: the therapists, not a single person named before, are the source.
    assertThat(q.speaker().name()).isEqualTo("die Therapeuten");

    String appeal = "Karl Huber forderte die Stadt auf, die Zeit für die Weiterbildung zu nutzen.";
    assertThat(only(quotes(appeal), "indirect").text()).isEqualTo("die Zeit für die Weiterbildung zu nutzen");
  }

  @Test
  void aReportedClauseEndsAtAColonBeforeADirectQuote() {
    String text = "Dann hofft Anna Berger, dass sich mehr Menschen melden: „Das sind Menschen, denen man helfen kann.“";
    assertThat(only(quotes(text), "indirect").text()).isEqualTo("sich mehr Menschen melden");
  }

  @Test
  void heisstEsInNamesTheDocumentAsTheSource() {
    String text = "Man gehe von einer baldigen Schließung aus, heißt es in einer Petition der Beschäftigten.";
    assertThat(only(quotes(text), "indirect").speaker().name()).contains("Petition");
  }

  @Test
  void aSubjectBeforeAnAppositionSpeaks() {
    String text = "Karl Huber, Professor für Verwaltungsrecht, sprach im Interview mit der Zeitung von einer"
        + " „Ungeheuerlichkeit“.";
    assertThat(only(quotes(text), "direct").speaker().name()).isEqualTo("Karl Huber");

    String after = "Die Kosten müsse die Firma tragen, sagte auch Olaf Brenner, Fachanwalt für Medizinrecht bei der"
        + " Kanzlei Nordlicht.";
    QuoteMention q = only(quotes(after), "indirect");
    assertThat(q.text()).isEqualTo("Die Kosten müsse die Firma tragen");
    assertThat(q.speaker().name()).isEqualTo("Olaf Brenner");
  }

  @Test
  void aReportWithoutSubjectTakesALaterCueOrContinuesTheLastSpeaker() {
    String later = "„Wir sind vorbereitet“, sagte Anna Berger am Montag.\n\n"
        + "Man hoffe, dass die Bevölkerung nicht verunsichert werde, sagt Karl Huber.";
    assertThat(only(quotes(later), "indirect").speaker().name()).isEqualTo("Karl Huber");

    String konjunktiv = "„Wir sind vorbereitet“, sagte Anna Berger am Montag. Leider sei zu befürchten, dass die"
        + " Zahlen weiter steigen.";
    assertThat(only(quotes(konjunktiv), "indirect").speaker().name()).isEqualTo("Anna Berger");
  }

  @Test
  void aReportedClauseNeedsASourceAndAPassiveNamesItsSource() {
    String none = "Wie gesagt, die Bürger müssen sich bald auf neue Belastungen gefasst machen.";
    assertThat(quotes(none)).noneMatch(m -> m.kind().equals(QuoteMention.INDIRECT));

    String passive = "Bereits 2004 wurde bei einer Studie der Universität darauf hingewiesen, dass die Masken zu"
        + " wenig Luft durchlassen.";
    AnnotatedDocument doc = prepare(Article.of("t", passive));
    List<Token> tagged = doc.get(LinguisticStage.TOKENS).stream()
        .map(t -> t.text().equals("hingewiesen")
            ? new Token(t.start(), t.end(), t.text(), "VERB", "hinweisen", t.sentence()) : t)
        .toList();
    QuoteMention q = only(stage.process(doc.with(LinguisticStage.TOKENS, tagged)).get(QuoteExtractor.QUOTES), "indirect");
    assertThat(q.text()).isEqualTo("die Masken zu wenig Luft durchlassen");
    // a study of a body: the body speaks through it
    assertThat(q.speaker().name()).contains("Universität");

    String heisst = "Die Werte steigen, oder wie es in der Studie heißt: „Die Akkumulation nimmt mit der Zeit zu.“";
    assertThat(only(quotes(heisst), "direct").speaker().name()).contains("Studie");
  }

  @Test
  void aKonjunktivSentenceEndingInAPartialQuoteIsAlsoReported() {
    String text = "Der Erhalt des Handels sei eine „nationale Aufgabe“, so Karl Huber.";
    List<QuoteMention> q = quotes(text);
    assertThat(only(q, "direct").text()).isEqualTo("nationale Aufgabe");
    QuoteMention reported = only(q, "indirect");
    assertThat(reported.text()).startsWith("Der Erhalt des Handels sei eine");
    assertThat(reported.speaker().name()).isEqualTo("Karl Huber");

    String indicative = "Der Handel hat eine „nationale Aufgabe“, so Karl Huber.";
    assertThat(quotes(indicative)).noneMatch(m -> m.kind().equals(QuoteMention.INDIRECT));
  }

  @Test
  void aSentenceOpeningWithDasAndASpeechVerbReportsTheSentenceBefore() {
    String text = "Die Betriebe müssen ihre Beschäftigten zweimal pro Woche testen. Das teilte das Innenministerium mit.";
    QuoteMention q = only(quotes(text), "indirect");
    assertThat(q.text()).isEqualTo("Die Betriebe müssen ihre Beschäftigten zweimal pro Woche testen");
    assertThat(q.speaker().name()).isEqualTo("Innenministerium");

    String quoted = "„Die Betriebe müssen testen“, sagte Karl Huber. Das bestätigte auch Anna Berger.";
    assertThat(quotes(quoted)).noneMatch(m -> m.kind().equals(QuoteMention.INDIRECT));
  }

  @Test
  void soWithTheSpeechVerbAndAClauseWithBracketsFrameTheSentence() {
    String so = "Im Gegenzug, so verspricht Karl Huber, wolle er die Steuern für kleine Einkommen senken.";
    QuoteMention q = only(quotes(so), "indirect");
    assertThat(q.text()).startsWith("Im Gegenzug").endsWith("senken");
    assertThat(q.speaker().name()).isEqualTo("Karl Huber");

    String bracket = "Am Sonntag waren es insgesamt 886 Fälle, wie Ministerin Anna Berger (CSU) in Wien sagte.";
    q = only(quotesWithPunctuationTokens(bracket), "indirect");
    assertThat(q.text()).isEqualTo("Am Sonntag waren es insgesamt 886 Fälle");
    assertThat(q.speaker().name()).isEqualTo("Anna Berger");
  }

  @Test
  void aNameInAGenitiveIsNoNewPersonForARolePhrase() {
    String text = "„Das ist falsch“, sagte der Arzt Karl Huber am Montag.\n\n"
        + "Er hatte die Strategie des Ministers Olaf Brenner kritisiert. Diese sei, so sagte der Mediziner, völlig"
        + " falsch.";
    assertThat(only(quotes(text), "indirect").speaker().name()).isEqualTo("Karl Huber");
  }

  @Test
  void subjectsBeforeARelativeClauseOrAfterARelativePronounSpeak() {
    String relative = "Anna Berger, die sich zu Gesprächen in Wien aufhielt, sagte am Dienstag, die Stadt sei bereit.";
    AnnotatedDocument doc = prepare(Article.of("t", relative));
    List<Token> tagged = doc.get(LinguisticStage.TOKENS).stream()
        .map(t -> t.text().equals("aufhielt") ? new Token(t.start(), t.end(), t.text(), "VERB", "aufhalten", t.sentence()) : t)
        .toList();
    QuoteMention q = only(stage.process(doc.with(LinguisticStage.TOKENS, tagged)).get(QuoteExtractor.QUOTES), "indirect");
    assertThat(q.text()).isEqualTo("die Stadt sei bereit");
    assertThat(q.speaker().name()).isEqualTo("Anna Berger");

    String pronoun = "Karl Huber besuchte Wien. Am Vortag gab er ein Interview, in dem er erneut versicherte, dass die"
        + " Stadt nicht im Stich gelassen werde.";
    assertThat(only(quotes(pronoun), "indirect").speaker().name()).isEqualTo("Karl Huber");
  }

  @Test
  void aKonjunktivClauseMayOpenWithEineAndNachAngabenInARelativeClauseFramesNothing() {
    String eine = "Ein hoher Beamter sagte, eine Krise zwischen den Städten sei ohne Gespräche unvermeidlich.";
    QuoteMention q = only(quotes(eine), "indirect");
    assertThat(q.text()).isEqualTo("eine Krise zwischen den Städten sei ohne Gespräche unvermeidlich");
    assertThat(q.speaker().name()).isEqualTo("Ein hoher Beamter");

    String detail = "Der Minister reiste zu den Truppen, die seit Montag dort stehen, um nach Angaben von Nordlicht"
        + " Übungen abzuhalten.";
    assertThat(quotes(detail)).noneMatch(m -> m.kind().equals(QuoteMention.INDIRECT));
  }

  @Test
  void idiomsOfSpeechFrameReports() {
    String aussicht = "Karl Huber stellte zudem in Aussicht, dass die Stadt in den Verbund aufgenommen werde.";
    QuoteMention q = only(quotes(aussicht), "indirect");
    assertThat(q.text()).isEqualTo("die Stadt in den Verbund aufgenommen werde");
    assertThat(q.speaker().name()).isEqualTo("Karl Huber");

    String stance = "Anna Berger sprach sich ebenfalls für eine solche Pflicht aus. Eine Maske sei der geringere Eingriff.";
    assertThat(only(quotes(stance), "indirect").speaker().name()).isEqualTo("Anna Berger");

    String rechnen = "Olaf Brenner rechnet damit, dass der Betrieb in zwei Wochen wieder voll produzieren kann.";
    assertThat(only(quotes(rechnen), "indirect").text()).isEqualTo("der Betrieb in zwei Wochen wieder voll produzieren kann");
  }

  @Test
  void aQuoteOnALineOfItsOwnTakesNoCueFromTheNextSentence() {
    String text = "Die Länder streiten über die Pflicht.\n\n„Einheitliche Regelung wäre gut“\n"
        + "Anna Berger sprach sich ebenfalls für eine solche Pflicht aus.";
    assertThat(quotes(text)).noneMatch(m -> m.kind().equals(QuoteMention.DIRECT));
  }

  @Test
  void aModifiedDefiniteRoleTakesUpTheSpeakerOfTheSentenceBefore() {
    String text = "„Wir lassen uns nicht spalten“, sagte Karl Huber der Zeitung mit Blick auf den Landeschef Olaf Brenner.\n"
        + "Da dürfe es keine Nachsicht geben, sagte der bayerische Ministerpräsident.";
    assertThat(only(quotes(text), "indirect").speaker().name()).isEqualTo("Karl Huber");

    String someoneElse = "„Wir lassen uns nicht spalten“, sagte Karl Huber am Montag.\n"
        + "Olaf Brenner reiste am Dienstag nach Wien. Da dürfe es keine Nachsicht geben, sagte der russische Außenminister.";
    assertThat(only(quotes(someoneElse), "indirect").speaker().name()).isNotEqualTo("Karl Huber");
  }

  @Test
  void aSpeechVerbsSpeakerGoesBeforeALautSourceInTheSameSentence() {
    String text = "Zähle man alle Fälle, sei die Lage laut Modell deutlich kritischer, sagt Karl Huber.";
    assertThat(only(quotes(text), "indirect").speaker().name()).isEqualTo("Karl Huber");
  }

  @Test
  void aRoleInABodyIsAPersonNotTheBody() {
    String lead = "Der Chef der Nordlicht warnt vor Engpässen. Es sei möglich, dass Betten fehlen.\n\n"
        + "Karl Huber rief zum Abstand auf.";
    List<QuoteMention> q = quotes(lead);
    assertThat(only(q, "indirect").speaker().name()).isEqualTo("Karl Huber");

    String unnamed = "Der Chef der Nordlicht warnt vor Engpässen. Es sei möglich, dass Betten fehlen.";
    assertThat(only(quotes(unnamed), "indirect").speaker().name()).isEqualTo("Der Chef der Nordlicht");
  }

  @Test
  void aShortCapitalisedQuoteAfterADefiniteArticleIsATerm() {
    String term = "Der „Lockdown light“ habe seine Wirkung verfehlt, sagt Karl Huber.";
    List<QuoteMention> q = quotes(term);
    assertThat(q).noneMatch(m -> m.kind().equals(QuoteMention.DIRECT));
    assertThat(only(q, "indirect").speaker().name()).isEqualTo("Karl Huber");

    String words = "Für die Gewerkschaft sind das „alarmierende Zahlen“, sagte Anna Berger.";
    assertThat(only(quotes(words), "direct").text()).isEqualTo("alarmierende Zahlen");
  }

  @Test
  void anAbbreviatedOutletNameAfterItsArticleIsATerm() {
    String text = "Davor hatte die „K.Z.“ berichtet. Der Markt bleibe geschlossen, sagte Karl Huber.";
    List<QuoteMention> q = quotes(text);
    assertThat(q).noneMatch(m -> m.kind().equals(QuoteMention.DIRECT));
    assertThat(only(q, "indirect").speaker().name()).isEqualTo("Karl Huber");

    String sentence = "Karl Huber sagte: „Wir bleiben.“ Die Lage sei ernst, fügte er hinzu.";
    assertThat(only(quotes(sentence), "direct").text()).isEqualTo("Wir bleiben.");
  }

  @Test
  void aQuoteNamedInAWieClauseWithANamingVerbIsANickname() {
    String text = "Wer den „fränkischen Zaren“, wie er in den sozialen Medien tituliert wird, kritisiert, wird"
        + " bestraft, schrieb Karl Huber.";
    assertThat(quotes(text)).noneMatch(m -> m.kind().equals(QuoteMention.DIRECT));

    String words = "Die Lage sei „völlig verfahren“, wie Karl Huber am Montag sagte.";
    assertThat(only(quotes(words), "direct").text()).isEqualTo("völlig verfahren");
  }

  @Test
  void aKonjunktivSentenceAfterAQuotedSentenceInTheSameUnitIsReportedWithoutTheQuote() {
    String text = "Karl Huber sagte am Montag, die Lage sei ernst. \"Wir müssen die Schulen offen halten. Nur so"
        + " geht es.\"\nDafür sei das neue Register ein zentraler Baustein.";
    List<QuoteMention> reported = quotes(text).stream()
        .filter(m -> m.kind().equals(QuoteMention.INDIRECT)).toList();
    assertThat(reported).anySatisfy(m -> {
      assertThat(m.text()).isEqualTo("Dafür sei das neue Register ein zentraler Baustein");
      assertThat(m.speaker().name()).isEqualTo("Karl Huber");
    });
    assertThat(reported).noneMatch(m -> m.text().contains("Schulen"));
  }

  @Test
  void aSpeechNounBeforeACommaFramesTheKonjunktivClauseAfterIt() {
    String text = "Der Bürgermeister Karl Huber besuchte am Montag die Stadt. Huber wiederholte seine Ankündigung,"
        + " mit ihm werde es keine Schließung der Schulen geben.";
    List<QuoteMention> q = quotes(text);
    QuoteMention r = only(q, "indirect");
    assertThat(r.text()).isEqualTo("mit ihm werde es keine Schließung der Schulen geben");
    assertThat(r.speaker().name()).contains("Huber");

    String fact = "Karl Huber wiederholte seine Ankündigung, die im Mai kam, und fuhr nach Hause.";
    assertThat(quotes(fact)).noneMatch(m -> m.kind().equals(QuoteMention.INDIRECT));
  }

  @Test
  void aRelativeClauseWithoutItsClosingCommaLeavesTheNounBeforeItAsSpeaker() {
    String text = "Der Konzern Nordlicht, zu welchem der Dienst Funkbote gehört teilte mit, die Preise würden steigen.";
    QuoteMention r = only(quotes(text), "indirect");
    assertThat(r.text()).isEqualTo("die Preise würden steigen");
    assertThat(r.speaker().name()).contains("Nordlicht").doesNotContain("Funkbote");
  }

  @Test
  void aKonjunktivSentenceBeforeAColonAndAPostposedQuoteIsReportedBySameSpeaker() {
    String text = "Das Bündnis werde von vielen Gemeinden getragen, die eines verbinde: „Wir lassen niemanden allein“,"
        + " sagte Karl Huber am Dienstag.";
    List<QuoteMention> q = quotes(text);
    QuoteMention r = only(q, "indirect");
    assertThat(r.text()).isEqualTo("Das Bündnis werde von vielen Gemeinden getragen, die eines verbinde");
    assertThat(r.speaker().name()).isEqualTo("Karl Huber");
    assertThat(only(q, "direct").text()).isEqualTo("Wir lassen niemanden allein");
  }

  @Test
  void aKonjunktivLeadBeforeAQuoteWithPostposedCueStartsAfterAQuotedSentenceOfTheSameUnit() {
    String text = "Karl Huber mahnte: „Es kommen weiter Boote an.“\u202f Solange es keine staatliche Hilfe gebe,"
        + " „werden wir nicht nachlassen“, kündigte er an.";
    List<QuoteMention> q = quotes(text);
    QuoteMention r = only(q, "indirect");
    assertThat(r.text()).startsWith("Solange es keine staatliche Hilfe gebe").doesNotContain("Boote");
    assertThat(r.speaker().name()).isEqualTo("Karl Huber");
  }

  @Test
  void anUmlautTheInfinitiveLacksMarksKonjunktivTwoThatContinuesAReport() {
    String text = "Zuletzt sei kein anderes Verhalten zu sehen gewesen, sagt Karl Huber. Solange die Treffen im Freien"
        + " stattfänden, entstehen daraus keine Infektionen.";
    AnnotatedDocument doc = prepare(Article.of("t", text));
    List<Token> tagged = doc.get(LinguisticStage.TOKENS).stream()
        .map(t -> t.text().equals("stattfänden") ? new Token(t.start(), t.end(), t.text(), "VERB", "stattfinden", t.sentence())
            : t.text().equals("entstehen") ? new Token(t.start(), t.end(), t.text(), "VERB", "entstehen", t.sentence()) : t)
        .toList();
    List<QuoteMention> q = stage.process(doc.with(LinguisticStage.TOKENS, tagged)).get(QuoteExtractor.QUOTES);
    assertThat(q).anySatisfy(m -> {
      assertThat(m.text()).startsWith("Solange die Treffen");
      assertThat(m.speaker().name()).isEqualTo("Karl Huber");
    });
  }

  @Test
  void aQuoteRightAfterAnOrganisationNounIsItsName() {
    String text = "Unterdessen forderte die Hilfsorganisation „Brücke - Hilfe und Heimat“ in einem Schreiben an den"
        + " Minister, die Abschiebungen auszusetzen.";
    assertThat(quotes(text)).noneMatch(m -> m.kind().equals(QuoteMention.DIRECT));

    String words = "Die Lage sei „völlig verfahren und kaum noch zu retten“, sagte Karl Huber vom Verein.";
    assertThat(only(quotes(words), "direct").text()).isEqualTo("völlig verfahren und kaum noch zu retten");
  }

  @Test
  void aParticipleOpeningTheSentenceIsNoSpeaker() {
    String text = "„Wir sind vorbereitet“, sagte Karl Huber am Montag. Gefragt nach dem neuen Impfstoff gab der"
        + " Mediziner an, er selbst warte auf eine Impfung.";
    QuoteMention q = only(quotes(text), "indirect");
    assertThat(q.text()).isEqualTo("er selbst warte auf eine Impfung");
    assertThat(q.speaker().name()).isEqualTo("Karl Huber");
  }

  @Test
  void aNewspaperAfterTheSpeakerIsWhomItWasSaidTo() {
    String text = "Ministerin Anna Berger will den Plan vorstellen. Die Regierung werde bald handeln, sagte die"
        + " CDU-Politikerin der Nordheimer Zeitung.";
    QuoteMention q = only(quotes(text), "indirect");
    assertThat(q.speaker().name()).isEqualTo("Anna Berger");
    assertThat(q.speaker().phrase().of(text)).isEqualTo("die CDU-Politikerin");

    String genitive = "Die Regierung werde bald handeln, sagte der Sprecher der Stadtverwaltung.";
    assertThat(only(quotes(genitive), "indirect").speaker().name()).isEqualTo("der Sprecher der Stadtverwaltung");
  }

  @Test
  void aPartyMemberIsAPersonNotTheParty() {
    TestAnnotator annotator = new TestAnnotator(
        List.of(TestAnnotator.per("Karl Huber"), TestAnnotator.org("Republikaner")), List.of());
    String text = "Der Präsident Karl Huber sprach in Lindenau. „Wir schaffen das“, sagte Huber. Die Wirtschaft"
        + " werde bald wieder wachsen, sagte der Republikaner am Abend.";
    List<QuoteMention> found = stage.process(annotator.annotate(Article.of("t", text), PublicationDate.UNKNOWN))
        .get(QuoteExtractor.QUOTES);
    QuoteMention q = only(found, "indirect");
    assertThat(q.speaker().name()).endsWith("Huber");
  }

  @Test
  void contradictingRemarkingAndJustifyingAreSpeechVerbs() {
    String text = "Karl Huber widersprach: „Wir sind von der Wirklichkeit überholt worden.“";
    assertThat(only(quotes(text), "direct").speaker().name()).isEqualTo("Karl Huber");

    String remark = "Anna Berger merkte zudem an, dass die ersten Daten erst im Sommer vorliegen werden.";
    QuoteMention q = only(quotes(remark), "indirect");
    assertThat(q.text()).isEqualTo("die ersten Daten erst im Sommer vorliegen werden");
    assertThat(q.speaker().name()).isEqualTo("Anna Berger");

    String justified = "„Wir wahren den Schutz der Einrichtung“, begründete Olaf Brenner die Entscheidung.";
    assertThat(only(quotes(justified), "direct").speaker().name()).isEqualTo("Olaf Brenner");
  }

  @Test
  void aRoleWithAttributesBeforeItsHolderInAppositionIsTheHolder() {
    String text = "„Wir messen jeden Tag“, sagte Anna Berger. Laut dem Direktor am Institut für Statistik an der Universität Nordheim, Olaf Brenner, ist der"
        + " Grenzwert nicht mehr brauchbar.";
    assertThat(only(quotes(text), "indirect").speaker().name()).isEqualTo("Olaf Brenner");
  }

  @Test
  void aBodyNounTakesUpACompoundOfItNamedBefore() {
    String text = "Der Landesverwaltungsgerichtshof in Nordheim hat die Kundgebung verboten. Das Gericht begründete"
        + " sein Urteil damit, dass die Auflagen nicht eingehalten würden.";
    assertThat(only(quotes(text), "indirect").speaker().name()).isEqualTo("Landesverwaltungsgerichtshof");
  }

  @Test
  void aPersonBeforeAColonReportsTheKonjunktivClauseAfterIt() {
    String text = "Karl Huber leitet den Gemeinderat. Olaf Brenner sagte, die Sitzung müsse verschoben werden."
        + " Dem stimmte Huber zu: Der Haushalt werde nicht im Ausschuss beraten.";
    QuoteMention q = quotes(text).stream().filter(m -> m.text().startsWith("Der Haushalt")).findFirst().orElseThrow();
    assertThat(q.speaker().name()).endsWith("Huber");
  }

  @Test
  void theSubjectOfAWieClauseBetweenDashesSpeaks() {
    String text = "Italien ist – wie Anna Berger berichtet – von der Zahl der Anträge überfordert.";
    assertThat(only(quotes(text), "indirect").speaker().name()).isEqualTo("Anna Berger");
  }

  @Test
  void aCompoundEndingInAPersonNounIsARoleNotTheBody() {
    String text = "„Wir öffnen die Schulen“, sagte Olaf Brenner. Die Lage sei ernst, sagte der nordländische"
        + " Regierungschef.";
    assertThat(only(quotes(text), "indirect").speaker().name()).isEqualTo("Olaf Brenner");
  }

  @Test
  void anOutletInTheDativeOpeningTheSentenceIsToldNotTheSpeaker() {
    String text = "Olaf Brenner leitet das Amt in Lindenau. Der Nordheimer Allgemeinen Zeitung sagte Anna Berger:"
        + " „Wir müssen die Schulen offen halten.“";
    assertThat(only(quotes(text), "direct").speaker().name()).isEqualTo("Anna Berger");

    String magazine = "Olaf Brenner leitet das Amt. Dem Magazin „Nordlicht“ sagte Anna Berger, die Lage sei ernst.";
    assertThat(only(quotes(magazine), "indirect").speaker().name()).isEqualTo("Anna Berger");
  }

  @Test
  void aThingNounOpeningTheSentenceIsTheObjectNotTheSpeaker() {
    String text = "Kritik äußerten Angehörige jedoch daran, dass die Ergebnisse erst nach drei Tagen übermittelt wurden.";
    QuoteMention q = only(quotes(text), "indirect");
    assertThat(q.speaker().phrase().of(text)).isEqualTo("Angehörige");
  }

  @Test
  void ihnenZufolgeTakesUpThePeopleNamedBefore() {
    String text = "Anna Berger und Karl Huber stellten die Studie vor. Ihnen zufolge ist das Risiko gering.";
    QuoteMention q = only(quotes(text), "indirect");
    assertThat(q.speaker().phrase().of(text)).isEqualTo("Ihnen");
    assertThat(q.speaker().via()).isEqualTo("pronoun");
    assertThat(q.speaker().name()).isIn("Anna Berger", "Karl Huber");
  }

  @Test
  void anAppositionWithoutClosingCommaLeavesThePersonBeforeIt() {
    String text = "Olaf Brenner, stellvertretender Vorsitzender der Gesellschaft für Hygiene warnt, „alte Masken"
        + " können Fasern freisetzen“.";
    assertThat(only(quotes(text), "direct").speaker().name()).isEqualTo("Olaf Brenner");
  }

  @Test
  void dasMeldeteReportsTheSentenceBefore() {
    String text = "Langes Tragen von Einwegmasken kann zu gesundheitlichen Problemen führen. Das meldete die"
        + " Gesellschaft Nordlicht am Montag.";
    QuoteMention q = only(quotes(text), "indirect");
    assertThat(q.text()).startsWith("Langes Tragen von Einwegmasken");
    assertThat(q.speaker().name()).contains("Nordlicht");

    String reflexive = "Anna Berger erwartet, dass sich mehr Menschen melden werden.";
    assertThat(only(quotes(reflexive), "indirect").text()).isEqualTo("sich mehr Menschen melden werden");
  }

  @Test
  void davonAusgehenFramesAReportAndManWithKonjunktivIsNoSpeaker() {
    String text = "Trotz der Befunde gehen die Sprecher der Gesellschaft Nordlicht davon aus, dass es nur eine"
        + " geringe Gefahr gebe.";
    QuoteMention q = only(quotes(text), "indirect");
    assertThat(q.text()).isEqualTo("es nur eine geringe Gefahr gebe");
    assertThat(q.speaker().name()).contains("Nordlicht");

    String man = "Man gehe davon aus, dass die Filiale noch in dieser Woche geschlossen werde, heißt es in einer"
        + " Petition der Beschäftigten.";
    QuoteMention p = only(quotes(man), "indirect");
    assertThat(p.text()).startsWith("Man gehe davon aus");
    assertThat(p.speaker().name()).contains("Petition");
  }

  @Test
  void aQuotedSentenceBeforeAPostposedReportIsNoPartOfIt() {
    String text = "„Wir sichten die Bewerbungen sorgfältig.“ Man hoffe, dass die Bevölkerung nicht verunsichert"
        + " werde, sagt Karl Huber.";
    QuoteMention q = only(quotes(text), "indirect");
    assertThat(q.text()).isEqualTo("Man hoffe, dass die Bevölkerung nicht verunsichert werde");
    assertThat(q.speaker().name()).isEqualTo("Karl Huber");
  }

  @Test
  void zeigenReportsOnlyWithAStudyOrDataAsSubject() {
    String text = "Untersuchungen der Gesellschaft Nordlicht zeigen, dass sich Fasern aus alten Masken lösen.";
    QuoteMention q = only(quotes(text), "indirect");
    assertThat(q.text()).isEqualTo("sich Fasern aus alten Masken lösen");
    assertThat(q.speaker().name()).contains("Nordlicht");

    String film = "Der Film zeigt, dass die Altstadt von Lindenau im Winter besonders schön ist.";
    assertThat(quotes(film)).noneMatch(m -> m.kind().equals(QuoteMention.INDIRECT));
  }

  @Test
  void aThingNounFirstIsTheObjectWhenAPersonFollowsTheVerb() {
    String text = "Die Verzögerung bei der Einführung der App begründete Karl Huber mit den „hohen Anforderungen“"
        + " an die Software.";
    assertThat(only(quotes(text), "direct").speaker().name()).isEqualTo("Karl Huber");
  }

  @Test
  void aKonjunktivFormTheLemmatiserLeftAsItIsStillContinuesTheReport() {
    String text = "„Wir sind bereit“, sagte Anna Berger am Montag. Jeder, der die App nutze, helfe bei der"
        + " Eindämmung des Virus.";
    AnnotatedDocument doc = prepare(Article.of("t", text));
    List<Token> tagged = doc.get(LinguisticStage.TOKENS).stream()
        .map(t -> t.text().equals("helfe") || t.text().equals("nutze")
            ? new Token(t.start(), t.end(), t.text(), "VERB", t.text(), t.sentence()) : t)
        .toList();
    QuoteMention q = only(stage.process(doc.with(LinguisticStage.TOKENS, tagged)).get(QuoteExtractor.QUOTES), "indirect");
    assertThat(q.text()).startsWith("Jeder, der die App nutze");
    assertThat(q.speaker().name()).isEqualTo("Anna Berger");
  }

  @Test
  void lautTakesTheNounAfterAParticipleAttribute() {
    String text = "Laut einer in der vergangenen Woche veröffentlichten Umfrage will die Hälfte der Bürger die App"
        + " nutzen.";
    QuoteMention q = only(quotes(text), "indirect");
    assertThat(q.text()).isEqualTo("will die Hälfte der Bürger die App nutzen");
    assertThat(q.speaker().name()).endsWith("Umfrage");
  }

  @Test
  void findenGivesAnOpinionAndTheVerdictAfterADashIsWhatIsSaid() {
    String text = "Ab Mai gibt es die Karten nur noch digital - ein großer Fehler, findet Karl Huber.";
    QuoteMention q = only(quotes(text), "indirect");
    assertThat(q.text()).isEqualTo("ein großer Fehler");
    assertThat(q.speaker().name()).isEqualTo("Karl Huber");

    String place = "Das Treffen findet am Montag in Wien statt, sagte Anna Berger.";
    assertThat(only(quotes(place), "indirect").speaker().name()).isEqualTo("Anna Berger");
  }

  @Test
  void aColumnNameIsNoQuote() {
    String text = "In der Kolumne „Was ich gerne früher gewusst hätte“ teilen Menschen ihre Erfahrungen.";
    assertThat(quotes(text)).noneMatch(m -> m.kind().equals(QuoteMention.DIRECT));
  }

  @Test
  void derWithAPluralNounIsAGroupNotThePersonNamedBefore() {
    String text = "„Wir sind bereit“, sagte Karl Huber. Nach Angaben der Meteorologen könnten sich die Zahlen noch"
        + " verbessern.";
    QuoteMention q = only(quotes(text), "indirect");
    assertThat(q.speaker().name()).contains("Meteorologen");
  }

  @Test
  void aQuoteAssessedAsIsSpeechOfTheReport() {
    String text = "„Die Fasern lösen sich“, sagte Karl Huber. Die Gefahr wird dennoch als „vergleichsweise gering“"
        + " eingeschätzt.";
    List<QuoteMention> direct = quotes(text).stream().filter(m -> m.kind().equals(QuoteMention.DIRECT)).toList();
    assertThat(direct).extracting(QuoteMention::text).containsExactly("Die Fasern lösen sich", "vergleichsweise gering");
    assertThat(direct.get(1).speaker().name()).isEqualTo("Karl Huber");
  }

  @Test
  void whatSomeoneHoldsAThingToBeIsSpeech() {
    String text = "Karl Huber hält die Regel für „rundweg verfassungswidrig“.";
    QuoteMention q = only(quotes(text), "direct");
    assertThat(q.text()).isEqualTo("rundweg verfassungswidrig");
    assertThat(q.speaker().name()).isEqualTo("Karl Huber");
  }

  @Test
  void aDemonstrativeOpensTheObjectAndTheSubjectAfterTheVerbSpeaks() {
    String text = "Die Abgeordnete Anna Berger will neue Regeln. Diesen neuen Vorschlag äußerte die Abgeordnete"
        + " im Gespräch: „Wir brauchen klare Regeln für alle.“";
    QuoteMention q = only(quotes(text), "direct");
    assertThat(q.speaker()).isNotNull();
    assertThat(q.speaker().name()).doesNotContain("Diesen").contains("Berger");
  }

  @Test
  void aThingThatThreatensIsNoSpeakerAndTheLastSpeakerGoesOn() {
    String text = "„Wir brauchen Regeln“, sagte Karl Huber. Die härteste aller Strafen drohe dann:"
        + " „Ohne ein gutes Konzept fällt das Fest wieder aus.“";
    List<QuoteMention> direct = quotes(text).stream().filter(m -> m.kind().equals(QuoteMention.DIRECT)).toList();
    assertThat(direct).extracting(QuoteMention::text).contains("Ohne ein gutes Konzept fällt das Fest wieder aus.");
    QuoteMention last = direct.get(direct.size() - 1);
    assertThat(last.speaker()).isNotNull();
    assertThat(last.speaker().name()).isEqualTo("Karl Huber");
  }

  @Test
  void aDecisionIsNoSpeakerOfTheReport() {
    String text = "„Wir sind bereit“, sagte Karl Huber. Der Entscheidung zufolge sei die Lage weiterhin ernst.";
    QuoteMention q = only(quotes(text), "indirect");
    assertThat(q.speaker().name()).isEqualTo("Karl Huber");
  }

  @Test
  void aCompoundAfterAnArticleIsAThingNamedAfterAPersonNotThePerson() {
    String text = "Zu Beginn des Vogt-Gipfels meldete ein Verband große Probleme. „Das ist ein Missverständnis“,"
        + " sagte sie.";
    QuoteMention q = only(quotes(text), "direct");
    assertThat(q.speaker() == null ? "" : q.speaker().name()).doesNotContain("Gipfel");
  }

  @Test
  void aDocumentStillSpeaksWhereNobodyElseIsNamed() {
    String text = "Laut der Allgemeinverfügung müssten alle Betriebe ihre Beschäftigten wöchentlich testen lassen.";
    QuoteMention q = only(quotes(text), "indirect");
    assertThat(q.speaker().name()).contains("Allgemeinverfügung");
  }

  // ---- ninth round: attitude verbs and adjectives, nouns, prepositional sources ----

  private List<QuoteMention> reports(String text) {
    return quotes(text).stream().filter(q -> q.kind().equals(QuoteMention.INDIRECT)).toList();
  }

  @Test
  void anAttitudeVerbReportsOnlyTheClauseItFrames() {
    QuoteMention q = only(quotes("Anna Berger will, dass die Schulen im Herbst wieder öffnen."), "indirect");
    assertThat(q.text()).isEqualTo("die Schulen im Herbst wieder öffnen");
    assertThat(q.speaker().name()).isEqualTo("Anna Berger");
    assertThat(reports("Anna Berger will im Herbst nach Wien reisen, um dort zu arbeiten.")).isEmpty();
  }

  @Test
  void aSeparableAttitudeVerbFramesItsClauseWithItsParticle() {
    QuoteMention q = only(quotes("Karl Huber schloss nicht aus, dass die Frist verlängert wird."), "indirect");
    assertThat(q.text()).isEqualTo("die Frist verlängert wird");
    assertThat(q.speaker().name()).isEqualTo("Karl Huber");
  }

  @Test
  void anAttitudeVerbAfterTheClauseReportsIt() {
    QuoteMention q = only(quotes("Die Zahl der Fälle steigt weiter, meldete das Innenministerium."), "indirect");
    assertThat(q.text()).isEqualTo("Die Zahl der Fälle steigt weiter");
    assertThat(q.speaker().name()).contains("Innenministerium");
  }

  @Test
  void anAdjectiveOfAttitudeAfterSeinFramesAClause() {
    QuoteMention q = only(quotes("Die Minister sind sich einig, dass die Hilfen nicht reichen."), "indirect");
    assertThat(q.text()).isEqualTo("die Hilfen nicht reichen");
    assertThat(reports("Die Minister sind sich einig. Die Sitzung endete am Abend.")).isEmpty();
  }

  @Test
  void aSpeechNounAfterAPrepositionFramesItsClause() {
    QuoteMention q = only(quotes(
        "Olaf Brenner antwortete auf den Brief mit der Behauptung, dass die Zahlen falsch seien."), "indirect");
    assertThat(q.text()).isEqualTo("die Zahlen falsch seien");
    assertThat(q.speaker().name()).isEqualTo("Olaf Brenner");
  }

  @Test
  void aSourceAfterNachMayHaveAdjectivesAndPossessives() {
    QuoteMention q = only(quotes(
        "Nach den jüngsten Angaben des Innenministeriums kamen im Mai 4000 Menschen an."), "indirect");
    assertThat(q.text()).isEqualTo("kamen im Mai 4000 Menschen an");
    assertThat(q.speaker().name()).contains("Innenministerium");
    String text = "Karl Huber sagte, die Lage sei ernst. Nach seiner Einschätzung ist eine neue Welle unvermeidlich.";
    List<QuoteMention> r = reports(text);
    assertThat(r).extracting(QuoteMention::text).contains("ist eine neue Welle unvermeidlich");
    assertThat(r.get(r.size() - 1).speaker().name()).isEqualTo("Karl Huber");
  }

  @Test
  void aSourceNounAfterItsArticleTakesUpTheLastSource() {
    String text = "Nordlicht teilte am Montag mit, es seien 40 Filialen betroffen. Im Süden waren den Angaben nach"
        + " zuletzt 12 Filialen geschlossen.";
    List<QuoteMention> r = reports(text);
    assertThat(r).hasSize(2);
    assertThat(r.get(1).speaker().name()).isEqualTo("Nordlicht");
  }

  @Test
  void aViewpointWithoutAnyoneHoldingItIsNoSource() {
    assertThat(reports("Aus medizinischer Sicht gibt es dafür keinen Grund.")).isEmpty();
    assertThat(reports("Ein schwerer Schlag aus Sicht der Händler.")).isEmpty();
  }

  @Test
  void anInsertionBetweenDashesFramesItsSentence() {
    String text = "Die Lage ist – wie Anna Berger berichtet – seit Wochen sehr ernst.";
    QuoteMention q = only(quotes(text), "indirect");
    assertThat(q.text()).isEqualTo(text.substring(0, text.length() - 1));
    assertThat(q.speaker().name()).isEqualTo("Anna Berger");
  }

  @Test
  void anAuthorsQuestionWithAPostposedCueIsNoReport() {
    assertThat(reports("Sollen die Schulen geschlossen bleiben, wie es Karl Huber forderte?")).isEmpty();
  }

  @Test
  void aParticleWrittenApartBeforeItsVerbStillMakesTheCue() {
    QuoteMention q = only(quotes("Nordlicht hat bekannt gegeben, dass die Firma 200 Stellen streicht."), "indirect");
    assertThat(q.text()).isEqualTo("die Firma 200 Stellen streicht");
  }

  @Test
  void anInfinitiveWithAModalIsReportedAfterAnySpeechVerb() {
    QuoteMention q = only(quotes("Karl Huber hatte erklärt, auf die Auflagen verzichten zu wollen."), "indirect");
    assertThat(q.text()).isEqualTo("auf die Auflagen verzichten zu wollen");
  }

  @Test
  void theLexiconKeepsAttitudeVerbsApartFromSpeechVerbs() {
    GermanSpeechVerbs verbs = GermanSpeechVerbs.standard();
    assertThat(verbs.readings("will")).isEmpty();
    assertThat(verbs.attitudeReadings("will")).isNotEmpty();
    assertThat(verbs.attitudeReadings("schloss")).extracting(GermanSpeechVerbs.Reading::particle).contains("aus");
    assertThat(verbs.readings("erzählte")).isNotEmpty();
    assertThat(verbs.readings("schrie")).isNotEmpty();
  }

  @Test
  void aSourceInsideTheClauseOfASpeechVerbIsTheChannelNotTheSpeaker() {
    String text = "Die Sprecher von Nordlicht gehen nach Darstellung der Agentur davon aus, dass die Lage ernst sei.";
    QuoteMention q = only(quotes(text), "indirect");
    assertThat(q.text()).isEqualTo("die Lage ernst sei");
    assertThat(q.speaker().name()).doesNotContain("Agentur");
  }

  @Test
  void aKonjunktivSentenceAfterAQuotedSentenceInOneUnitContinuesItsSpeaker() {
    String text = "Karl Huber sagte: „Die Lage hat sich verschärft.“ Es gebe keinen Grund zur Entwarnung.";
    List<QuoteMention> r = reports(text);
    assertThat(r).extracting(QuoteMention::text).containsExactly("Es gebe keinen Grund zur Entwarnung");
    assertThat(r.get(0).speaker().name()).isEqualTo("Karl Huber");
  }

  @Test
  void aReportedClauseEndsWithItsSentenceBeforeAQuoteInTheSameUnit() {
    String text = "Karl Huber bedauerte, dass die Stadt zu wenig Geld bekommen habe. „Das war früh klar“, sagte er.";
    QuoteMention q = only(quotes(text), "indirect");
    assertThat(q.text()).isEqualTo("die Stadt zu wenig Geld bekommen habe");
  }

  @Test
  void aSentenceFramedBySourceEndsAtTheColonBeforeAQuote() {
    String text = "Das erfordert laut Karl Huber viel Aufwand: „Wir brauchen mehr Personal in den Ämtern.“";
    QuoteMention q = only(quotes(text), "indirect");
    assertThat(q.text()).isEqualTo("Das erfordert laut Karl Huber viel Aufwand");
  }

  @Test
  void aClauseOpenedByEheIsNoReport() {
    assertThat(reports("Olaf Brenner warnte vor voreiligen Schlüssen, ehe alle Daten vorlägen."))
        .extracting(QuoteMention::text).noneMatch(t -> t.contains("vorlägen"));
  }

  @Test
  void aNameWithItsAppositionBeforeTheVerbIsNoReport() {
    assertThat(reports("Der Chef der Behörde, Olaf Brenner, warnte vor Eile.")).isEmpty();
  }

  @Test
  void lautInTheClauseOfASpeechVerbIsTheChannel() {
    String text = "Karl Huber sagte laut Teilnehmern: „Wir bleiben bei unserer Linie.“";
    assertThat(reports(text)).isEmpty();
    assertThat(only(quotes(text), "direct").speaker().name()).isEqualTo("Karl Huber");
  }

  @Test
  void heisstEsWithoutADocumentTakesUpTheSourceJustQuoted() {
    String text = "„Wir brauchen rasch Hilfe“, sagte Anna Berger. Möglicherweise drohten Engpässe, hieß es ergänzend.";
    QuoteMention q = only(quotes(text), "indirect");
    assertThat(q.text()).isEqualTo("Möglicherweise drohten Engpässe");
    assertThat(q.speaker().name()).isEqualTo("Anna Berger");
  }

  @Test
  void anAttitudeVerbInsideAReportedClauseBelongsToThatReport() {
    QuoteMention q = only(quotes("Nordlicht teilte der Stadt mit, es wolle, dass alle Filialen wieder öffnen."), "indirect");
    assertThat(q.speaker().name()).isEqualTo("Nordlicht");
    assertThat(q.text()).startsWith("es wolle");
  }

  @Test
  void aSourceBesideASpeechVerbWithoutAClauseStillFramesItsSentence() {
    String text = "Nach Angaben des Innenministeriums wird Olaf Brenner dort die gemeinsame Position darlegen.";
    QuoteMention q = only(quotes(text), "indirect");
    assertThat(q.speaker().name()).contains("Innenministerium");
  }

  @Test
  void aClauseJoinedByACoordinatorAfterTheVerbsObjectIsNotReported() {
    String text = "Karl Huber erwartet vom Treffen eine schriftliche Antwort, doch Brenner kommt ohne Papiere.";
    assertThat(quotes(text)).isEmpty();
  }

  @Test
  void anAttributiveParticipleInsideTheReportedClauseDoesNotCutIt() {
    String text = "Karl Huber sagte, dass es die angekündigten Schritte nicht geben werde.";
    QuoteMention q = only(quotes(text), "indirect");
    assertThat(q.text()).isEqualTo("es die angekündigten Schritte nicht geben werde");
  }

  @Test
  void aSecondVerbWithoutItsOwnSubjectSharesTheSubjectOpeningTheSentence() {
    String text = "Karl Huber bestreitet die Pläne, sagt aber, dass es weitere Schritte geben könnte.";
    QuoteMention q = only(quotes(text), "indirect");
    assertThat(q.text()).isEqualTo("es weitere Schritte geben könnte");
    assertThat(q.speaker().name()).isEqualTo("Karl Huber");
  }

  @Test
  void thePronounAfterTheAuxiliaryIsTheSubjectOfAClauseClosingVerb() {
    String text = "Karl Huber reist nach Wien. Nach Angaben seines Büros wird er dort die Position der Nordlicht"
        + " darlegen, es gebe keinen Spielraum.";
    QuoteMention q = only(quotes(text), "indirect");
    assertThat(q.speaker().name()).isEqualTo("Karl Huber");
  }

  @Test
  void aReportWhosePhraseCannotSpeakKeepsNoSpeakerRatherThanThePhrase() {
    String text = "Die Entscheidung betont, dass die Grenzen offen bleiben.";
    QuoteMention q = only(quotes(text), "indirect");
    assertThat(q.text()).isEqualTo("die Grenzen offen bleiben");
    assertThat(q.speaker()).isNull();
  }

  @Test
  void aSourceOrOutletNamedInQuotationMarksIsNoQuote() {
    String text = "Laut „Lagebericht Nord“ hatte Karl Huber bereits zugesagt, dass es Hilfen gebe. Das sagte er der"
        + " „Nordwest Nachrichtenagentur“.";
    assertThat(quotes(text).stream().filter(q -> q.kind().equals("direct")).toList()).isEmpty();
  }

  // ---- tenth round ----

  @Test
  void aReportOpeningInTheNarrationHoldsItsPartialQuoteInsteadOfBeingOne() {
    String text = "Laut dem Innenministerium sei „bis zum Jahresende kein weiterer Brückenbau geplant“.";
    QuoteMention q = only(quotes(text), "indirect");
    assertThat(q.text()).startsWith("sei „bis zum Jahresende");
    assertThat(only(quotes(text), "direct").text()).startsWith("bis zum Jahresende");
    // an article alone before the marks leaves the quote a quote
    assertThat(reports("Die „alte Fähre wird im Winter nicht mehr über den See fahren“, sagte Karl Huber."))
        .isEmpty();
  }

  @Test
  void demnachAndDanachAfterAStudyPointBackToTheSource() {
    QuoteMention q = only(quotes("„Wir eröffnen bald“, sagte Anna Berger. Die neue Bibliothek öffnet demnach im Oktober"
        + " ihre Türen."), "indirect");
    assertThat(q.text()).isEqualTo("Die neue Bibliothek öffnet demnach im Oktober ihre Türen");
    assertThat(q.speaker().name()).isEqualTo("Anna Berger");
    QuoteMention study = only(quotes("Der Verein beruft sich auf eine Umfrage der Nordlicht. Danach lesen in Wien"
        + " zwei von drei Kindern täglich."), "indirect");
    assertThat(study.text()).isEqualTo("lesen in Wien zwei von drei Kindern täglich");
    assertThat(study.speaker().name()).isEqualTo("Nordlicht");
    assertThat(quotes("Karl Huber besuchte die Klinik in Wien. Danach ging er zu Fuß nach Hause.")).isEmpty();
  }

  @Test
  void aNameInQuotationMarksStaysInsideTheWieClauseAndTheSpeakerPhrase() {
    QuoteMention q = only(quotes("Im Januar wurden in Wien 300 Bootsscheine ausgestellt, wie das Innenministerium der „Seepost“"
        + " mitteilte."), "indirect");
    assertThat(q.text()).isEqualTo("Im Januar wurden in Wien 300 Bootsscheine ausgestellt");
    assertThat(q.speaker().name()).isEqualTo("Innenministerium");
    QuoteMention outlet = only(quotes("Bislang sind in Wien noch 40 Stellen frei, wie die „Abendpost“ berichtet."),
        "indirect");
    assertThat(outlet.text()).isEqualTo("Bislang sind in Wien noch 40 Stellen frei");
    assertThat(outlet.speaker().name()).contains("Abendpost");
  }

  @Test
  void knowingStatingAndAskingVerbsFrameTheirClauses() {
    QuoteMention knows = only(quotes("Karl Huber weiß, dass die Mittel in Wien nicht reichen werden."), "indirect");
    assertThat(knows.text()).isEqualTo("die Mittel in Wien nicht reichen werden");
    assertThat(knows.speaker().name()).isEqualTo("Karl Huber");
    assertThat(only(quotes("Eine alte Theorie besagt, dass der Fluss früher weiter östlich verlief."), "indirect").text())
        .isEqualTo("der Fluss früher weiter östlich verlief");
    QuoteMention asks = only(quotes("Anna Berger fragte, wie viele Anträge bisher bewilligt worden seien."), "indirect");
    assertThat(asks.text()).isEqualTo("wie viele Anträge bisher bewilligt worden seien");
    assertThat(asks.speaker().name()).isEqualTo("Anna Berger");
    QuoteMention wants = only(quotes("Olaf Brenner verlangte zu wissen, wann die Brücke wieder offen sei."), "indirect");
    assertThat(wants.text()).isEqualTo("wann die Brücke wieder offen sei");
  }

  @Test
  void stanceFramesReportTheirClauseAlsoAsAnInfinitive() {
    QuoteMention pleads = only(quotes("Karl Huber plädiert dafür, in den Bibliotheken die Öffnungszeiten anders zu regeln."),
        "indirect");
    assertThat(pleads.text()).isEqualTo("in den Bibliotheken die Öffnungszeiten anders zu regeln");
    QuoteMention holds = only(quotes("Statt einer Gebühr hält Karl Huber es für sinnvoll, den Parkplatz am Sonntag zu"
        + " schließen."), "indirect");
    assertThat(holds.text()).isEqualTo("den Parkplatz am Sonntag zu schließen");
    assertThat(holds.speaker().name()).isEqualTo("Karl Huber");
    assertThat(only(quotes("Anna Berger setzt darauf, dass die Zugvögel im März zurückkehren."), "indirect").text())
        .isEqualTo("die Zugvögel im März zurückkehren");
    assertThat(only(quotes("Das Innenministerium sorgt sich zudem, dass die Brücke rosten könnte."),
        "indirect").text()).isEqualTo("die Brücke rosten könnte");
    assertThat(only(quotes("Anna Berger ist fest entschlossen, bei der Wahl im Herbst die Mehrheit zu gewinnen."),
        "indirect").text()).isEqualTo("bei der Wahl im Herbst die Mehrheit zu gewinnen");
    // without the frame these verbs report nothing
    assertThat(quotes("Die Stadt sorgt dafür, dass die Wege geräumt werden.")).isEmpty();
    assertThat(quotes("Karl Huber setzte sich ins Auto, um nach Wien zu fahren.")).isEmpty();
  }

  @Test
  void aSourceAfterAQuotedSentenceInTheSameUnitFramesOnlyItsOwnSentence() {
    String text = "Karl Huber sagte: „Wir bauen die Brücke neu.“ Nach Angaben des"
        + " Innenministeriums kostet sie in Wien 30 Millionen Euro.";
    QuoteMention q = only(quotes(text), "indirect");
    assertThat(q.text()).isEqualTo("kostet sie in Wien 30 Millionen Euro");
    assertThat(q.speaker().name()).contains("Innenministerium");
  }

  @Test
  void aSpeechNounFramesItsDassClauseAlsoQuotedOrWithAnAttributeBetween() {
    List<QuoteMention> doubts = reports("Die Jury begründete das Urteil mit „erheblichen Zweifeln“, dass der"
        + " Kuchen selbst gebacken sei.");
    assertThat(doubts).extracting(QuoteMention::text).containsExactly("der Kuchen selbst gebacken sei");
    List<QuoteMention> news = reports("Am Montag lief die Nachricht durch die großen Sender, dass in Wien ein Wal"
        + " gesichtet wurde.");
    assertThat(news).extracting(QuoteMention::text).containsExactly("in Wien ein Wal gesichtet wurde");
  }

  @Test
  void stehtEsInAndABackPointerWithAClosingParticipleReportTheSentenceBefore() {
    QuoteMention site = only(quotes("Zwölf Chöre singen im Netz aus Wien mit. So steht es auf der Startseite der"
        + " Nordlicht."), "indirect");
    assertThat(site.text()).isEqualTo("Zwölf Chöre singen im Netz aus Wien mit");
    assertThat(site.speaker().name()).contains("Nordlicht");
    QuoteMention note = only(quotes("Die Stadt ist seit Montag schneefrei, so steht es jedenfalls in einem Vermerk"
        + " der Nordlicht."), "indirect");
    assertThat(note.text()).isEqualTo("Die Stadt ist seit Montag schneefrei");
    QuoteMention told = only(quotes("Die Brücke bleibt bis zum Sommer gesperrt. Das hat Karl Huber am Montag in Wien"
        + " verkündet."), "indirect");
    assertThat(told.text()).isEqualTo("Die Brücke bleibt bis zum Sommer gesperrt");
    assertThat(told.speaker().name()).isEqualTo("Karl Huber");
    assertThat(quotes("Die Brücke bleibt gesperrt. So sagte es der Wirt.")).isEmpty();
  }

  @Test
  void strongKonjunktivTwoFormsContinueTheReport() {
    QuoteMention q = only(quotes("„Wir brauchen neue Boote“, sagte Karl Huber. Hinzu kämen noch die Kosten für die Stege"
        + " in Wien."), "indirect");
    assertThat(q.text()).isEqualTo("Hinzu kämen noch die Kosten für die Stege in Wien");
    assertThat(q.speaker().name()).isEqualTo("Karl Huber");
  }

  @Test
  void aWeakVerbInTenRightAfterAReportIsItsKonjunktivTwoUnlessThePastIsNamed() {
    String text = "Karl Huber sagte, die Boote seien bereit. Die Preise stabilisierten sich inzwischen.";
    String past = "Karl Huber sagte, die Boote seien bereit. Die Preise stabilisierten sich im Mai.";
    assertThat(reportsWithVerb(text)).extracting(QuoteMention::text)
        .containsExactly("die Boote seien bereit", "Die Preise stabilisierten sich inzwischen");
    assertThat(reportsWithVerb(text).get(1).speaker().name()).isEqualTo("Karl Huber");
    assertThat(reportsWithVerb(past)).extracting(QuoteMention::text).containsExactly("die Boote seien bereit");
  }

  @Test
  void aStrongPluralPastWithoutUmlautRightAfterAReportIsItsKonjunktivTwo() {
    String text = "Karl Huber sagte, die Boote seien bereit. Die Vorbereitungen liefen auf Hochtouren.";
    assertThat(reportsWithVerb(text)).extracting(QuoteMention::text)
        .containsExactly("die Boote seien bereit", "Die Vorbereitungen liefen auf Hochtouren");
    String past = "Karl Huber sagte, die Boote seien bereit. Die Vorbereitungen liefen schon im Mai.";
    assertThat(reportsWithVerb(past)).extracting(QuoteMention::text).containsExactly("die Boote seien bereit");
  }

  private List<QuoteMention> reportsWithVerb(String text) {
    // the test annotator tags no verbs; the tagger would tag these
    AnnotatedDocument doc = prepare(Article.of("t", text));
    List<Token> tagged = doc.get(LinguisticStage.TOKENS).stream()
        .map(t -> t.text().equals("stabilisierten") ? new Token(t.start(), t.end(), t.text(), "VERB", "stabilisieren", 0)
            : t.text().equals("liefen") ? new Token(t.start(), t.end(), t.text(), "VERB", "laufen", 0)
            : t.text().equals("sagte") ? new Token(t.start(), t.end(), t.text(), "VERB", "sagen", 0) : t)
        .toList();
    return stage.process(doc.with(LinguisticStage.TOKENS, tagged)).get(QuoteExtractor.QUOTES).stream()
        .filter(q -> q.kind().equals("indirect")).toList();
  }

  @Test
  void aReportEndsAtAFullStopBeforeAQuotationTheUnitTookIn() {
    List<QuoteMention> found = reports("Der Teich sei so tief wie im Vorjahr.„Und wenn es weiter regnet,"
        + " läuft er in Wien über“, sagte Karl Huber.");
    assertThat(found).extracting(QuoteMention::text).containsExactly("Der Teich sei so tief wie im Vorjahr");
  }

  @Test
  void aPassiveReportWithNobodyNamedIsKeptWithItsSpeakerOpen() {
    QuoteMention q = only(quotes("Am Montag wurde gemeldet, dass in Wien zwei Bäder umgebaut werden."), "indirect");
    assertThat(q.text()).isEqualTo("in Wien zwei Bäder umgebaut werden");
    assertThat(q.speaker()).isNull();
    // an expectation with nobody named is no one's report
    assertThat(quotes("In Wien wird erwartet, dass die Preise im Herbst steigen.")).isEmpty();
  }

  @Test
  void soWithItsVerbAndAPronounObjectFramesTheWholeSentence() {
    QuoteMention q = only(quotes("Seit dem Sommer, so erzählen es die Gärtner in Wien, blühen die Rosen zweimal."),
        "indirect");
    assertThat(q.text()).isEqualTo("Seit dem Sommer, so erzählen es die Gärtner in Wien, blühen die Rosen zweimal");
    assertThat(q.speaker().name()).contains("Gärtner");
  }

  @Test
  void anAttitudeVerbInThePerfectWithLassenStillFramesItsClause() {
    String text = "Auch hat Karl Huber bereits andeuten lassen, dass er die Zahl der Bänke in Wien erhöhen wird.";
    AnnotatedDocument doc = prepare(Article.of("t", text));
    List<Token> tagged = doc.get(LinguisticStage.TOKENS).stream()
        .map(t -> Set.of("hat", "andeuten", "lassen").contains(t.text())
            ? new Token(t.start(), t.end(), t.text(), "VERB", t.text(), t.sentence()) : t)
        .toList();
    List<QuoteMention> q = stage.process(doc.with(LinguisticStage.TOKENS, tagged)).get(QuoteExtractor.QUOTES);
    assertThat(only(q, "indirect").text()).isEqualTo("er die Zahl der Bänke in Wien erhöhen wird");
  }

  @Test
  void wordsWithoutAVerbAfterAPostposedVerbNameTheSpeakerAndTheClauseBeforeIsTheReport() {
    QuoteMention q = only(quotes("Die Brücke sei seit Jahren marode, sagte der Beauftragte für Sicherheit, Olaf Brenner."),
        "indirect");
    assertThat(q.text()).isEqualTo("Die Brücke sei seit Jahren marode");
  }

  @Test
  void aSmallQuotedPieceEndingInAVerbIsTheLastSpeakersWording() {
    String text = "„Die Zahlen sind gut“, sagte Karl Huber in Wien. Aber die Krise wird das Geschäft"
        + " „ein Jahr beeinträchtigen“. Danach wird die Reihe „Bis der Regen kommt“ gezeigt.";
    AnnotatedDocument doc = prepare(Article.of("t", text));
    List<Token> tagged = doc.get(LinguisticStage.TOKENS).stream()
        .map(t -> Set.of("beeinträchtigen", "kommt", "wird", "gezeigt").contains(t.text())
            ? new Token(t.start(), t.end(), t.text(), "VERB", t.text(), t.sentence()) : t)
        .toList();
    List<QuoteMention> found = stage.process(doc.with(LinguisticStage.TOKENS, tagged)).get(QuoteExtractor.QUOTES);
    assertThat(found).filteredOn(q -> q.kind().equals("direct")).extracting(QuoteMention::text)
        .containsExactly("Die Zahlen sind gut", "ein Jahr beeinträchtigen");
    assertThat(found.get(1).speaker().name()).isEqualTo("Karl Huber");
  }

  @Test
  void aPastFormTheTaggerReadsAsAnAdjectiveIsStillTheFiniteSpeechVerb() {
    String text = "Am Montag scherzte Bürgermeister Karl Huber, dass der Brunnen in Wien bestraft werde."
        + " Die erklärte Absicht der Stadt, dass der Brunnen bleibe, gilt weiter.";
    AnnotatedDocument doc = prepare(Article.of("t", text));
    List<Token> tagged = doc.get(LinguisticStage.TOKENS).stream()
        .map(t -> switch (t.text()) {
          case "scherzte", "erklärte" -> new Token(t.start(), t.end(), t.text(), "ADJ", t.text(), t.sentence());
          case "Montag", "Bürgermeister", "Absicht" -> new Token(t.start(), t.end(), t.text(), "NOUN", t.text(), t.sentence());
          case "Die" -> new Token(t.start(), t.end(), t.text(), "DET", t.text(), t.sentence());
          default -> t;
        })
        .toList();
    List<QuoteMention> found = stage.process(doc.with(LinguisticStage.TOKENS, tagged)).get(QuoteExtractor.QUOTES);
    QuoteMention q = only(found, "indirect");
    assertThat(q.text()).isEqualTo("der Brunnen in Wien bestraft werde");
    assertThat(q.speaker().name()).isEqualTo("Karl Huber");
    assertThat(q.cue().of(text)).isEqualTo("scherzte");
  }

  @Test
  void anInfinitiveClauseAfterAReportedAttitudeVerbStaysInTheReport() {
    String text = "Karl Huber betonte, dass er hoffe, den Weg in Wien fortsetzen zu können.";
    AnnotatedDocument doc = prepare(Article.of("t", text));
    List<Token> tagged = doc.get(LinguisticStage.TOKENS).stream()
        .map(t -> Set.of("betonte", "hoffe", "fortsetzen", "können").contains(t.text())
            ? new Token(t.start(), t.end(), t.text(), "VERB", t.text(), t.sentence())
            : t.text().equals("Weg") ? new Token(t.start(), t.end(), t.text(), "NOUN", t.text(), t.sentence()) : t)
        .toList();
    List<QuoteMention> found = stage.process(doc.with(LinguisticStage.TOKENS, tagged)).get(QuoteExtractor.QUOTES);
    QuoteMention q = only(found, "indirect");
    assertThat(q.text()).isEqualTo("er hoffe, den Weg in Wien fortsetzen zu können");
    assertThat(q.speaker().name()).isEqualTo("Karl Huber");
  }

  @Test
  void aKonjunktivVerbTheTaggerTookForANounAfterAPronounContinuesTheReport() {
    String text = "„Wir kommen“, sagte Karl Huber in Wien. Das betreffe nur die Gruppe.";
    AnnotatedDocument doc = prepare(Article.of("t", text));
    List<Token> tagged = doc.get(LinguisticStage.TOKENS).stream()
        .map(t -> t.text().equals("betreffe") ? new Token(t.start(), t.end(), t.text(), "NOUN", t.text(), t.sentence())
            : t.text().equals("sagte") ? new Token(t.start(), t.end(), t.text(), "VERB", "sagen", t.sentence()) : t)
        .toList();
    List<QuoteMention> found = stage.process(doc.with(LinguisticStage.TOKENS, tagged)).get(QuoteExtractor.QUOTES);
    QuoteMention q = only(found, "indirect");
    assertThat(q.text()).isEqualTo("Das betreffe nur die Gruppe");
    assertThat(q.speaker().name()).isEqualTo("Karl Huber");
  }

  @Test
  void thankingIsSpeechSoTheKonjunktivAfterItIsTheThankersReport() {
    List<QuoteMention> found = quotes("Karl Huber dankte der Stadt Wien für ihre Hilfe. Die Stadt sei ein Vorbild.");
    QuoteMention q = only(found, "indirect");
    assertThat(q.text()).isEqualTo("Die Stadt sei ein Vorbild");
    assertThat(q.speaker().name()).isEqualTo("Karl Huber");
  }

  @Test
  void whoeverAVerbOfQuotingQuotesSpeaksNotTheOneWhoQuotes() {
    QuoteMention named = only(quotes("„Die Lage in Wien ist ernst“, zitierte die Zeitung „Nordkurier“ den Sprecher"
        + " Karl Huber."), "direct");
    assertThat(named.speaker().name()).isEqualTo("Karl Huber");
    QuoteMention described = only(quotes("Das Blatt zitiert einen Beamten mit den Worten: „Wir bleiben in Wien.“"),
        "direct");
    assertThat(described.speaker().name()).startsWith("Beamte"); // the lemma, in the pipeline "Beamter"
  }

  @Test
  void aSmallQuotedPieceEndingInAnAuxiliaryIsAlsoWording() {
    String text = "„Die Zahlen sind gut“, sagte Karl Huber in Wien. Ein Risiko kann aber „nicht ausgeschlossen werden“.";
    AnnotatedDocument doc = prepare(Article.of("t", text));
    List<Token> tagged = doc.get(LinguisticStage.TOKENS).stream()
        .map(t -> t.text().equals("werden") ? new Token(t.start(), t.end(), t.text(), "AUX", t.text(), t.sentence()) : t)
        .toList();
    List<QuoteMention> found = stage.process(doc.with(LinguisticStage.TOKENS, tagged)).get(QuoteExtractor.QUOTES);
    assertThat(found).filteredOn(q -> q.kind().equals("direct")).extracting(QuoteMention::text)
        .containsExactly("Die Zahlen sind gut", "nicht ausgeschlossen werden");
  }

  @Test
  void aTitleInsideAReportIsNoPartialQuote() {
    List<QuoteMention> found = quotes("Karl Huber sagte, er habe das Buch „Die lange Nacht über Wien und ihre Folgen“"
        + " in zwei Jahren geschrieben.");
    assertThat(only(found, "indirect").speaker().name()).isEqualTo("Karl Huber");
    assertThat(found).noneMatch(q -> q.kind().equals("direct"));
  }
}
