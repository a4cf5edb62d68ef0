package org.lagebild.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lagebild.model.EntityMention;
import org.lagebild.model.Sentence;
import org.lagebild.model.Span;
import org.lagebild.model.Token;

class SpeakerRankerTest {

  /** Whitespace tokens (punctuation split off), one sentence per full stop, tagged crudely. */
  private static SpeakerRanker.Context context(String text, List<EntityMention> entities) {
    List<Token> tokens = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    int sentence = 0;
    int sentenceStart = 0;
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("[\\p{L}\\p{N}-]+|[^\\s\\p{L}\\p{N}]").matcher(text);
    while (m.find()) {
      String w = m.group();
      String pos = Character.isUpperCase(w.charAt(0)) ? "PROPN" : Character.isLetter(w.charAt(0)) ? "VERB" : "PUNCT";
      tokens.add(new Token(m.start(), m.end(), w, pos, w.toLowerCase(), sentence));
      if (w.equals(".")) {
        sentences.add(new Sentence(sentenceStart, m.end()));
        sentence++;
        sentenceStart = m.end() + 1;
      }
    }
    if (sentenceStart < text.length()) {
      sentences.add(new Sentence(sentenceStart, text.length()));
    }
    return new SpeakerRanker.Context(text, tokens, sentences, entities);
  }

  private static EntityMention mention(String text, String name, String type) {
    int at = text.indexOf(name);
    return new EntityMention(at, at + name.length(), name, type);
  }

  private static QuoteMention quote(String text, String words, String cue, QuoteMention.Speaker speaker) {
    return quote(text, words, QuoteMention.DIRECT, cue, speaker);
  }

  /** The speaker the rules give by this name. */
  private static QuoteMention.Speaker byName(EntityMention e) {
    return new QuoteMention.Speaker(e.text(), e.span(), e.span(), "name");
  }

  /** A quote of the given kind over {@code words}, with {@code cue} as its cue when not null. */
  private static QuoteMention quote(String text, String words, String kind, String cue, QuoteMention.Speaker speaker) {
    int at = text.indexOf(words);
    int c = cue == null ? -1 : text.indexOf(cue);
    return new QuoteMention(at, at + words.length(), words, kind, c < 0 ? null : new Span(c, c + cue.length()),
        speaker);
  }

  private static final String TEXT =
      "„Wir bauen weiter“, sagte Olaf Brenner von der Firma Kessler Werke am Montag.";
  private static final EntityMention PERSON = mention(TEXT, "Olaf Brenner", "PER");
  private static final EntityMention FIRM = mention(TEXT, "Kessler Werke", "ORG");

  /** The quote of {@link #TEXT} as rules would give it: to the firm, by its name. */
  private static QuoteMention firmQuote() {
    return quote(TEXT, "Wir bauen weiter", "sagte",
        byName(FIRM));
  }

  @Test
  void candidatesAreTheNamesAroundTheQuoteWithTheirPlaceAndTheRulesChoice() {
    SpeakerRanker.Context c = context(TEXT, List.of(PERSON, FIRM));
    QuoteMention q = firmQuote();

    List<SpeakerRanker.Candidate> cands = SpeakerRanker.candidates(c, List.of(q), 0, null);

    assertThat(cands).extracting(SpeakerRanker.Candidate::name).containsExactly("Olaf Brenner", "Kessler Werke");
    SpeakerRanker.Candidate brenner = cands.get(0);
    SpeakerRanker.Candidate kessler = cands.get(1);
    assertThat(brenner.rule()).isFalse();
    assertThat(brenner.features()).contains("t=PER", "c=after0-1", "hasAffiliation", "firstPerson&t=PER",
        "fullName", "q=after&k=direct");
    assertThat(kessler.rule()).isTrue();
    assertThat(kessler.features()).contains("rule", "rule&via=name", "affiliationOf&t=ORG");
  }

  @Test
  void aNameInsideTheDirectQuoteIsNoCandidate() {
    String text = "„Olaf Brenner baut weiter“, sagte Lea Kramm.";
    SpeakerRanker.Context c = context(text,
        List.of(mention(text, "Olaf Brenner", "PER"), mention(text, "Lea Kramm", "PER")));
    QuoteMention q = quote(text, "Olaf Brenner baut weiter", "sagte", null);

    // Where the rules named nobody, "nobody" stays a candidate.
    assertThat(SpeakerRanker.candidates(c, List.of(q), 0, null))
        .extracting(SpeakerRanker.Candidate::name).containsExactly("Lea Kramm", null);
  }

  @Test
  void thePreviousSpeakerIsACandidateEvenWhenNamedFarBefore() {
    String text = "„Wir bauen weiter“, sagte er.";
    SpeakerRanker.Context c = context(text, List.of());
    QuoteMention q = quote(text, "Wir bauen weiter", "sagte", null);

    List<SpeakerRanker.Candidate> cands = SpeakerRanker.candidates(c, List.of(q), 0, "Olaf Brenner");

    assertThat(cands).extracting(SpeakerRanker.Candidate::name).containsExactly("Olaf Brenner", null);
    assertThat(cands.get(0).features()).contains("previousOutside");
  }

  @Test
  void trainingLearnsWhichCandidateSpeaksAndRerankingFollowsIt() {
    SpeakerRanker.Context c = context(TEXT, List.of(PERSON, FIRM));
    QuoteMention q = firmQuote();
    List<SpeakerRanker.Candidate> cands = SpeakerRanker.candidates(c, List.of(q), 0, null);
    boolean[] brennerSpeaks = {true, false};
    SpeakerRanker model = SpeakerRanker.train(
        List.of(new SpeakerRanker.Example(cands, brennerSpeaks)), 0.01, 50);

    assertThat(model.score(cands.get(0))).isGreaterThan(model.score(cands.get(1)));
    List<QuoteMention> reranked = model.rerank(c, List.of(q));
    assertThat(reranked.get(0).speaker().name()).isEqualTo("Olaf Brenner");
    assertThat(reranked.get(0).speaker().via()).isEqualTo("ranked");
    assertThat(reranked.get(0).speaker().mention()).isEqualTo(PERSON.span());
    // The rules' speaker stays where the model is not sure enough.
    assertThat(model.rerank(c, List.of(q), 1.01).get(0).speaker().name()).isEqualTo("Kessler Werke");
    assertThat(SpeakerRanker.off().rerank(c, List.of(q)).get(0)).isSameAs(q);
  }

  @Test
  void speakersTheRulesResolvedThroughPronounsOrRolesAreKept() {
    SpeakerRanker.Context c = context(TEXT, List.of(PERSON, FIRM));
    QuoteMention.Speaker byRole = new QuoteMention.Speaker("Kessler Werke", FIRM.span(), null, "role");
    QuoteMention q = quote(TEXT, "Wir bauen weiter", "sagte", byRole);
    SpeakerRanker model = SpeakerRanker.of(Map.of("t=PER", 5.0));

    assertThat(model.rerank(c, List.of(q)).get(0).speaker()).isEqualTo(byRole);
    List<SpeakerRanker.Candidate> cands = SpeakerRanker.candidates(c, List.of(q), 0, null);
    assertThat(SpeakerRanker.overridable(byRole, cands, 0)).isFalse();
    assertThat(SpeakerRanker.overridable(null, cands, 0)).isTrue();
  }

  @Test
  void aPersonNamedByTheRulesIsNotReplacedByAnotherPerson() {
    String text = "„Wir bauen weiter“, sagte Olaf Brenner nach dem Treffen mit Lea Kramm.";
    EntityMention brenner = mention(text, "Olaf Brenner", "PER");
    EntityMention kramm = mention(text, "Lea Kramm", "PER");
    SpeakerRanker.Context c = context(text, List.of(brenner, kramm));
    QuoteMention.Speaker rule = byName(brenner);
    QuoteMention q = quote(text, "Wir bauen weiter", "sagte", rule);
    SpeakerRanker model = SpeakerRanker.of(Map.of("p=mit", 9.0));

    assertThat(model.rerank(c, List.of(q)).get(0).speaker()).isEqualTo(rule);
  }

  @Test
  void aRoleInABodyTheRulesLeftUnnamedMayBecomeThePersonButOtherDescriptionsStay() {
    String text = "Olaf Brenner führt den Verband seit Mai. „Wir bauen weiter“, sagte der Vorsitzende des Verbands.";
    EntityMention brenner = mention(text, "Olaf Brenner", "PER");
    SpeakerRanker.Context c = context(text, List.of(brenner));
    SpeakerRanker model = SpeakerRanker.of(Map.of("t=PER", 5.0));
    QuoteMention.Speaker role = new QuoteMention.Speaker("der Vorsitzende des Verbands", null,
        new Span(text.indexOf("der Vorsitzende"), text.length() - 1), "description");
    QuoteMention q = quote(text, "Wir bauen weiter", "sagte", role);

    assertThat(model.rerank(c, List.of(q)).get(0).speaker().name()).isEqualTo("Olaf Brenner");

    QuoteMention.Speaker minister = new QuoteMention.Speaker("der russische Minister", null, null, "description");
    QuoteMention other = quote(text, "Wir bauen weiter", "sagte", minister);
    assertThat(model.rerank(c, List.of(other)).get(0).speaker()).isEqualTo(minister);
    assertThat(SpeakerRanker.roleInBody("dem Präsidenten der Handelskammer")).isTrue();
    assertThat(SpeakerRanker.roleInBody("ein Sprecher des Amts")).isFalse();
    assertThat(SpeakerRanker.roleInBody("der Meteorologen")).isFalse();
  }

  @Test
  void weightsRoundTripThroughTheResourceFormat() throws Exception {
    StringWriter out = new StringWriter();
    SpeakerRanker.write(Map.of("rule", 1.25, "t=LOC", -0.5, "tiny", 0.00001), out, "test model");
    assertThat(out.toString()).isEqualTo("# test model\nrule\t1.2500\nt=LOC\t-0.5000\n");
  }

  @Test
  void theShippedModelLoads() {
    assertThat(SpeakerRanker.standard().active()).isTrue();
    assertThat(SpeakerRanker.standard().weights()).containsKey("rule");
  }

  @Test
  void hostileInputGivesNoCandidatesInsteadOfFailing() {
    SpeakerRanker.Context empty = new SpeakerRanker.Context("", List.of(), List.of(), List.of());
    QuoteMention q = new QuoteMention(0, 0, "", QuoteMention.DIRECT, null, null);
    assertThat(SpeakerRanker.candidates(empty, List.of(q), 0, null)).isEmpty();
    assertThat(SpeakerRanker.standard().rerank(empty, List.of(q))).containsExactly(q);
  }

  @Test
  void anOrganisationRightAtItsCueStaysEvenWhenTheModelPrefersAPerson() {
    String text = "Olaf Brenner hat gesagt, er komme, aber die Kessler Werke haben erklärt, dass sie warten.";
    EntityMention brenner = mention(text, "Olaf Brenner", "PER");
    EntityMention firm = mention(text, "Kessler Werke", "ORG");
    SpeakerRanker.Context c = context(text, List.of(brenner, firm));
    QuoteMention.Speaker rule = byName(firm);
    QuoteMention q = quote(text, "sie warten", QuoteMention.INDIRECT, "erklärt", rule);
    SpeakerRanker model = SpeakerRanker.of(Map.of("t=PER", 9.0));

    assertThat(model.rerank(c, List.of(q)).get(0).speaker()).isEqualTo(rule);
  }

  @Test
  void aPersonInAppositionAfterTheOrganisationTakesItsPlaceAndLaterQuotesFollow() {
    String text = "„Wir bauen weiter“, sagte der Chefvolkswirt der Kessler Werke, Olaf Brenner. „Und zwar bald.“";
    EntityMention firm = mention(text, "Kessler Werke", "ORG");
    EntityMention brenner = mention(text, "Olaf Brenner", "PER");
    SpeakerRanker.Context c = context(text, List.of(firm, brenner));
    QuoteMention.Speaker rule = byName(firm);
    QuoteMention first = quote(text, "Wir bauen weiter", "sagte", rule);
    QuoteMention second = quote(text, "Und zwar bald", QuoteMention.DIRECT, null,
        new QuoteMention.Speaker("Kessler Werke", firm.span(), null, "previous"));
    SpeakerRanker model = SpeakerRanker.of(Map.of("appositionAfterOrganisation", 9.0));

    List<QuoteMention> reranked = model.rerank(c, List.of(first, second));

    assertThat(reranked).extracting(r -> r.speaker().name()).containsExactly("Olaf Brenner", "Olaf Brenner");
    assertThat(reranked.get(1).speaker().via()).isEqualTo("ranked");
  }
}
