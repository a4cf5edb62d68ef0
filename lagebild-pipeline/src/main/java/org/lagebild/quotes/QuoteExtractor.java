package org.lagebild.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Locale;
import java.util.Set;
import org.lagebild.clean.AnalysisText;
import org.lagebild.clean.NoiseDetector;
import org.lagebild.entities.GermanEntityRefiner;
import org.lagebild.entities.PersonRole;
import org.lagebild.linguistics.LinguisticStage;
import org.lagebild.model.AnnotatedDocument;
import org.lagebild.model.EntityMention;
import org.lagebild.model.Layer;
import org.lagebild.model.Sentence;
import org.lagebild.model.Span;
import org.lagebild.model.Stage;
import org.lagebild.model.Token;

/**
 * Finds direct and reported speech in a German article and names its speakers.
 *
 * <p>Direct speech: paired quotation marks (see {@link GermanQuoteMarks}) attributed by a speech verb
 * after them ({@code „…“, sagte er}), before a colon ({@code erklärte X: „…“}), by the clause they sit
 * in (partial quotes: {@code drohte mit „massiven Konsequenzen“}), or standing alone after another
 * quote. Scare quotes and titles ({@code die sogenannten „Schutzschirme“}, {@code „Bild
 * Live“}) are short, capitalised and unattributed, and are left out.
 *
 * <p>Reported speech: a speech verb with its clause ({@code X sagte, es sei …}, {@code …, betonte X}),
 * {@code so X}, {@code laut X}, {@code nach Angaben von X}, {@code X zufolge}, and subjunctive (Konjunktiv
 * I) sentences that continue the previous speaker's report without a verb.
 *
 * <p>Speakers: a name in the speaker phrase, a pronoun or role phrase resolved to the previous speaker
 * (or to the name the role was given before), or an unnamed speaker kept with its description.
 */
public final class QuoteExtractor implements Stage {

  /** The quotes of one article, in text order. */
  public static final Layer<List<QuoteMention>> QUOTES = Layer.of("quotes");

  /** A pronoun or role phrase refers back at most this many units (sentences). */
  private static final int REFERENCE_WINDOW = 4;
  /** A line up to this long that ends with a quote can be a heading. */
  private static final int HEADING_CHARS = 120;
  /** A person named within a sentence's first tokens is its subject ("Der US-Minister Olaf Brenner reiste": 5). */
  private static final int SUBJECT_TOKENS = 5;
  /**
   * A subjunctive sentence continues a report made at most this many units before: three sentences of narration
   * may come between (a speaker's figures, the outlet's background) before the report goes on.
   */
  private static final int CONTINUATION_WINDOW = 4;
  /** Direct quotes covering this share of a reported clause make it a quote, not a report. */
  private static final double QUOTED_SHARE = 0.66;

  private final GermanSpeechVerbs verbs = GermanSpeechVerbs.standard();
  private final SpeakerRanker ranker;
  private final ReportContinuation continuation;

  /**
   * The rules followed by the shipped speaker model ({@link SpeakerRanker#standard()}) and the shipped
   * continuation model ({@link ReportContinuation#standard()}, off unless its resource switches it on).
   */
  public QuoteExtractor() {
    this(SpeakerRanker.standard(), ReportContinuation.standard());
  }

  /**
   * The rules followed by this speaker model ({@link SpeakerRanker#off()}: the rules' speakers alone), without
   * the continuation model.
   */
  public QuoteExtractor(SpeakerRanker ranker) {
    this(ranker, ReportContinuation.off());
  }

  /** The rules followed by this speaker model, then this continuation model. */
  public QuoteExtractor(SpeakerRanker ranker, ReportContinuation continuation) {
    this.ranker = Objects.requireNonNull(ranker, "ranker");
    this.continuation = Objects.requireNonNull(continuation, "continuation");
  }

  @Override
  public String name() {
    return "quotes";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(NoiseDetector.NOISE, LinguisticStage.SENTENCES, LinguisticStage.TOKENS,
        LinguisticStage.ENTITIES);
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(QUOTES);
  }

  @Override
  public AnnotatedDocument process(AnnotatedDocument document) {
    String text = withoutBracketedParagraphs(
        AnalysisText.masked(document.text(), document.get(NoiseDetector.NOISE)));
    List<QuoteMention> quotes =
        new Extraction(
                verbs,
                document.text(),
                text,
                valid(document.get(LinguisticStage.TOKENS), text),
                document.get(LinguisticStage.SENTENCES),
                document.has(GermanEntityRefiner.ENTITIES)
                    ? document.get(GermanEntityRefiner.ENTITIES)
                    : document.get(LinguisticStage.ENTITIES),
                document.getOrDefault(GermanEntityRefiner.ROLES, List.of()))
            .run();
    if (ranker.active() && !quotes.isEmpty()) {
      // The model's view of the article is built only where there are quotes to decide.
      quotes = ranker.rerank(SpeakerRanker.Context.of(document), quotes);
    }
    if (continuation.active() && !quotes.isEmpty()) {
      // Sentences no quote covers that continue the report before them (a learned step, off unless shipped on).
      quotes = continuation.extend(ReportContinuation.Context.of(document), quotes);
    }
    quotes = SpeakerNames.nominative(document.text(), document.get(LinguisticStage.TOKENS), quotes);
    return document.with(QUOTES, List.copyOf(quotes));
  }

  /**
   * "[Mehr zum Thema: …]", "[Wenn Sie … unsere App …]": a paragraph wholly in square brackets is an
   * editorial insert (links, promotion), never reporting; blanked like debris, offsets kept.
   */
  static String withoutBracketedParagraphs(String text) {
    StringBuilder out = null;
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      int a = start;
      int b = end;
      while (a < b && Character.isWhitespace(text.charAt(a))) {
        a++;
      }
      while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
        b--;
      }
      if (b - a >= 2 && text.charAt(a) == '[' && text.charAt(b - 1) == ']') {
        if (out == null) {
          out = new StringBuilder(text);
        }
        for (int k = a; k < b; k++) {
          out.setCharAt(k, ' ');
        }
      }
      start = end + 1;
    }
    return out == null ? text : out.toString();
  }

  /**
   * Tokens inside the text, in order, with punctuation the tokenizer left out added as one-character
   * tokens: the clause rules look for commas and colons among the tokens.
   */
  private static List<Token> valid(List<Token> tokens, String text) {
    int length = text.length();
    List<Token> sorted = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      if (t.end() <= length && t.end() > t.start() && !text.substring(t.start(), t.end()).isBlank()) {
        sorted.add(t);
      }
    }
    sorted.sort(Comparator.comparingInt(Token::start));
    List<Token> out = new ArrayList<>(sorted.size() * 2);
    int pos = 0;
    for (Token t : sorted) {
      if (t.start() < pos) {
        continue;
      }
      addPunctuation(out, text, pos, t.start(), t.sentence());
      out.add(t);
      pos = t.end();
    }
    addPunctuation(out, text, pos, length, out.isEmpty() ? 0 : out.get(out.size() - 1).sentence());
    return out;
  }

  private static void addPunctuation(List<Token> out, String text, int from, int to, int sentence) {
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (",;:.!?".indexOf(c) >= 0) {
        String s = String.valueOf(c);
        out.add(new Token(k, k + 1, s, "PUNCT", s, sentence));
      }
    }
  }

  /** A byline: "von", "Ein Kommentar von", "Autor:" and at most four capitalised words, alone in its paragraph. */
  static final java.util.regex.Pattern BYLINE = java.util.regex.Pattern.compile(
      "(?:(?:[Vv]on|[Ee]in(?:e)? (?:Kommentar|Gastbeitrag|Analyse|Beitrag) von|Autor(?:in)?:|Text:)\\s+)"
          + "\\p{Lu}[\\p{L}.'\\-]*(?:\\s+(?:\\p{Lu}[\\p{L}.'\\-]*|von|van|de|und)){0,4}");

  /** Forms of "halten" that with "für" give a judgement ("hält das für „…“"). */
  static final Set<String> HALTEN = Set.of("hält", "halten", "hielt", "hielten", "halte");

  /** Participles of assessing that take "als „…“" ("als „gering“ eingeschätzt"). */
  static final Set<String> ASSESSED =
      Set.of("eingeschätzt", "eingestuft", "bewertet", "gewertet", "bezeichnet", "beschrieben", "angesehen",
          "betrachtet", "kritisiert");

  /** Forms of "finden" that give an opinion when they frame a clause. */
  static final Set<String> OPINION_VERBS = Set.of("findet", "finden", "fand", "fanden", "finde");

  /** Forms of "zeigen": a speech verb only with an evidence noun as its subject. */
  static final Set<String> SHOW_VERBS = Set.of("zeigt", "zeigte", "zeigten", "zeigen", "zeige", "gezeigt");

  /** Nouns naming studies and data ("Studie", "Untersuchungen", "Berechnungen", "Umfrage", "Zahlen"). */
  static final List<String> EVIDENCE_WORDS =
      List.of("studie", "untersuchung", "umfrage", "daten", "berechnung", "erhebung", "analyse", "statistik",
          "auswertung", "befragung", "zahlen", "modellrechnung", "experiment", "messung");

  /** Nouns of texts that report, besides {@link #EVIDENCE_WORDS}, after which "Danach" names them as the source. */
  static final List<String> EVIDENCE_DOCUMENTS =
      List.of("bericht", "gutachten", "papier", "prognose", "schätzung", "studie", "umfrage", "bilanz", "mitteilung",
          "analyse", "erhebung", "auswertung", "statistik", "befragung", "untersuchung");

  /** Forms of "melden": a speech verb only in "Das meldete X" after the sentence it reports. */
  static final Set<String> NEWS_VERBS = Set.of("meldet", "meldete", "meldeten", "melden");

  /** Ends of words that name a newspaper or a news agency ("der Rheinischen Post", "der Bild-Zeitung"). */
  static final List<String> MEDIA_WORDS =
      List.of("zeitung", "post", "presse", "rundschau", "allgemeinen", "zeitschrift", "nachrichtenagentur",
          "illustrierten", "mediengruppe");

  /** Members of a party named by the party ("der Republikaner", "der Sozialdemokrat"): persons, not bodies. */
  static final Set<String> PARTY_MEMBERS =
      Set.of("republikaner", "demokrat", "sozialdemokrat", "christdemokrat", "freidemokrat", "christsoziale",
          "liberale", "grüne", "linke", "konservative", "sozialist", "kommunist", "tory");

  /** Ends of nouns that name a body, not a person ("die Ärztekammer", "der Landesverband", "das Gesundheitsamt"). */
  static final List<String> INSTITUTION_HEADS =
      List.of("kamm", "verband", "amt", "ministeri", "ministerium", "regierung", "gericht", "institut", "partei", "behörd",
          "polizei", "stell", "kommission", "verein", "gewerkschaft", "kass", "konzern", "unternehm",
          "agentur", "zeitung", "blatt", "send", "studi", "umfrag", "bericht", "organisation", "vereinigung",
          "fraktion", "senat", "rathaus", "klinik", "krankenhaus", "universität", "schul", "kirch",
          "stiftung", "gesellschaft", "zentrum", "bund", "gremium", "ausschuss", "konferenz", "kabinett",
          "verwaltung", "präsidium", "botschaft", "vertretung", "firma", "bank", "grupp", "netzwerk");

  /**
   * Words right before a quote that make it the title of a work ("das Enthüllungsbuch „…“", "erschien „…“") or
   * the name of an organisation ("die Hilfsorganisation „…“").
   */
  static final List<String> WORK_WORDS =
      List.of("buch", "bücher", "film", "titel", "überschrift", "roman", "dokumentation", "broschüre",
          "ausgabe", "kapitel", "erschien", "erscheint", "schlagzeile", "sendung", "song", "album", "-aktuell",
          "kolumne", "rubrik", "podcast", "organisation", "verein", "initiative", "bündnis", "netzwerk",
          "bewegung", "stiftung", "kampagne");

  /** Endings of nouns that name people ("Sprecher", "Ministerin", "Präsident", "Beamte", "Virologe", "Chef"). */
  static final List<String> PERSON_ENDINGS =
      List.of("er", "erin", "in", "innen", "ent", "enten", "ant", "anten", "eur", "ist", "isten", "or", "oren",
          "te", "ten", "chef", "loge", "logen", "at", "aten", "ar", "are", "mann", "leute", "frau", "e", "en");

  /** Endings of nouns that name things, acts or states, never people. */
  static final List<String> NON_PERSON_ENDINGS =
      List.of("ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "ion", "ionen", "tät",
          "täten", "nis", "nisse", "ment", "um", "tum", "ismus", "ik", "ie", "ien", "tur", "turen");

  /** Forms of "zitieren": the one quoted, the verb's object, speaks. */
  static final Set<String> QUOTING = Set.of("zitiert", "zitierte", "zitierten", "zitieren");

  /** Determiners of a singular masculine accusative or a possessive, which open the object of "zitieren". */
  static final Set<String> ACCUSATIVE_OBJECTS = Set.of("den", "einen", "dessen", "deren", "seinen", "ihren");

  /** Pronouns that open a clause as its subject, before a verb the tagger may take for a noun. */
  static final Set<String> DEMONSTRATIVE_SUBJECTS =
      Set.of("das", "dies", "dieses", "es", "er", "sie", "man", "wir", "ihr", "diese", "dieser");

  /** Demonstratives: alone they take up a thing ("Diesen Vorschlag äußerte …"), never a speaker. */
  static final Set<String> DEMONSTRATIVES =
      Set.of("dies", "diese", "dieser", "diesen", "diesem", "dieses", "jene", "jener", "jenen", "jenem", "jenes");

  /** Endings of nouns that name a thing, act or state a speaker phrase cannot have as its head. */
  static final List<String> THING_ENDINGS =
      List.of("ung", "ungen", "heit", "heiten", "keit", "keiten", "nis", "nisse", "ismus", "schaft");

  /** Nouns with such an ending that name a group of people ("Parteiführung", "Mehrheit"). */
  static final List<String> COLLECTIVES =
      List.of("führung", "leitung", "bewegung", "versammlung", "mehrheit", "minderheit", "bündnis", "öffentlichkeit",
          "wirtschaft", "wissenschaft", "anwaltschaft", "mannschaft", "ärzteschaft", "lehrerschaft", "bürgerschaft",
          "genossenschaft", "körperschaft", "elternschaft", "belegschaft", "gemeinschaft", "landsmannschaft");

  /** Such nouns that name a text, which speaks where nobody else is named ("laut der Allgemeinverfügung"). */
  static final List<String> DOCUMENTS =
      List.of("verfügung", "verfügungen", "erhebung", "erhebungen", "mitteilung", "erklärung", "verordnung",
          "stellungnahme", "untersuchung", "untersuchungen", "befragung", "auswertung", "meldung", "meldungen",
          "schätzung", "schätzungen", "berechnung", "berechnungen", "zählung", "veröffentlichung", "zeitung");

  /** Documents through which a body speaks ("laut dem Bericht", "einer Studie des Instituts zufolge"). */
  static final Set<String> SOURCE_DOCUMENTS =
      Set.of("bericht", "berichten", "berichte", "berichts", "berichtes", "studie", "studien", "mitteilung",
          "pressemitteilung", "erklärung", "umfrage", "berechnung", "berechnungen", "schätzung", "schätzungen",
          "auswertung", "untersuchung", "analyse", "papier", "vorschlag", "entwurf", "meldung", "meldungen",
          "statistik", "prognose", "gutachten", "stellungnahme");

  /**
   * Endings of masculine role nouns whose feminine adds "-in" ("Minister"/"Ministerin", "Diplomat"/"Diplomatin",
   * "Präsident"/"Präsidentin"), to tell which person a role phrase or "er"/"sie" can take up.
   */
  static final List<String> TITLE_ENDINGS =
      List.of("minister", "kanzler", "präsident", "diplomat", "sprecher", "politiker", "direktor", "vorsitzender",
          "chef", "leiter", "sekretär", "bürgermeister", "abgeordneter", "botschafter", "beamter", "experte",
          "professor", "forscher", "wissenschaftler", "virologe", "arzt", "anwalt", "richter", "trainer", "autor",
          "journalist", "aktivist", "kandidat", "gouverneur", "senator", "kommissar", "ökonom", "unternehmer");

  /** Determiners that open a genitive attribute after a noun ("im Rahmen einer Studie"). */
  static final Set<String> GENITIVE_DETERMINERS = Set.of("der", "des", "einer", "eines");

  /** Prepositions: a noun phrase after one is no subject. */
  static final Set<String> PREPOSITIONS =
      Set.of("in", "im", "am", "an", "auf", "aus", "bei", "beim", "mit", "nach", "von", "vom", "vor", "zu",
          "zum", "zur", "über", "unter", "für", "gegen", "um", "durch", "seit", "während", "wegen", "trotz",
          "ohne", "bis", "gegenüber", "hinter", "neben", "zwischen");

  /** Part-of-speech tags of capitalised words that open no speaker phrase ("Leider", "Angesichts", "Denn"). */
  static final Set<String> NO_PHRASE_TAGS = Set.of("ADV", "ADP", "SCONJ", "CCONJ", "PART");

  /** Relative pronouns: a speech verb closing a relative clause reports nothing after it. */
  static final Set<String> RELATIVES =
      Set.of("der", "die", "das", "dem", "den", "deren", "dessen", "denen", "welche", "welcher", "welches");

  /** "welchem", "welcher": relative pronouns that open no main clause, after a comma or a preposition. */
  static final Set<String> OPEN_RELATIVES = Set.of("welchem", "welcher", "welchen", "welche", "welches");

  /** Forms of "sprechen", which frame a quote after "von" ("sprach von einer „Zumutung“"). */
  static final Set<String> SPRECHEN = Set.of("sprach", "sprachen", "spricht", "sprechen", "gesprochen", "spreche");

  /** Determiners that are not skipped before a named quote. */
  static final Set<String> INDEFINITE_PLURAL = Set.of("zwei", "drei", "mehrere", "viele", "einige", "andere", "weitere", "kein", "keine");

  /** Words that join two main clauses, each with its own subject. */
  static final Set<String> COORDINATORS = Set.of("und", "aber", "doch", "sondern", "oder");

  /** Finite auxiliaries and modals that leave the main verb to the end of the clause. */
  static final Set<String> AUXILIARIES = Set.of("wird", "werde", "würde", "werden", "würden", "hat", "habe", "hatte",
      "hätte", "haben", "hatten", "hätten", "will", "wolle", "wollte", "soll", "solle", "sollte", "kann", "könne",
      "konnte", "könnte", "muss", "müsse", "musste", "müsste", "möchte", "darf", "dürfe");

  /** Adverbs that stand right after a second verb of a sentence that has no subject of its own. */
  static final Set<String> SUBJECTLESS_ADVERBS = Set.of("aber", "jedoch", "allerdings", "zugleich", "gleichzeitig");

  /** Coordinators that open a main clause of their own after a comma. */
  static final Set<String> CLAUSE_COORDINATORS = Set.of("und", "aber", "doch", "sondern", "oder", "denn", "jedoch");

  /** Words that never start or continue a speaker phrase. */
  static final Set<String> FUNCTION_WORDS =
      Set.of("in", "im", "am", "an", "auf", "aus", "bei", "beim", "mit", "nach", "von", "vom", "vor",
          "zu", "zum", "zur", "über", "unter", "gegenüber", "für", "gegen", "um", "durch", "seit",
          "während", "wegen", "trotz", "ohne", "bis", "laut", "zufolge", "und", "oder", "aber", "doch",
          "denn", "sondern", "dass", "daß", "ob", "wenn", "als", "wie", "weil", "da", "nachdem",
          "bevor", "obwohl", "damit", "so", "auch", "jedoch", "zudem", "außerdem", "zuvor", "dennoch",
          "dabei", "danach", "darauf", "dazu", "daher", "deshalb", "gleichzeitig", "anschließend",
          "zunächst", "bereits", "schon", "noch", "nun", "jetzt", "heute", "gestern", "morgen",
          "weiter", "erneut", "nicht", "nur", "sehr", "etwa", "hier", "dort", "dann", "zuletzt",
          "indes", "allerdings", "ebenfalls", "inzwischen", "mittlerweile", "später", "früher",
          "seinerseits", "ihrerseits", "demnach", "offenbar", "bislang", "kürzlich", "ist", "sind",
          "war", "waren", "hat", "haben", "hatte", "hatten", "wird", "werden", "wurde", "wurden",
          "habe", "sei", "seien", "es", "man", "sich", "ihm", "ihr", "ihn", "uns", "wir", "ich",
          "du", "ihnen", "dies", "diese", "dieser", "dieses", "was", "wer", "wo", "welche", "welcher",
          "separat", "ebenso", "deutlich", "klar", "mehrfach", "wiederholt", "ausdrücklich", "angesichts",
          "aufgrund", "infolge", "anlässlich", "hinsichtlich", "bezüglich", "mithilfe", "innerhalb",
          "außerhalb", "statt", "entgegen", "gemäß", "leider", "weiterhin");

  static final Set<String> DETERMINERS =
      Set.of("der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem",
          "einen", "sein", "seine", "seiner", "seines", "ihr", "ihre", "ihrer", "ihres", "zwei",
          "drei", "mehrere", "viele", "einige", "andere", "weitere", "kein", "keine");

  static final Set<String> INDEFINITE =
      Set.of("ein", "eine", "einer", "eines", "einem", "einen", "zwei", "drei", "mehrere", "viele",
          "einige", "andere", "weitere");

  static final Set<String> PRONOUNS = Set.of("er", "sie");

  static final Set<String> UNAMBIGUOUS_RELATIVES =
      Set.of("denen", "deren", "dessen", "welche", "welcher", "welches", "welchem", "welchen");

  /** Words opening a sentence that take up the sentence before as what was said ("Das teilte X mit.", "So steht es …"). */
  static final Set<String> BACK_POINTERS = Set.of("das", "dies", "so", "darauf", "darüber", "davon");

  /** Prepositions that name the text after "steht es" ("auf der Eingangsseite", "in einem Aktenvermerk"). */
  static final Set<String> STANDS_PREPOSITIONS = Set.of("in", "im", "auf", "bei");

  /** Prepositions that name the document after "heißt es" ("in der Erklärung", "im Bericht"). */
  static final Set<String> SOURCE_PREPOSITIONS = Set.of("in", "im", "aus");

  /** Adverbs between a speech verb and its subject ("sagte auch X", "erklärte dagegen Y"). */
  static final Set<String> SENTENCE_ADVERBS =
      Set.of("auch", "zudem", "außerdem", "ebenfalls", "dagegen", "hingegen", "jedoch", "allerdings", "nun",
          "dann", "später", "zuvor", "erneut", "indes", "daraufhin", "darauf", "ferner", "wiederum", "gestern",
          "heute", "bereits", "schon", "hierzu", "dazu", "etwa", "jedenfalls", "übrigens", "damals", "jetzt");

  /** Auxiliaries of the passive ("wurde … hingewiesen"). */
  static final Set<String> PASSIVE_AUXILIARIES = Set.of("wird", "wurde", "werden", "wurden", "worden");

  /** Prepositions that name a passive's source ("von der Behörde", "bei einer Studie"). */
  static final Set<String> AGENT_PREPOSITIONS = Set.of("von", "vom", "bei", "beim", "seitens", "in", "im");

  /** Prepositions that name a passive's agent ("wurde vom Ministerium mitgeteilt"). */
  static final Set<String> PASSIVE_AGENTS = Set.of("von", "vom", "seitens", "durch");

  /** Definite articles and contracted prepositions before a quoted term ("der „…“", "am „…“"). */
  static final Set<String> TERM_ARTICLES =
      Set.of("der", "die", "das", "den", "dem", "des", "am", "im", "vom", "zum", "zur", "beim", "ins");

  static final Set<String> DEFINITE = Set.of("der", "die", "das", "den", "dem", "des");

  /** Stems of nouns that stand for whichever company the text has just named ("das Unternehmen"). */
  /** Nouns of a kind of body that take up the body named just before ("der Verband", "das Magazin"). */
  static final Set<String> BODY_KINDS =
      Set.of("verband", "agentur", "magazin", "zeitung", "blatt", "sender", "organisation", "institut", "behörde",
          "gewerkschaft", "verein", "kammer", "partei", "kommission", "stiftung", "gremium", "bündnis", "netzwerk",
          "portal", "nachrichtenagentur", "sendeanstalt", "rundfunkanstalt");

  static final Set<String> COMPANY_HEADS =
      Set.of("unternehm", "konzern", "firma", "kass", "krankenkass", "hersteller", "fluggesellschaft", "airlin");

  /** Feminine heads of outlets, which after "der" opening a sentence are a dative ("Der Zeitung sagte er"). */
  static final List<String> DATIVE_OUTLET_HEADS = List.of("zeitung", "zeitschrift", "agentur", "illustrierten");

  /** Stems ending a compound that names a person in a body ("Regierungschef", "Amtsleiter", "Hausarzt"). */
  static final List<String> PERSON_TAILS =
      List.of("chef", "sprech", "leit", "präsident", "direktor", "arzt", "ärzt", "vertret", "mitarbeit", "berat");

  /** Dative pronouns before "zufolge" ("Ihm zufolge"), taken up like "er" and "sie". */
  static final Set<String> DATIVE_PRONOUNS = Set.of("ihm", "ihr", "ihnen");

  /** An age used as a noun, the tokenizer keeping the hyphen ("68-Jährige", "45-Jährigen"). */
  static final java.util.regex.Pattern AGE_NOUN = java.util.regex.Pattern.compile("\\d{1,3}-J(ä|ae)hrig\\p{L}*");

  /** Lower-case name particles that open a surname ("sagte van Almsick", "so von der Leyen"). */
  static final Set<String> NAME_PARTICLES = Set.of("van", "von", "de", "di", "da", "del", "dos", "ten", "ter");

  /** Clause openers after a comma that start no reported clause. */
  static final Set<String> SUBORDINATORS =
      Set.of("wie", "als", "um", "wenn", "nachdem", "bevor", "während", "weil", "obwohl", "wo",
          "damit", "bis", "falls", "sofern", "sollte", "sobald", "seit", "seitdem", "indem", "ohne",
          "statt", "anstatt", "bei", "nach", "trotz", "angesichts", "ehe", "sodass");

  /** A short form in brackets right after a quote: " (GAL)", " (Galnor)". */
  static final java.util.regex.Pattern SHORT_FORM_AFTER = java.util.regex.Pattern.compile("\\s?\\((?:\\p{Lu}{2,}|\\p{Lu}\\p{L}{1,5})\\)");

  /** An abbreviation written with full stops ("K.Z.", "U.S."), a name rather than a sentence. */
  static final java.util.regex.Pattern ABBREVIATION = java.util.regex.Pattern.compile("(\\p{L}{1,3}\\.){2,}");

  /** Forms of naming verbs in "wie er … genannt wird" after a nickname. */
  static final Set<String> NAMING =
      Set.of("genannt", "tituliert", "getauft", "gerufen", "geschimpft", "nennt", "nennen", "nannte",
          "nannten", "tituliere", "titulieren", "tauften", "taufte");

  /** Nouns of saying whose content follows after a comma ("seine Ankündigung, …", "die Warnung, dass …"). */
  static final Set<String> NOUN_CUES = GermanSpeechVerbs.REPORT_NOUNS;

  /** Possessives that take up a speaker like a pronoun ("nach seiner Einschätzung", "aus ihrer Sicht"). */
  static final Set<String> POSSESSIVES =
      Set.of("seiner", "seinen", "seine", "seines", "ihrer", "ihren", "ihre", "ihres", "deren", "dessen");

  /** Relative adverbs that open a report of the noun or act before them ("…, demzufolge das Mittel … wirke"). */
  static final Set<String> REPORT_RELATIVES = Set.of("wonach", "demzufolge");

  /** Forms of "sein", the copula of an attitude adjective ("sind sich einig, dass …"). */
  static final Set<String> COPULAS =
      Set.of("ist", "sind", "war", "waren", "sei", "seien", "wäre", "wären", "bin", "bist", "seid", "gewesen");

  /** Verbs that with "sich" make an attitude adjective predicative ("zeigte sich besorgt", "gab sich zuversichtlich"). */
  static final Set<String> SELF_COPULA_LEMMAS = Set.of("zeigen", "geben", "äußern", "erklären");

  /** Words before a quote that mark it as a term rather than someone's words. */
  static final Set<String> TERM_MARKERS =
      Set.of("sogenannte", "sogenannten", "sogenannter", "sogenanntes", "sogenanntem", "genannte",
          "genannten", "begriff", "stichwort", "motto", "titel", "hashtag", "schlagwort", "slogan",
          "bezeichnung", "wort");

  /** Konjunktiv I forms that mark reported speech; more are recognised from lemma and form. */
  static final Set<String> SUBJUNCTIVE =
      Set.of("sei", "seien", "habe", "könne", "müsse", "dürfe", "solle", "wolle", "möge", "werde",
          "wisse", "gebe", "bleibe", "gehe", "stehe", "liege", "komme", "handele", "handle", "setze",
          "brauche", "gelte", "lasse", "verfüge", "plane", "wünsche", "erwarte", "hoffe");

  /** Verbs whose reported content is commonly an infinitive clause. */
  static final Set<String> APPEALS =
      Set.of("aufrufen", "appellieren", "fordern", "auffordern", "bitten", "ankündigen", "raten",
          "empfehlen", "verlangen", "mahnen", "warnen", "versprechen", "zusagen", "bekanntgeben", "vorwerfen",
          "vorschlagen", "drohen", "anregen", "drängen", "beschuldigen", "bestreiten", "behaupten", "leugnen",
          "zusichern", "versichern", "beteuern", "abstreiten", "verdächtigen");

  /** Pointers before a comma whose clause, also an infinitive, is the content of a stance ("plädiert dafür, … zu"). */
  static final Set<String> INFINITIVE_POINTERS = Set.of("dafür", "darauf", "dazu", "dagegen", "darum", "davon");

  /** Openers of an infinitive clause of purpose or manner ("um … zu", "ohne … zu"), which reports nothing. */
  static final Set<String> PURPOSE_OPENERS = Set.of("um", "ohne", "statt", "anstatt", "anstelle");

  /** Adjectives of resolve that frame an infinitive clause ("zeigten sich entschlossen, … zu besiegen"). */
  static final Set<String> INFINITIVE_ADJECTIVES = Set.of("entschlossen", "bereit", "gewillt", "fest entschlossen");

  /** Verbs stating a stance with a pointer before the clause ("setzt darauf, dass", "tritt dafür ein, … zu"). */
  static final Set<String> POINTER_STANCES =
      Set.of("setzen", "bauen", "vertrauen", "bestehen", "dringen", "eintreten", "einsetzen", "kämpfen", "hoffen",
          "plädieren", "werben", "pochen", "beharren", "setzt", "setzte", "setzten", "baut", "vertraut", "besteht",
          "bestand", "dringt", "drang", "kämpft", "plädiert", "plädierte");

  /** Verbs stating a feeling with "sich" before the clause ("sorgt sich, dass", "freut sich, dass"). */
  static final Set<String> REFLEXIVE_STANCES =
      Set.of("sorgen", "freuen", "ärgern", "wundern", "sorgt", "sorgte", "sorgten", "freut", "freute", "freuten",
          "ärgert", "ärgerte", "wundert", "wunderte");

  /** Attitude verbs of passing on news, which report also in an impersonal passive ("wurde gemeldet, dass"). */
  static final Set<String> NEWS_ATTITUDES =
      Set.of("melden", "vermelden", "informieren", "verbreiten", "enthüllen", "offenbaren", "verraten");

  /** Object pronouns between "so" with its verb and the speaker ("so erzählen es die Anwohner"). */
  static final Set<String> OBJECT_PRONOUNS = Set.of("es", "ihm", "ihr", "ihnen", "uns", "mir");

  /** Verbs of expecting and believing: in an impersonal passive ("es wird erwartet, dass") they report nobody's words. */
  static final Set<String> EXPECTATION_LEMMAS =
      Set.of("erwarten", "hoffen", "befürchten", "fürchten", "vermuten", "glauben", "annehmen", "schätzen",
          "einschätzen", "rechnen", "ausgehen", "spekulieren", "mutmaßen", "ahnen", "wissen", "wünschen", "wollen",
          "bezweifeln", "zweifeln");

  /** Verbs of asking: their reported question keeps its wh-word ("fragte, wie viele …"). */
  static final Set<String> QUESTION_LEMMAS = Set.of("fragen", "nachfragen");

  /** Words closing the phrase before a reported question ("verlangte zu wissen, wie …", "die Frage, ob …"). */
  static final Set<String> QUESTION_WORDS = Set.of("wissen", "erfahren", "frage", "fragen");

  /** Openers of a reported question. */
  static final Set<String> QUESTION_OPENERS =
      Set.of("wie", "wo", "wann", "warum", "weshalb", "wieso", "was", "wer", "wen", "wem", "welche", "welcher",
          "welches", "welchen", "ob", "woher", "wohin", "wozu", "womit");

  /** Modal infinitives that make an infinitive clause a report after any speech verb ("…, verzichten zu wollen"). */
  static final Set<String> MODAL_INFINITIVES = Set.of("wollen", "können", "müssen", "haben", "sein", "dürfen");

  /** Words placing a sentence in the past, so that a verb in -ten there is the past and not Konjunktiv II. */
  static final Set<String> PAST_TIME_WORDS =
      Set.of("gestern", "vorgestern", "damals", "zuvor", "bereits", "schon", "seinerzeit", "vergangenen", "vergangene",
          "vergangener", "letzten", "letzte", "letzter", "früher", "anfangs", "einst", "zunächst", "danach", "dann",
          "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november",
          "dezember", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "wochenende",
          "nachdem", "als", "wurden", "waren", "hatten");

  /** Modals whose past in -ten differs from their Konjunktiv II ("mussten", "müssten"). */
  static final Set<String> MODAL_LEMMAS_PAST = Set.of("müssen", "können", "dürfen", "mögen", "wollen", "sollen");

  /** Konjunktiv II forms that continue a report as well as Konjunktiv I does. */
  static final Set<String> SUBJUNCTIVE_TWO =
      Set.of("würde", "würden", "hätten", "müssten", "wären", "könnten", "sollten", "dürften", "käme", "kämen", "gäbe",
          "gäben", "läge", "lägen", "stünde", "stünden", "stände", "ständen", "hieße", "ließe", "wüsste", "wüssten",
          "bräuchte", "bräuchten");

  /** One attribution: the cue words and where the speaker phrase is looked for. */
  enum CueKind {
    VERB,
    SO,
    LAUT,
    NACH_ANGABEN,
    ZUFOLGE
  }

  record Cue(CueKind kind, int token, Span span) {}

  /** A speaker phrase: token range, inclusive. */
  record Phrase(int first, int last) {}

  /** The work for one document; not shared between threads. */
  private static final class Extraction {
    private final GermanSpeechVerbs verbs;
    /** The article text as written, for the words handed out. */
    private final String original;
    /** The text with debris blanked, for the analysis. */
    private final String text;
    private final List<Token> tokens;
    private final String[] lower;
    private final List<EntityMention> entities;
    /** Role phrases in front of person names ("Konzern-Sprecher" before a name), from the entity refiner. */
    private final List<PersonRole> roles;
    private final List<GermanQuoteMarks.Pair> pairs;
    private final int[] pairOfToken;
    private final List<Span> units;

    private QuoteMention.Speaker lastSpeaker;
    /** The speaker of a verb cue in the current unit that reported nothing. */
    private QuoteMention.Speaker pendingSpeaker;
    private int lastSpeakerUnit = Integer.MIN_VALUE / 2;
    /** Where the unit of the last speaker ends. */
    private int lastSpeakerEnd;
    /** Where the last attributed quote (or its cue) ends. */
    private int lastQuoteEnd;
    private final List<QuoteMention.Speaker> history = new ArrayList<>();

    Extraction(
        GermanSpeechVerbs verbs,
        String original,
        String text,
        List<Token> tokens,
        List<Sentence> sentences,
        List<EntityMention> entities,
        List<PersonRole> roles) {
      this.verbs = verbs;
      this.roles = roles;
      this.original = original;
      this.text = text;
      this.tokens = tokens;
      this.lower = new String[tokens.size()];
      for (int i = 0; i < tokens.size(); i++) {
        lower[i] = tokens.get(i).text().toLowerCase(Locale.ROOT);
      }
      List<EntityMention> ents = new ArrayList<>();
      for (EntityMention e : entities) {
        if (e.end() <= text.length() && e.end() > e.start()) {
          ents.add(e);
        }
      }
      ents.sort(Comparator.comparingInt(EntityMention::start));
      this.pairs = GermanQuoteMarks.find(text);
      this.pairOfToken = new int[tokens.size()];
      int p = 0;
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        while (p < pairs.size() && pairs.get(p).close() < t.start()) {
          p++;
        }
        pairOfToken[i] =
            p < pairs.size() && pairs.get(p).open() < t.start() && t.end() <= pairs.get(p).close()
                ? p
                : -1;
      }
      this.units = units(sentences);
      this.entities = withoutThingCompounds(joinedAtLineBreaks(withoutBylines(ents)));
    }

    /** "des harten Anna-Lockdowns": an article, with adjectives between, before the word; names take none. */
    private boolean afterArticle(EntityMention e) {
      for (int k = tokenBefore(e.start()); k >= 0 && k >= tokenBefore(e.start()) - 3; k--) {
        if (DEFINITE.contains(lower[k]) || INDEFINITE.contains(lower[k])) {
          return true;
        }
        String w = tokens.get(k).text();
        if (w.isEmpty() || !Character.isLowerCase(w.charAt(0)) || !isAdjectiveLike(lower[k])) {
          return false;
        }
      }
      return false;
    }

    /** "lockdowns" of "lockdown", "gipfel" of "gipfels": the same noun up to a case or plural ending. */
    private static boolean inflectionOfAny(String word, Set<String> nouns) {
      for (String n : nouns) {
        String shorter = n.length() <= word.length() ? n : word;
        String longer = n.length() <= word.length() ? word : n;
        if (shorter.length() >= 4 && longer.startsWith(shorter) && longer.length() - shorter.length() <= 2
            && longer.substring(shorter.length()).matches("e?[sn]?")) {
          return true;
        }
      }
      return false;
    }

    /**
     * "Anna-Lockdowns" tagged as a person: a hyphenated word whose last part the article also uses as a common
     * noun after an article ("den Lockdown") names a thing of that person, not the person.
     */
    private List<EntityMention> withoutThingCompounds(List<EntityMention> ents) {
      Set<String> commonNouns = new java.util.HashSet<>();
      for (int i = 1; i < tokens.size(); i++) {
        String w = tokens.get(i).text();
        if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && w.indexOf('-') < 0
            && (DEFINITE.contains(lower[i - 1]) || INDEFINITE.contains(lower[i - 1]))) {
          commonNouns.add(w.toLowerCase(Locale.ROOT));
        }
      }
      List<EntityMention> out = new ArrayList<>();
      for (EntityMention e : ents) {
        String t = e.text();
        int dash = t.lastIndexOf('-');
        if ("PER".equals(e.type()) && t.indexOf(' ') < 0 && dash > 0 && dash + 1 < t.length()
            && (inflectionOfAny(t.substring(dash + 1).toLowerCase(Locale.ROOT), commonNouns) || afterArticle(e))) {
          continue;
        }
        out.add(e);
      }
      return out;
    }

    /** "Erika\nMuster": a person's name broken over two lines by the page layout is one name. */
    private List<EntityMention> joinedAtLineBreaks(List<EntityMention> ents) {
      List<EntityMention> out = new ArrayList<>();
      for (EntityMention e : ents) {
        if (!out.isEmpty()) {
          EntityMention prev = out.get(out.size() - 1);
          if ("PER".equals(prev.type()) && "PER".equals(e.type()) && prev.end() < e.start()
              && prev.text().indexOf(' ') < 0 && prev.start() > 0 && text.charAt(prev.start() - 1) == ' '
              && text.substring(prev.end(), e.start()).matches("[ \\t]*\\n[ \\t]*")) {
            out.set(out.size() - 1,
                new EntityMention(prev.start(), e.end(), text.substring(prev.start(), e.end()), "PER"));
            continue;
          }
        }
        out.add(e);
      }
      return out;
    }

    /**
     * "von Olaf Brenner" on a line of its own is the author's byline: the author says nothing in the
     * article, so the name must not be taken up by a pronoun or a role phrase.
     */
    private List<EntityMention> withoutBylines(List<EntityMention> ents) {
      List<Span> bylines = new ArrayList<>();
      int lineStart = 0;
      while (lineStart < text.length()) {
        int lineEnd = text.indexOf('\n', lineStart);
        if (lineEnd < 0) {
          lineEnd = text.length();
        }
        if (lineEnd - lineStart < 60 && BYLINE.matcher(text.substring(lineStart, lineEnd).strip()).matches()) {
          bylines.add(new Span(lineStart, lineEnd));
        }
        lineStart = lineEnd + 1;
      }
      if (bylines.isEmpty()) {
        return ents;
      }
      List<EntityMention> out = new ArrayList<>();
      for (EntityMention e : ents) {
        boolean inByline = false;
        for (Span b : bylines) {
          inByline |= b.start() <= e.start() && e.end() <= b.end();
        }
        if (!inByline) {
          out.add(e);
        }
      }
      return out;
    }

    // ---- units: sentences joined where a quote runs over their boundary, split at paragraphs ----

    private List<Span> units(List<Sentence> sentences) {
      List<Span> sorted = new ArrayList<>();
      for (Sentence s : sentences) {
        if (s.end() <= text.length() && s.end() > s.start()) {
          sorted.add(s.span());
        }
      }
      sorted.sort(Comparator.naturalOrder());
      List<Span> merged = new ArrayList<>();
      for (Span s : sorted) {
        if (!merged.isEmpty()) {
          Span prev = merged.get(merged.size() - 1);
          if (s.start() < prev.end()) {
            merged.set(merged.size() - 1, new Span(prev.start(), Math.max(prev.end(), s.end())));
            continue;
          }
          if (insideQuote(prev.end(), s.start()) || startsWithClosingAttribution(s)) {
            merged.set(merged.size() - 1, new Span(prev.start(), s.end()));
            continue;
          }
        }
        merged.add(s);
      }
      List<Span> out = new ArrayList<>();
      for (Span s : merged) {
        int from = s.start();
        for (int k = s.start(); k < s.end(); k++) {
          if (text.charAt(k) == '\n' && paragraphBreak(k, s.end()) && !insideQuote(k, k + 1)) {
            addTrimmed(out, from, k);
            while (k < s.end() && Character.isWhitespace(text.charAt(k))) {
              k++;
            }
            from = k;
          }
        }
        addTrimmed(out, from, s.end());
      }
      return out;
    }

    private boolean paragraphBreak(int k, int limit) {
      for (int j = k + 1; j < limit; j++) {
        char c = text.charAt(j);
        if (c == '\n') {
          return true;
        }
        if (!Character.isWhitespace(c)) {
          return false;
        }
      }
      return false;
    }

    private void addTrimmed(List<Span> out, int from, int to) {
      while (from < to && Character.isWhitespace(text.charAt(from))) {
        from++;
      }
      while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
        to--;
      }
      if (to > from) {
        out.add(new Span(from, to));
      }
    }

    /** Whether the gap between two sentences lies inside a pair of quotation marks. */
    private boolean insideQuote(int boundaryEnd, int nextStart) {
      for (GermanQuoteMarks.Pair p : pairs) {
        if (p.open() < boundaryEnd && p.close() >= nextStart) {
          return true;
        }
        if (p.open() >= nextStart) {
          break;
        }
      }
      return false;
    }

    /** A sentence splitter may cut "„…“ | , sagte er." apart. */
    private boolean startsWithClosingAttribution(Span s) {
      int k = s.start();
      while (k < s.end() && !Character.isLetterOrDigit(text.charAt(k))) {
        if (text.charAt(k) == ',') {
          return true;
        }
        k++;
      }
      return false;
    }

    // ---- the pass over units ----

    List<QuoteMention> run() {
      List<QuoteMention> out = new ArrayList<>();
      int pairIndex = 0;
      int tokenIndex = 0;
      for (int u = 0; u < units.size(); u++) {
        Span unit = units.get(u);
        int firstToken = tokenIndex;
        while (firstToken < tokens.size() && tokens.get(firstToken).start() < unit.start()) {
          firstToken++;
        }
        int endToken = firstToken;
        while (endToken < tokens.size() && tokens.get(endToken).end() <= unit.end()) {
          endToken++;
        }
        tokenIndex = endToken;
        List<GermanQuoteMarks.Pair> unitPairs = new ArrayList<>();
        while (pairIndex < pairs.size() && pairs.get(pairIndex).open() < unit.end()) {
          if (pairs.get(pairIndex).open() >= unit.start()) {
            unitPairs.add(pairs.get(pairIndex));
          }
          pairIndex++;
        }
        pendingSpeaker = null;
        List<QuoteMention> found = unit(u, unit, firstToken, endToken, unitPairs);
        if (found.isEmpty() && u > 0) {
          QuoteMention before = reportedBefore(u, firstToken, endToken, out);
          if (before != null) {
            out.add(before);
            pendingSpeaker = null;
            lastSpeaker = before.speaker();
            lastSpeakerUnit = u;
            lastSpeakerEnd = unit.end();
            lastQuoteEnd = unit.end();
            history.add(before.speaker());
          }
        }
        found.sort(Comparator.comparingInt(QuoteMention::start));
        if (found.isEmpty() && pendingSpeaker != null) {
          // "Wieler warnte vor Engpässen. Es sei möglich, …": a cue without a clause opens a report.
          lastSpeaker = pendingSpeaker;
          lastSpeakerUnit = u;
          lastSpeakerEnd = unit.end();
          history.add(pendingSpeaker);
        }
        for (QuoteMention q : found) {
          out.add(q);
          if (q.speaker() != null) {
            lastSpeaker = q.speaker();
            lastSpeakerUnit = u;
            lastSpeakerEnd = unit.end();
            lastQuoteEnd = sentenceEnd(Math.max(q.end(), q.cue() == null ? 0 : q.cue().end()), unit.end());
            history.add(q.speaker());
          }
        }
      }
      return withHeadingSpeakers(out);
    }

    /**
     * "Fleischbetriebe müssen ihre Beschäftigten testen. Das teilte das Ministerium mit.": a sentence opening
     * with "Das"/"Dies" and a speech verb reports the sentence before it, if no quote was found there.
     */
    private QuoteMention reportedBefore(int u, int from, int to, List<QuoteMention> out) {
      if (to - from < 3 || !BACK_POINTERS.contains(lower[from])
          || !Character.isUpperCase(tokens.get(from).text().charAt(0)) || pairOfToken[from + 1] >= 0) {
        return null;
      }
      Cue cue = cueAt(from + 1, from, to);
      if (cue == null && AUXILIARIES.contains(lower[from + 1])) {
        // "Das hat X in ihrem Podcast verkündet", "Darauf haben die Entwickler hingewiesen: „…“": the participle
        // closing the clause is the cue.
        int last = clauseFinalWord(from + 1, to);
        Cue closing = last > from + 2 ? cueAt(last, from, to) : null;
        if (closing != null && closing.kind() == CueKind.VERB && !verbs.readings(lower[last]).isEmpty()) {
          cue = closing;
        }
      }
      boolean so = "so".equals(lower[from]);
      if (so && (cue == null || !("steht".equals(lower[cue.token()]) || "stand".equals(lower[cue.token()])))) {
        // "So steht es auf der Seite der Organisation" reports the sentence before; "So sagte er" is no back pointer.
        return null;
      }
      if (!so && !"das".equals(lower[from]) && !"dies".equals(lower[from]) && (cue == null || cue.token() == from + 1)) {
        // "Darauf" and "Darüber" point back only with the verb closing the clause ("Darauf hat X hingewiesen").
        return null;
      }
      if (cue == null && NEWS_VERBS.contains(lower[from + 1])) {
        // "Das meldete die Gesellschaft am Montag.": "melden" reports only in this shape, not in "sich melden".
        cue = new Cue(CueKind.VERB, from + 1, tokens.get(from + 1).span());
      }
      if (cue == null || cue.kind() != CueKind.VERB || lower[from + 1].equals("heißt") || lower[from + 1].equals("hieß")) {
        return null;
      }
      Span previous = units.get(u - 1);
      for (QuoteMention q : out) {
        if (q.end() > previous.start() && q.start() < previous.end()) {
          return null;
        }
      }
      unitSpeaker = null;
      QuoteMention.Speaker speaker = speakerFor(cue, from, to, u);
      Span content = trim(previous.start(), previous.end());
      if (speaker == null || content == null || content.of(text).split("\\s+").length < 4) {
        return null;
      }
      return new QuoteMention(content.start(), content.end(), content.of(original), QuoteMention.INDIRECT,
          cue.span(), speaker);
    }

    /**
     * A heading quote ("In Lindenau: „Wir lassen uns nicht spalten“") names no speaker; it repeats
     * words the article attributes further down, so it takes the speaker of the first later quote that
     * contains its words.
     */
    private List<QuoteMention> withHeadingSpeakers(List<QuoteMention> quotes) {
      List<QuoteMention> result = new ArrayList<>(quotes);
      for (int i = 0; i < result.size(); i++) {
        QuoteMention q = result.get(i);
        if (q.speaker() != null || !QuoteMention.DIRECT.equals(q.kind())) {
          continue;
        }
        String words = q.text().strip();
        for (int j = i + 1; j < result.size() && words.length() >= 10; j++) {
          QuoteMention later = result.get(j);
          if (later.speaker() != null && later.text().contains(words)) {
            result.set(i, new QuoteMention(q.start(), q.end(), q.text(), q.kind(), q.cue(),
                new QuoteMention.Speaker(later.speaker().name(), later.speaker().mention(),
                    null, "repeated")));
            break;
          }
        }
      }
      return result;
    }

    /** A quote that fills its line: only blanks between it and the line breaks around it. */
    private boolean lineOfItsOwn(GermanQuoteMarks.Pair pair) {
      int lineStart = text.lastIndexOf('\n', pair.open()) + 1;
      int lineEnd = text.indexOf('\n', pair.close());
      lineEnd = lineEnd < 0 ? text.length() : lineEnd;
      return lineStart > 0 && lineEnd < text.length() && text.substring(lineStart, pair.open()).isBlank()
          && text.substring(pair.close() + 1, lineEnd).isBlank();
    }

    /**
     * Whether a quote stands in a heading line: a short paragraph of its own that ends with the
     * quote, without a full stop inside the marks ("In Lindenau: „Wir lassen uns nicht spalten“").
     * Such a line introduces what follows, so it does not take the previous speaker.
     */
    private boolean headingLine(Span unit, GermanQuoteMarks.Pair pair) {
      int lineStart = text.lastIndexOf('\n', unit.start() - 1) + 1;
      int lineEnd = text.indexOf('\n', unit.end());
      lineEnd = lineEnd < 0 ? text.length() : lineEnd;
      if (lineEnd - lineStart > HEADING_CHARS || !text.substring(lineStart, unit.start()).isBlank()
          || !text.substring(unit.end(), lineEnd).isBlank()) {
        return false;
      }
      if (text.substring(pair.close() + 1, unit.end()).strip().length() > 0) {
        return false;
      }
      int last = pair.contentEnd() - 1;
      while (last > pair.contentStart() && Character.isWhitespace(text.charAt(last))) {
        last--;
      }
      return last > pair.contentStart() && ".!?…".indexOf(text.charAt(last)) < 0;
    }

    private List<QuoteMention> unit(
        int u, Span unit, int from, int to, List<GermanQuoteMarks.Pair> unitPairs) {
      unitSpeaker = null;
      List<Cue> cues = new ArrayList<>();
      for (int i = from; i < to; i++) {
        if (pairOfToken[i] < 0) {
          Cue c = cueAt(i, from, to);
          if (c != null && !(c.kind() == CueKind.VERB && negated(i, from))) {
            cues.add(c);
          }
        }
      }
      List<Cue> framed = List.copyOf(cues);
      // "gehen die Sprecher des Verbands nach Darstellung der Agentur davon aus, dass …": a source phrase inside the
      // clause of a speech verb names the channel; the verb's subject speaks.
      cues.removeIf(c -> (c.kind() == CueKind.NACH_ANGABEN || c.kind() == CueKind.LAUT)
          && framed.stream().anyMatch(v -> v.kind() == CueKind.VERB
          && !verbs.readings(lower[v.token()]).isEmpty() && sameClause(v.token(), c.token())
          && (v.token() > from && ",".equals(lower[v.token() - 1]) || opensClauseOrQuote(v.token(), to))));
      // "Der Verband teilte mit, er wolle, dass …": an attitude verb inside the clause a speech verb reports is part of
      // that report, not a cue of its own.
      cues.removeIf(a -> a.kind() == CueKind.VERB && verbs.readings(lower[a.token()]).isEmpty()
          && framed.stream().anyMatch(v -> v.kind() == CueKind.VERB && v.token() < a.token()
              && !verbs.readings(lower[v.token()]).isEmpty() && commasBetween(v.token(), a.token()) == 1));
      for (Cue c : cues) {
        if (speakerFor(c, from, to, u) != null) {
          break;
        }
      }
      List<QuoteMention> out = new ArrayList<>();
      List<Cue> consumed = new ArrayList<>();
      QuoteMention previousDirect = null;
      Cue previousPostposed = null;
      boolean narrationEmpty = narrationEmpty(from, to);
      for (GermanQuoteMarks.Pair pair : unitPairs) {
        int words = wordsInside(pair);
        if (words == 0) {
          continue;
        }
        String content = GermanQuoteMarks.contentText(original, pair);
        if (headingParagraph(unit, pair)) {
          // "In Wien: Minister erwartet „klare Antwort“" as a paragraph of its own: a heading that quotes,
          // which the text below says in full; not speech of its own.
          continue;
        }
        Cue post = postposedCue(pair, to, cues);
        if (post != null && isTerm(pair, words, content) && !closedByComma(pair)) {
          post = null;
        }
        QuoteMention.Speaker speaker = null;
        Cue used = null;
        boolean speech = false;
        if (post != null) {
          used = post;
          speaker = speakerFor(post, from, to, u);
          speech = true;
          previousPostposed = post;
        } else if (charBeforeIs(pair.open(), ':') && colonCue(pair, from, cues) != null) {
          used = colonCue(pair, from, cues);
          speaker = speakerFor(used, from, to, u);
          speech = true;
        } else if (charBeforeIs(pair.open(), ',') && previousDirect != null && previousPostposed != null) {
          used = previousPostposed;
          speaker = previousDirect.speaker();
          speech = true;
        } else if (namedAs(pair, from, cues) != null) {
          // "nannte den Plan „völlig verfehlt“", "sprach von einer „Zumutung“".
          used = namedAs(pair, from, cues);
          speaker = speakerFor(used, from, to, u);
          speech = true;
        } else if (assessedAs(pair, to)) {
          // "Die Gefahr wird als „vergleichsweise gering“ eingeschätzt": the assessment of whoever reports here.
          speaker = recent(u) ? carried(lastSpeaker) : null;
          speech = true;
        } else if (isTerm(pair, words, content)) {
          speech = false;
        } else if (charBeforeIs(pair.open(), ':') && unattributed(pair, from) != null) {
          // "Darauf Kowalski: „…“" after another cue in the sentence: the colon's person, not that cue.
          speaker = unattributed(pair, from);
          speech = true;
        } else if (!cues.isEmpty() && !titleShaped(pair, content) && !lineOfItsOwn(pair)) {
          // A title ("COMPACT-Aktuell „Corona – Was …“") or a quote standing as a heading line takes no cue
          // from elsewhere in the unit.
          used = nearestCue(cues, pair);
          speaker = speakerFor(used, from, to, u);
          speech = true;
        } else if (narrationEmpty && words >= 3) {
          speaker = recent(u) ? carried(lastSpeaker) : null;
          speech = true;
        } else if (predicateFragment(pair, words, content)) {
          // "Die Krise werde das Geschäft „ein Jahr beeinträchtigen“": a quoted piece of a predicate is somebody's
          // wording, never a name or a term; with no cue in the unit it is the last speaker's.
          speaker = recent(u) ? carried(lastSpeaker) : null;
          speech = true;
        } else if (words >= 5 && !titleShaped(pair, content)) {
          speech = true;
        }
        if (!speech) {
          continue;
        }
        if (speaker == null && used != null && refused && recent(u)) {
          // "Sonst drohe die härteste aller Strafen: „…“": the cue's phrase cannot speak, the speaker goes on.
          speaker = carried(lastSpeaker);
        }
        if (speaker == null && used == null) {
          speaker = unattributed(pair, from);
          if (speaker == null && recent(u) && !headingLine(unit, pair)) {
            speaker = carried(lastSpeaker);
          }
        }
        if (used != null && used != post) {
          consumed.add(used);
        } else if (used != null) {
          consumed.add(used);
        }
        QuoteMention q =
            new QuoteMention(pair.contentStart(), pair.contentEnd(), content, QuoteMention.DIRECT,
                used == null ? null : used.span(), speaker);
        out.add(q);
        previousDirect = q;
      }
      reported(u, unit, from, to, cues, consumed, out);
      return out;
    }

    /**
     * A quote named as someone's words by "als" after a speech verb ("nannte die Lage „dramatisch“") or by
     * "von" after "sprechen" ("sprach von einer „Zumutung“"): the cue that frames it, or null.
     */
    /** "als „…“ eingeschätzt": a quote between "als" and a participle of assessing. */
    /**
     * A heading line ({@link #headingLine}) set off by blank lines before and after it: a heading or
     * teaser that quotes the text below, not a line of running text.
     */
    private boolean headingParagraph(Span unit, GermanQuoteMarks.Pair pair) {
      if (!headingLine(unit, pair)) {
        return false;
      }
      int lineStart = text.lastIndexOf('\n', unit.start() - 1) + 1;
      int lineEnd = text.indexOf('\n', unit.end());
      if (lineStart > 0) {
        int previous = text.lastIndexOf('\n', lineStart - 2) + 1;
        if (!text.substring(previous, lineStart - 1).isBlank()) {
          return false;
        }
      }
      if (lineEnd >= 0) {
        int next = text.indexOf('\n', lineEnd + 1);
        return text.substring(lineEnd + 1, next < 0 ? text.length() : next).isBlank();
      }
      return true;
    }

    private boolean assessedAs(GermanQuoteMarks.Pair pair, int to) {
      int b = tokenBefore(pair.open());
      int a = tokenAtOrAfter(pair.close() + 1);
      return b >= 0 && "als".equals(lower[b]) && pairOfToken[b] < 0 && a >= 0 && a < to && pairOfToken[a] < 0
          && ASSESSED.contains(lower[a]);
    }

    private Cue namedAs(GermanQuoteMarks.Pair pair, int from, List<Cue> cues) {
      int b = tokenBefore(pair.open());
      while (b >= from && DETERMINERS.contains(lower[b]) && !INDEFINITE_PLURAL.contains(lower[b])) {
        b--;
      }
      if (b < from || pairOfToken[b] >= 0) {
        return null;
      }
      int before = tokenBefore(pair.open());
      if (before >= 0 && TERM_MARKERS.contains(lower[before])) {
        return null;
      }
      if ("als".equals(lower[b])) {
        Cue found = null;
        for (Cue c : cues) {
          if (c.kind() == CueKind.VERB && c.token() < b && c.token() >= from) {
            found = c;
          }
        }
        return found;
      }
      if ("für".equals(lower[b])) {
        // "Verfassungsrechtler halten das für „rundweg verfassungswidrig“": what someone holds a thing to be.
        for (int k = b - 1; k >= from && k >= b - 12; k--) {
          if (pairOfToken[k] >= 0 || ",;:".contains(lower[k])) {
            break;
          }
          if (HALTEN.contains(lower[k])) {
            return new Cue(CueKind.VERB, k, tokens.get(k).span());
          }
        }
      }
      if ("von".equals(lower[b])) {
        for (int k = b - 1; k >= from && k >= b - 12; k--) {
          if (pairOfToken[k] >= 0 || ",;:".contains(lower[k])) {
            break;
          }
          if (SPRECHEN.contains(lower[k])) {
            return new Cue(CueKind.VERB, k, tokens.get(k).span());
          }
        }
      }
      return null;
    }

    /** "Darauf Kowalski: „…“": a person named in the narration before the colon opens the quote. */
    private QuoteMention.Speaker unattributed(GermanQuoteMarks.Pair pair, int from) {
      if (!charBeforeIs(pair.open(), ':')) {
        return null;
      }
      int unitStart = tokens.get(from).start();
      for (GermanQuoteMarks.Pair p : pairs) {
        if (p.close() < pair.open() && p.close() >= unitStart) {
          unitStart = p.close() + 1;
        }
      }
      // "Muster daraufhin in Richtung Kowalski: „…“": the first person after the previous quote is the subject.
      EntityMention found = null;
      for (EntityMention e : entities) {
        if (e.start() >= pair.open()) {
          break;
        }
        if (e.start() >= unitStart && "PER".equals(e.type()) && pairAround(e.start()) < 0) {
          found = e;
          break;
        }
      }
      return found == null ? null
          : new QuoteMention.Speaker(text.substring(found.start(), found.end()), found.span(), found.span(), "name");
    }

    /**
     * Whether token k belongs to a name in quotation marks inside the narration ("der „Seepost“", "dem Dienst
     * „kna“", "die „Neue Abendpost“"): a mark or a word of a pair of at most four words without a sentence's end,
     * after an article or a capitalised noun.
     */
    private boolean nameInMarks(int k) {
      int p = pairOfToken[k];
      if (p < 0 && isQuoteMark(lower[k])) {
        int pos = tokens.get(k).start();
        for (int q = 0; q < pairs.size() && p < 0; q++) {
          if (pairs.get(q).open() == pos || pairs.get(q).close() == pos) {
            p = q;
          }
        }
      }
      if (p < 0) {
        return false;
      }
      GermanQuoteMarks.Pair pair = pairs.get(p);
      String content = text.substring(pair.contentStart(), pair.contentEnd()).strip();
      if (content.isEmpty() || wordsInside(pair) > 4 || content.matches(".*[.!?…]$") && !ABBREVIATION.matcher(content).matches()) {
        return false;
      }
      int before = tokenBefore(pair.open());
      return before >= 0 && tokens.get(before).end() >= pair.open() - 1
          && (DEFINITE.contains(lower[before]) || "NOUN".equals(tokens.get(before).pos())
              && Character.isUpperCase(tokens.get(before).text().charAt(0)));
    }

    private int pairAround(int pos) {
      for (int p = 0; p < pairs.size(); p++) {
        if (pairs.get(p).open() < pos && pos < pairs.get(p).close()) {
          return p;
        }
      }
      return -1;
    }

    private boolean recent(int u) {
      return lastSpeaker != null && u - lastSpeakerUnit <= REFERENCE_WINDOW;
    }

    private static QuoteMention.Speaker carried(QuoteMention.Speaker s) {
      return s == null ? null : new QuoteMention.Speaker(s.name(), s.mention(), null, "previous");
    }

    private int wordsInside(GermanQuoteMarks.Pair pair) {
      int words = 0;
      for (int k = pair.contentStart(); k < pair.contentEnd(); k++) {
        if (Character.isLetterOrDigit(text.charAt(k))
            && (k == pair.contentStart() || !Character.isLetterOrDigit(text.charAt(k - 1)))) {
          words++;
        }
      }
      return words;
    }

    private boolean narrationEmpty(int from, int to) {
      for (int i = from; i < to; i++) {
        if (pairOfToken[i] < 0 && isWord(i)) {
          return false;
        }
      }
      return true;
    }

    private boolean isWord(int i) {
      String s = tokens.get(i).text();
      for (int k = 0; k < s.length(); k++) {
        if (Character.isLetterOrDigit(s.charAt(k))) {
          return true;
        }
      }
      return false;
    }

    private boolean closedByComma(GermanQuoteMarks.Pair pair) {
      int k = pair.close() + 1;
      while (k < text.length() && Character.isWhitespace(text.charAt(k))) {
        k++;
      }
      return k < text.length() && text.charAt(k) == ',';
    }

    private boolean charBeforeIs(int pos, char wanted) {
      for (int k = pos - 1; k >= 0; k--) {
        char c = text.charAt(k);
        if (!Character.isWhitespace(c)) {
          return c == wanted;
        }
      }
      return false;
    }

    /**
     * "den „fränkischen Zaren“, wie er in der Presse tituliert wird": a quote followed by a "wie" clause that
     * names what someone is called is a nickname, not anyone's words.
     */
    private boolean nickname(GermanQuoteMarks.Pair pair) {
      if (!closedByComma(pair)) {
        return false;
      }
      int k = tokenAtOrAfter(pair.close() + 1);
      if (k < 0 || k + 1 >= tokens.size() || !",".equals(lower[k]) || !"wie".equals(lower[k + 1])) {
        return false;
      }
      for (int j = k + 2; j < tokens.size() && j <= k + 12; j++) {
        if (pairOfToken[j] >= 0 || ",;:.!?".contains(lower[j])) {
          return false;
        }
        if (NAMING.contains(lower[j])) {
          return true;
        }
      }
      return false;
    }

    /**
     * A quoted piece of a predicate: two to six words, written small, without a sentence's end, whose last
     * word is a verb or an auxiliary ("„ein Jahr beeinträchtigen“", "„nicht ausgeschlossen werden“"). Names, titles and terms
     * are capitalised or end in a noun; a small piece that ends in a verb is a speaker's wording.
     */
    private boolean predicateFragment(GermanQuoteMarks.Pair pair, int words, String content) {
      String stripped = content.strip();
      if (words < 2 || words > 6 || stripped.isEmpty() || !Character.isLowerCase(stripped.charAt(0))
          || ".!?…:;,".indexOf(stripped.charAt(stripped.length() - 1)) >= 0) {
        return false;
      }
      int last = tokenBefore(pair.contentEnd() + 1);
      if (last < 0 || tokens.get(last).start() < pair.contentStart()) {
        return false;
      }
      String word = tokens.get(last).text();
      return isVerbTag(tokens.get(last).pos()) && !word.isEmpty() && Character.isLowerCase(word.charAt(0))
          && word.length() > 3;
    }

    /** A term or title: marked as such, or a few capitalised words with no sentence in them. */
    private boolean isTerm(GermanQuoteMarks.Pair pair, int words, String content) {
      int before = tokenBefore(pair.open());
      if (before >= 0 && TERM_MARKERS.contains(lower[before])) {
        return true;
      }
      if (nickname(pair)) {
        return true;
      }
      String stripped = content.strip();
      if (!stripped.matches(".*[.!?…]$") && Character.isUpperCase(stripped.isEmpty() ? 'a' : stripped.charAt(0))
          && SHORT_FORM_AFTER.matcher(text).region(pair.close() + 1, text.length()).lookingAt()) {
        // "Dem „Gemeinsamen Analysezentrum Lindenau“ (GAL) liegen … vor": a quoted name followed by its short
        // form in brackets is a name, not anyone's words.
        return true;
      }
      if (words <= 4 && !stripped.matches(".*[.!?…]$")) {
        // "Laut „Lagebericht Nord“ hatte …", "sagte er der „Nordwest Nachrichtenagentur“": a source named in
        // quotation marks, or an outlet's name, is a name, not words someone said.
        if (before >= 0 && "laut".equals(lower[before])) {
          return true;
        }
        String[] parts = stripped.toLowerCase(Locale.ROOT).split("[\\s\\-–/]+");
        String last = parts[parts.length - 1];
        if (MEDIA_WORDS.stream().anyMatch(last::endsWith) || last.endsWith("agentur") || last.endsWith("magazin")) {
          return true;
        }
      }
      // "Davor hatte die „K.Z.“ berichtet": the full stop of an abbreviation ends no sentence.
      boolean abbreviation = ABBREVIATION.matcher(stripped).matches();
      if (words <= 3 && before >= 0 && TERM_ARTICLES.contains(lower[before]) && !stripped.isEmpty()
          && Character.isUpperCase(stripped.charAt(0)) && (abbreviation || !stripped.matches(".*[.!?…]$"))) {
        // "Der „Lockdown light“ habe nicht gewirkt", "am „Lockdown light“ festhalten": a noun named with its
        // article is a term, not someone's words.
        return true;
      }
      if (words > 4) {
        return false;
      }
      for (String w : content.split("[\\s\\-–/]+")) {
        if (w.isEmpty()) {
          continue;
        }
        char c = w.charAt(0);
        if (Character.isLetter(c) && !Character.isUpperCase(c)) {
          return false;
        }
      }
      return !content.matches(".*[.!?…]\\s*$");
    }

    /**
     * An unattributed book, film or headline title: "das Buch „Schattenreich: Die geheimen Zirkel“" — a
     * work word before it, or a main title and subtitle joined by a colon or dash with no sentence end.
     */
    private boolean titleShaped(GermanQuoteMarks.Pair pair, String content) {
      int before = tokenBefore(pair.open());
      if (before >= 0) {
        String w = lower[before];
        for (String work : WORK_WORDS) {
          if (w.endsWith(work)) {
            return true;
          }
        }
      }
      String c = content.strip();
      if (c.matches(".*[.!?…]$") || c.isEmpty() || !Character.isUpperCase(c.charAt(0))) {
        return false;
      }
      int colon = c.indexOf(": ");
      int dash = c.indexOf(" – ");
      int cut = colon > 0 ? colon : dash;
      return cut > 0 && cut + 3 < c.length() && Character.isUpperCase(c.charAt(cut + (colon > 0 ? 2 : 3)))
          && c.split("\\s+").length <= 16;
    }

    private int tokenBefore(int pos) {
      int lo = 0;
      int hi = tokens.size() - 1;
      int best = -1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        if (tokens.get(mid).end() <= pos) {
          best = mid;
          lo = mid + 1;
        } else {
          hi = mid - 1;
        }
      }
      while (best >= 0 && !isWord(best)) {
        best--;
      }
      return best;
    }

    private int tokenAtOrAfter(int pos) {
      int lo = 0;
      int hi = tokens.size();
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (tokens.get(mid).start() < pos) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }

    /** "„…“, sagte er" / "„…“ so der Minister": a verb or "so" right after the closing mark. */
    private Cue postposedCue(GermanQuoteMarks.Pair pair, int to, List<Cue> cues) {
      int k = pair.close() + 1;
      while (k < text.length() && (Character.isWhitespace(text.charAt(k)) || text.charAt(k) == ',')) {
        k++;
      }
      int i = tokenAtOrAfter(k);
      while (i < to && !isWord(i) && tokens.get(i).start() < k + 2) {
        i++;
      }
      for (Cue c : cues) {
        if (c.token() == i && (c.kind() == CueKind.VERB || c.kind() == CueKind.SO)) {
          return c;
        }
      }
      if (i + 1 < to && pairOfToken[i] < 0 && isVerbTag(tokens.get(i).pos()) && isWord(i)
          && Character.isLowerCase(tokens.get(i).text().charAt(0)) && text.substring(pair.close() + 1,
              tokens.get(i).start()).strip().equals(",")
          && (PRONOUNS.contains(lower[i + 1]) && !"es".equals(lower[i + 1]) || personStartsAt(i + 1))) {
        // "„…“, analysierte Huber", "„…“, konterte sie": a finite verb between a quote's closing comma and a
        // person is the quote's cue whether or not the verb lexicon lists it (German narration varies the
        // verb of saying freely: resümieren, bilanzieren, frotzeln …).
        Cue cue = new Cue(CueKind.VERB, i, tokens.get(i).span());
        cues.add(cue);
        cues.sort(java.util.Comparator.comparingInt(Cue::token));
        return cue;
      }
      return null;
    }

    /**
     * "Die Stadt habe nicht überzeugend darlegen können, dass …", "sagte nicht, dass …": a speech verb with "nicht",
     * "nie" or "keineswegs" up to three words before it (within its clause) reports nothing of its subject; a
     * Konjunktiv sentence around it goes on with the report before.
     */
    private boolean negated(int i, int from) {
      for (int k = i - 1; k >= from && k >= i - 3; k--) {
        if (pairOfToken[k] >= 0 || !isWord(k) || COORDINATORS.contains(lower[k])) {
          return false;
        }
        if ("nicht".equals(lower[k]) || "nie".equals(lower[k]) || "keineswegs".equals(lower[k])) {
          return true;
        }
      }
      return false;
    }

    /** Whether a person's name starts at token {@code i}. */
    private boolean personStartsAt(int i) {
      EntityMention e = entityAt(tokens.get(i).start());
      return e != null && "PER".equals(e.type()) && e.start() == tokens.get(i).start();
    }

    /** "erklärte Hansen: „…“": the last verb cue of the clause that ends in the colon. */
    private Cue colonCue(GermanQuoteMarks.Pair pair, int from, List<Cue> cues) {
      int clauseStart = tokens.isEmpty() ? 0 : tokens.get(Math.min(from, tokens.size() - 1)).start();
      for (int i = tokenBefore(pair.open()); i >= from; i--) {
        if (pairOfToken[i] >= 0 || ",;".contains(lower[i])) {
          clauseStart = tokens.get(i).end();
          break;
        }
      }
      Cue best = null;
      for (Cue c : cues) {
        if (c.kind() == CueKind.VERB && c.span().start() >= clauseStart && c.span().end() <= pair.open()) {
          best = c;
        }
      }
      return best;
    }

    private static Cue nearestCue(List<Cue> cues, GermanQuoteMarks.Pair pair) {
      Cue before = null;
      for (Cue c : cues) {
        if (c.span().end() <= pair.open()) {
          before = c;
        }
      }
      if (before != null) {
        return before;
      }
      return cues.get(0);
    }

    // ---- cues ----

    private Cue cueAt(int i, int from, int to) {
      String w = lower[i];
      Token t = tokens.get(i);
      switch (w) {
        case "so" -> {
          if (i > from && ",".equals(lower[i - 1]) && i + 1 < to && startsPhrase(i + 1)
              && !"dass".equals(lower[i + 1])) {
            return new Cue(CueKind.SO, i, t.span());
          }
          if (i > from && ",".equals(lower[i - 1]) && i + 2 < to && pairOfToken[i + 1] < 0
              && !verbs.readings(lower[i + 1]).isEmpty() && startsPhrase(i + 2)) {
            // "Im Gegenzug, so verspricht Olaf Brenner, wolle er …": "so" with the speech verb.
            return new Cue(CueKind.SO, i, new Span(t.start(), tokens.get(i + 1).end()));
          }
          if (i > from && ",".equals(lower[i - 1]) && i + 3 < to && pairOfToken[i + 1] < 0
              && !verbs.readings(lower[i + 1]).isEmpty() && OBJECT_PRONOUNS.contains(lower[i + 2]) && startsPhrase(i + 3)) {
            // "Seit dem Sommer, so erzählen es die Gärtner, blühen die Rosen zweimal": a pronoun object between.
            return new Cue(CueKind.SO, i, new Span(t.start(), tokens.get(i + 2).end()));
          }
          return null;
        }
        case "laut" -> {
          if (i + 1 < to && startsPhrase(i + 1) && Character.isUpperCase(t.text().charAt(0))
              || i + 1 < to && startsPhrase(i + 1) && i > from && ",".equals(lower[i - 1])) {
            return new Cue(CueKind.LAUT, i, t.span());
          }
          if (i + 1 < to && startsPhrase(i + 1)) {
            return new Cue(CueKind.LAUT, i, t.span());
          }
          return null;
        }
        case "zufolge" -> {
          return i > from ? new Cue(CueKind.ZUFOLGE, i, t.span()) : null;
        }
        case "demnach", "danach" -> {
          return sourceAdverb(i, from, to) ? new Cue(CueKind.NACH_ANGABEN, i, t.span()) : null;
        }
        default -> {
          // fall through to sources and verbs
        }
      }
      Cue source = sourcePhraseAt(i, from, to);
      if (source != null) {
        return source;
      }
      if (t.text().isEmpty() || !Character.isLowerCase(t.text().charAt(0))) {
        return null;
      }
      if ("ADJ".equals(t.pos()) && finiteReadAsAdjective(i, from, to)) {
        // "Am Montag scherzte Bürgermeister X, dass …": the tagger may read a rare past form as an adjective;
        // after a noun or a comma and before the subject it is the finite verb.
        return new Cue(CueKind.VERB, i, t.span());
      }
      if ("ADJ".equals(t.pos())) {
        // "die eigens genannten Gründe": an attributive participle is no speech act.
        int noun = nounCueAfter(i, to);
        return noun > 0 ? new Cue(CueKind.VERB, i, new Span(t.start(), tokens.get(noun).end())) : null;
      }
      if (attributiveByPlace(i, from, to)) {
        // The tagger may take an inflected participle for a finite verb; between a modifier and its noun
        // ("die angekündigten Schritte", "bisher genannte Zahlen") it is an attribute all the same.
        return null;
      }
      if (("steht".equals(w) || "stand".equals(w)) && i + 2 < to && "es".equals(lower[i + 1])
          && (STANDS_PREPOSITIONS.contains(lower[i + 2]) || i + 3 < to && SENTENCE_ADVERBS.contains(lower[i + 2])
              && STANDS_PREPOSITIONS.contains(lower[i + 3]))) {
        // "So steht es auf der Eingangsseite der Organisation", "…, so steht es in einem Aktenvermerk": like "heißt es in".
        return new Cue(CueKind.VERB, i, t.span());
      }
      if (w.equals("heißt") || w.equals("hieß")) {
        boolean es = i + 1 < to && "es".equals(lower[i + 1]);
        for (int k = i - 1; k >= from && k >= i - 6 && !es; k--) {
          // "wie es in der Studie heißt": "es" opens the clause a few words before the verb.
          if (pairOfToken[k] >= 0 || !isWord(k)) {
            break;
          }
          es = "es".equals(lower[k]);
        }
        return es ? new Cue(CueKind.VERB, i, t.span()) : null;
      }
      if (w.endsWith("e") && !w.endsWith("te") && (i > from && "man".equals(lower[i - 1])
          || i + 1 < to && "man".equals(lower[i + 1]))) {
        // "Man gehe davon aus, dass …, heißt es in einer Petition": "man" with a Konjunktiv verb is part of
        // someone else's report, not a speaker.
        return null;
      }
      if (OPINION_VERBS.contains(w) && (i > from && ",".equals(lower[i - 1]) && i + 1 < to && startsPhrase(i + 1)
          && !"es".equals(lower[i + 1]) || i + 2 < to && ",".equals(lower[i + 1]) && "dass".equals(lower[i + 2]))) {
        // "…, findet die Gewerkschaft.", "Brenner findet, dass …": an opinion; "findet statt" is none.
        return new Cue(CueKind.VERB, i, t.span());
      }
      if (SHOW_VERBS.contains(w) && evidenceNear(i, from, to)) {
        // "Untersuchungen der Gesellschaft zeigen, dass …", "wie Berechnungen der Agentur zeigen": a study
        // or data reports; "zeigen" with any other subject does not.
        return new Cue(CueKind.VERB, i, t.span());
      }
      List<GermanSpeechVerbs.Reading> readings = verbs.readings(w);
      for (GermanSpeechVerbs.Reading r : readings) {
        if (r.particle() == null || particleWithVerb(r, i, from, to)) {
          return new Cue(CueKind.VERB, i, t.span());
        }
      }
      String lemma = t.lemma() == null ? "" : t.lemma().toLowerCase(Locale.ROOT);
      if (readings.isEmpty() && !lemma.equals(w) && verbs.isLemma(lemma) && isVerbTag(t.pos())) {
        return new Cue(CueKind.VERB, i, t.span());
      }
      int stance = stanceFrame(i, to);
      if (stance > 0) {
        // "setzt darauf, dass …", "sorgt sich, dass …", "hält es für sinnvoll, … zu …": a verb that states a stance
        // only with its pointer, its "sich" or its "für" judgement before the clause.
        return new Cue(CueKind.VERB, i, new Span(t.start(), tokens.get(stance).end()));
      }
      if (attitudeVerb(i, from, to) && !infinitiveAfterFinite(i, from)
          && (postposedAttitude(i, from, to) || framesClause(i, to))) {
        // "Die Regierung will, dass …", "Die Behörde schloss nicht aus, dass …", "…, meldete die Klinik": an
        // attitude verb reports where it frames a clause or follows one.
        return new Cue(CueKind.VERB, i, t.span());
      }
      int adjective = attitudeAdjectiveAfter(i, to);
      if (adjective > 0) {
        // "Zwei Verbände zeigen sich besorgt darüber, dass …", "Die Minister seien sich einig, dass …".
        return new Cue(CueKind.VERB, i, new Span(t.start(), tokens.get(adjective).end()));
      }
      int noun = nounCueAfter(i, to);
      if (noun > 0) {
        // "Der Minister wiederholte seine Ankündigung, mit ihm werde es keine Schließung geben": a speech noun
        // with its clause after the comma, the verb before it giving the subject.
        return new Cue(CueKind.VERB, i, new Span(t.start(), tokens.get(noun).end()));
      }
      return null;
    }

    /**
     * A separable verb's particle with it: closing the clause ("teilte … mit") or, written apart, right before
     * it ("bekannt gegeben"); "zu" before a verb is the infinitive's, not a particle.
     */
    /**
     * Whether a speech verb's past form that the tagger read as an adjective stands as a finite verb: not a
     * participle ("ge…"), after a noun, a name or a comma (not after an article or a preposition, as in "die
     * erklärte Absicht") and before the subject (an article, a noun, a name or a pronoun).
     */
    private boolean finiteReadAsAdjective(int i, int from, int to) {
      String w = lower[i];
      if (i <= from || i + 1 >= to || w.startsWith("ge") || !(w.endsWith("te") || w.endsWith("ten"))
          || verbs.readings(w).stream().noneMatch(r -> r.particle() == null)) {
        return false;
      }
      String before = tokens.get(i - 1).pos();
      String after = tokens.get(i + 1).pos();
      return ("NOUN".equals(before) || "PROPN".equals(before) || ",".equals(lower[i - 1]))
          && ("DET".equals(after) || "NOUN".equals(after) || "PROPN".equals(after) || "PRON".equals(after));
    }

    private boolean particleWithVerb(GermanSpeechVerbs.Reading r, int i, int from, int to) {
      int particle = clauseFinalWord(i, to);
      if (particle > i && r.particle().equals(lower[particle])) {
        return true;
      }
      return i > from && !"zu".equals(r.particle()) && r.particle().equals(lower[i - 1]) && pairOfToken[i - 1] < 0;
    }

    /** Whether token i is an attitude verb ("will", "schloss … aus", "meldete"), with its particle where it has one. */
    private boolean attitudeVerb(int i, int from, int to) {
      for (GermanSpeechVerbs.Reading r : verbs.attitudeReadings(lower[i])) {
        if (r.particle() == null || particleWithVerb(r, i, from, to)) {
          return true;
        }
      }
      Token t = tokens.get(i);
      String lemma = t.lemma() == null ? "" : t.lemma().toLowerCase(Locale.ROOT);
      return !lemma.equals(lower[i]) && verbs.isAttitudeLemma(lemma) && isVerbTag(t.pos());
    }

    /**
     * "Man müsse den Mietern die Rückzahlung garantieren, selbst wenn …": an infinitive after a finite verb of its
     * clause is no attitude of its own.
     */
    private boolean infinitiveAfterFinite(int i, int from) {
      String lemma = tokens.get(i).lemma() == null ? "" : tokens.get(i).lemma().toLowerCase(Locale.ROOT);
      if (!lower[i].equals(lemma) || i + 1 < tokens.size() && "lassen".equals(lower[i + 1])) {
        // "hat bereits andeuten lassen, dass …": the infinitive with "lassen" is the perfect of the verb itself.
        return false;
      }
      for (int k = i - 1; k >= from && pairOfToken[k] < 0 && isWord(k); k--) {
        if (isVerbTag(tokens.get(k).pos()) && Character.isLowerCase(tokens.get(k).text().charAt(0))) {
          return true;
        }
      }
      return false;
    }

    /**
     * An attitude verb after a comma with only its subject after it ("…, meldete die Klinik.", "…, weiß das
     * Portal"), or closing a "wie" clause ("– wie die Zeitung darstellt –").
     */
    private boolean postposedAttitude(int i, int from, int to) {
      int after = i + 1;
      while (after + 1 < to && SENTENCE_ADVERBS.contains(lower[after])) {
        after++;
      }
      if (i > from && ",".equals(lower[i - 1]) && after < to && !"es".equals(lower[after])) {
        Phrase p = phraseAfter(after, to);
        int next = p == null ? -1 : p.last() + 1;
        while (next > 0 && next < to && pairOfToken[next] < 0 && isWord(next) && (SENTENCE_ADVERBS.contains(lower[next])
            || clauseFinalWord(i, to) == next)) {
          next++;
        }
        return p != null && (next >= to || pairOfToken[next] >= 0 || !isWord(next));
      }
      if (i + 1 < to && isWord(i + 1) && pairOfToken[i + 1] < 0) {
        return false;
      }
      for (int k = i - 1; k > from && k >= i - 8; k--) {
        if (!isWord(k) || pairOfToken[k] >= 0) {
          return false;
        }
        if ("wie".equals(lower[k])) {
          return !isWord(k - 1) || pairOfToken[k - 1] >= 0;
        }
      }
      return false;
    }

    /**
     * Whether the verb at i frames the clause after its comma: before the comma only its own words (no quote,
     * colon or full stop), after it "dass" or a clause in Konjunktiv that is no relative or adverbial clause.
     */
    private boolean framesClause(int i, int to) {
      for (int k = i + 1; k < to && k <= i + 10; k++) {
        if (pairOfToken[k] >= 0 || isQuoteMark(lower[k]) || ";".equals(lower[k]) || ":".equals(lower[k])
            || ".".equals(lower[k]) || "!".equals(lower[k]) || "?".equals(lower[k])) {
          return false;
        }
        if (",".equals(lower[k])) {
          return clauseAfterComma(k, to) || pointerBefore(k) && infinitiveClause(k + 1, to);
        }
      }
      return false;
    }

    /**
     * "plädiert dafür, …", "zeigten sich entschlossen, …", "hält es für sinnvoll, …": the word before the comma
     * points to the clause after it as the content of the stance.
     */
    private boolean pointerBefore(int comma) {
      if (comma < 1 || pairOfToken[comma - 1] >= 0) {
        return false;
      }
      String w = lower[comma - 1];
      return INFINITIVE_POINTERS.contains(w) || INFINITIVE_ADJECTIVES.contains(w)
          || comma >= 2 && "für".equals(lower[comma - 2]) && Character.isLowerCase(tokens.get(comma - 1).text().charAt(0))
              && !FUNCTION_WORDS.contains(w) && !DETERMINERS.contains(w) && !isVerbTag(tokens.get(comma - 1).pos());
    }

    /** "… die Regeln anders zu gestalten": a clause from token s up to its comma that ends in a "zu" infinitive. */
    private boolean infinitiveClause(int s, int to) {
      if (s >= to || pairOfToken[s] >= 0 || PURPOSE_OPENERS.contains(lower[s])
          || SUBORDINATORS.contains(lower[s]) && !PREPOSITIONS.contains(lower[s])
          || UNAMBIGUOUS_RELATIVES.contains(lower[s]) || COORDINATORS.contains(lower[s]) || "dass".equals(lower[s])) {
        return false;
      }
      int end = s;
      while (end < to && pairOfToken[end] < 0 && !",;:.!?".contains(lower[end])) {
        end++;
      }
      int last = end - 1;
      return last > s && isWord(last) && ("zu".equals(lower[last - 1]) || lower[last].matches("\\p{L}{2,}zu\\p{L}{3,}en"));
    }

    /**
     * A verb that states a stance only in a fixed frame, with the clause after its comma: "setzt darauf, dass",
     * "tritt dafür ein, … zu" (the pointer), "sorgt sich, dass", "freut sich, dass" ("sich"), "hält es für
     * sinnvoll, … zu" (a judgement after "für"); the frame's last token, or -1.
     */
    private int stanceFrame(int i, int to) {
      Token t = tokens.get(i);
      if (!isVerbTag(t.pos()) && !"X".equals(t.pos()) || !Character.isLowerCase(t.text().charAt(0))) {
        return -1;
      }
      String lemma = t.lemma() == null ? "" : t.lemma().toLowerCase(Locale.ROOT);
      boolean pointer = POINTER_STANCES.contains(lemma) || POINTER_STANCES.contains(lower[i]);
      boolean reflexive = REFLEXIVE_STANCES.contains(lemma) || REFLEXIVE_STANCES.contains(lower[i]);
      boolean halten = HALTEN.contains(lower[i]);
      if (!pointer && !reflexive && !halten) {
        return -1;
      }
      boolean sich = false;
      for (int k = i + 1; k < to && k <= i + 10; k++) {
        if (pairOfToken[k] >= 0 || isQuoteMark(lower[k]) || ";:.!?".contains(lower[k])) {
          return -1;
        }
        sich |= "sich".equals(lower[k]) && k <= i + 2;
        if (!",".equals(lower[k])) {
          continue;
        }
        boolean clause = clauseAfterComma(k, to) || infinitiveClause(k + 1, to);
        if (!clause) {
          return -1;
        }
        if (pointer && k - 1 > i && INFINITIVE_POINTERS.contains(lower[k - 1])
            || reflexive && sich && (clauseAfterComma(k, to) || INFINITIVE_POINTERS.contains(lower[k - 1]))
            || halten && k - 2 > i && "für".equals(lower[k - 2]) && pointerBefore(k)) {
          return k - 1;
        }
        return -1;
      }
      return -1;
    }

    private boolean clauseAfterComma(int comma, int to) {
      int s = comma + 1;
      if (s >= to || pairOfToken[s] >= 0) {
        return false;
      }
      if ("dass".equals(lower[s]) || "daß".equals(lower[s])) {
        return true;
      }
      if (SUBORDINATORS.contains(lower[s]) || RELATIVES.contains(lower[s]) || UNAMBIGUOUS_RELATIVES.contains(lower[s])
          || COORDINATORS.contains(lower[s]) || PREPOSITIONS.contains(lower[s])
          || s + 1 < to && SUBORDINATORS.contains(lower[s + 1]) && !"dass".equals(lower[s + 1])) {
        // "…, selbst wenn sie …", "…, auch als …": an adverbial clause, not the verb's content.
        return false;
      }
      int end = s;
      while (end < to && !",".equals(lower[end]) && pairOfToken[end] < 0) {
        end++;
      }
      return end - s >= 3 && subjunctive(s, end);
    }

    /**
     * "sind sich einig, dass …", "zeigte sich besorgt darüber, dass …", "ist davon überzeugt, dass …": an
     * adjective of attitude after "sein" or "sich zeigen" within a few words of the finite verb at i, before a
     * comma that opens the clause it frames; the adjective's token, or -1.
     */
    private int attitudeAdjectiveAfter(int i, int to) {
      Token t = tokens.get(i);
      String lemma = t.lemma() == null ? "" : t.lemma().toLowerCase(Locale.ROOT);
      boolean copula = COPULAS.contains(lower[i]);
      boolean self = SELF_COPULA_LEMMAS.contains(lemma) && isVerbTag(t.pos());
      if (!copula && !self) {
        return -1;
      }
      boolean sich = false;
      for (int k = i + 1; k + 1 < to && k <= i + 8; k++) {
        if (pairOfToken[k] >= 0 || !isWord(k)) {
          return -1;
        }
        sich |= "sich".equals(lower[k]);
        boolean infinitiveAdjective = INFINITIVE_ADJECTIVES.contains(lower[k]);
        if (!GermanSpeechVerbs.ATTITUDE_ADJECTIVES.contains(lower[k]) && !infinitiveAdjective
            || !Character.isLowerCase(tokens.get(k).text().charAt(0)) || self && !sich) {
          continue;
        }
        int comma = k + 1;
        if (comma < to && GermanSpeechVerbs.CLAUSE_POINTERS.contains(lower[comma])) {
          comma++;
        }
        // "zeigten sich entschlossen, die Wahl zu gewinnen": an adjective of resolve frames an infinitive clause.
        return comma < to && ",".equals(lower[comma])
            && (clauseAfterComma(comma, to) || infinitiveAdjective && infinitiveClause(comma + 1, to)) ? k : -1;
      }
      return -1;
    }

    /**
     * "nach Angaben der Polizei", "Nach den jüngsten Angaben des Ministeriums", "nach seiner Einschätzung", "nach
     * Studienergebnissen", "aus Sicht der Ärzte", "den Angaben nach": a prepositional source, its cue token the noun.
     */
    private Cue sourcePhraseAt(int i, int from, int to) {
      Token t = tokens.get(i);
      if (pairOfToken[i] >= 0 || i + 1 >= to || t.text().isEmpty() || !Character.isUpperCase(t.text().charAt(0))) {
        return null;
      }
      String w = lastPart(lower[i]);
      boolean sicht = "sicht".equals(w) && w.equals(lower[i]);
      if (!sicht && !sourceNoun(w)) {
        return null;
      }
      if (i > from && DEFINITE.contains(lower[i - 1]) && "nach".equals(lower[i + 1]) && "angaben".equals(w)) {
        // "Im Süden waren den Angaben nach zwölf Filialen zu": the source named before.
        return new Cue(CueKind.NACH_ANGABEN, i, new Span(tokens.get(i - 1).start(), tokens.get(i + 1).end()));
      }
      for (int k = i - 1; k >= from && k >= i - 4; k--) {
        if (k > from && hyphenInsideWord(k)) {
          // "Nach den JHU-Statistiken": a compound the tokenizer split at its hyphen.
          k--;
          continue;
        }
        if (pairOfToken[k] >= 0 || !isWord(k)) {
          return null;
        }
        String b = lower[k];
        if (sicht ? "aus".equals(b) : "nach".equals(b)) {
          if (sicht && (!(k + 1 < i && POSSESSIVES.contains(lower[k + 1])
              || "der".equals(lower[i + 1]) || "des".equals(lower[i + 1]) || entityAt(tokens.get(i + 1).start()) != null)
              || !verbBetween(from, to))) {
            // "aus medizinischer Sicht" names nobody; "Ein schwerer Schlag aus Sicht der Händler" states nothing.
            return null;
          }
          return new Cue(CueKind.NACH_ANGABEN, i, new Span(tokens.get(k).start(), t.end()));
        }
        boolean adjective = Character.isLowerCase(tokens.get(k).text().charAt(0)) && isAdjectiveLike(b);
        if (!DETERMINERS.contains(b) && !POSSESSIVES.contains(b) && !adjective) {
          return null;
        }
      }
      return null;
    }

    /**
     * "Die Bibliothek öffnet demnach im Oktober", "Demnach darf das Fest stattfinden": "demnach" points back to
     * the source just named, like "den Angaben nach"; "Danach lesen zwei von drei Kindern täglich" opening the sentence after
     * a study, survey or report is named does too, while "Danach ging er nach Hause" (after that) does not.
     */
    private boolean sourceAdverb(int i, int from, int to) {
      if (i + 1 >= to || !isWord(i + 1) || insideSubordinateClause(i, from)) {
        return false;
      }
      if ("demnach".equals(lower[i])) {
        return true;
      }
      return i == from && Character.isUpperCase(tokens.get(i).text().charAt(0))
          && Character.isLowerCase(tokens.get(i + 1).text().charAt(0)) && evidenceBefore(from) >= 0;
    }

    /** The evidence word ("Studie", "Umfrage", "Bericht") in the sentence before token from, or -1. */
    private int evidenceBefore(int from) {
      int u = unitOf(tokens.get(from).start());
      if (u <= 0) {
        return -1;
      }
      Span previous = units.get(Math.max(0, u - 2));
      for (int k = from - 1; k >= 0 && tokens.get(k).start() >= previous.start(); k--) {
        String w = lastPart(lower[k]);
        if (pairOfToken[k] < 0 && (evidenceWord(k) || EVIDENCE_DOCUMENTS.stream().anyMatch(
            d -> w.startsWith(d) || w.endsWith(d) || w.endsWith(d + "n") || w.endsWith(d + "s")))) {
          return k;
        }
      }
      return -1;
    }

    /** "eine Umfrage des Instituts für Leseforschung (IFL)": the body named after the evidence word. */
    private QuoteMention.Speaker evidenceHolder(int evidence, int before) {
      for (EntityMention e : entities) {
        if (e.end() <= tokens.get(evidence).start()) {
          // "der Nordlicht-Umfrage": a name inside the compound counts.
          continue;
        }
        if (e.start() >= tokens.get(before).start()) {
          break;
        }
        if ("ORG".equals(e.type()) || "PER".equals(e.type())) {
          return new QuoteMention.Speaker(text.substring(e.start(), e.end()), e.span(), null, "name");
        }
      }
      return null;
    }

    /** A noun of information after "nach" ("Angaben", "Daten"), or a compound ending in one ("Studienergebnissen"). */
    private static boolean sourceNoun(String w) {
      for (String n : GermanSpeechVerbs.SOURCE_NOUNS) {
        if (w.equals(n) || n.length() >= 6 && w.length() >= n.length() + 3 && w.endsWith(n)) {
          return true;
        }
      }
      return false;
    }

    /**
     * The token of a speech noun ("Ankündigung", "Behauptung") a few words after the finite verb at i, standing
     * right before a comma that opens a "dass" clause or a clause in Konjunktiv; -1 if none.
     */
    /**
     * "Nach Angaben X wird er bei dem Treffen … darlegen", "Dann hat sie … angekündigt": where the cue is the
     * infinitive or participle closing a clause whose finite auxiliary or modal stands after a fronted
     * phrase, the pronoun or name right after that auxiliary is the subject, not the noun before the cue.
     */
    private Phrase subjectAfterAuxiliary(int clauseStart, int i) {
      if (i - clauseStart < 4 || !lower[i].matches("\\p{L}+(en|ern|eln|t)")) {
        return null;
      }
      for (int k = clauseStart + 1; k + 1 < i - 1; k++) {
        if (pairOfToken[k] >= 0 || !AUXILIARIES.contains(lower[k])) {
          continue;
        }
        if (PRONOUNS.contains(lower[k - 1]) && !"es".equals(lower[k - 1]) && k - 1 == clauseStart) {
          // "Er habe Trumps Verbündeten klargemacht, …": the subject stands before the auxiliary; a name after it is
          // an object.
          return null;
        }
        int s = k + 1;
        if (PRONOUNS.contains(lower[s]) && !"es".equals(lower[s])) {
          return new Phrase(s, s);
        }
        EntityMention e = entityAt(tokens.get(s).start());
        if (e != null && e.start() == tokens.get(s).start() && !"LOC".equals(e.type())) {
          int last = s;
          while (last + 1 < i && tokens.get(last + 1).end() <= e.end()) {
            last++;
          }
          return new Phrase(s, last);
        }
        return null;
      }
      return null;
    }

    /**
     * A participle form ending like an adjective (-e, -en, -er, -es, -em) between an article, adjective
     * or adverb and a capitalised noun (adjectives between allowed) is an attribute, whatever the tagger
     * says.
     */
    private boolean attributiveByPlace(int i, int from, int to) {
      String w = lower[i];
      if (i <= from || i + 1 >= to || !w.matches("\\p{L}{4,}(t|en)(e|en|er|es|em)") || pairOfToken[i + 1] >= 0) {
        return false;
      }
      int n = i + 1;
      while (n + 1 < to && n <= i + 2 && "ADJ".equals(tokens.get(n).pos()) && pairOfToken[n] < 0) {
        n++;
      }
      Token next = tokens.get(n);
      if (next.text().isEmpty() || !Character.isUpperCase(next.text().charAt(0)) || !"NOUN".equals(next.pos())) {
        return false;
      }
      Token before = tokens.get(i - 1);
      if ("DET".equals(before.pos()) && Character.isUpperCase(before.text().charAt(0))) {
        // "Das bestätigte die Behörde": a demonstrative opening the sentence, the verb in second place.
        return false;
      }
      return "DET".equals(before.pos()) || "ADJ".equals(before.pos()) || "ADV".equals(before.pos())
          || "nicht".equals(lower[i - 1]);
    }

    private int nounCueAfter(int i, int to) {
      String pos = tokens.get(i).pos();
      // "wiederholte seine Ankündigung": a participle form before a determiner is the finite verb, not an attribute.
      boolean verb = isVerbTag(pos) || "X".equals(pos) || "ADJ".equals(pos) && i + 1 < to && DETERMINERS.contains(lower[i + 1]);
      if (!verb || DETERMINERS.contains(lower[i]) || FUNCTION_WORDS.contains(lower[i])) {
        return -1;
      }
      for (int k = i + 1; k + 2 < to && k <= i + 8; k++) {
        // "antwortete auf die Kritik mit der Behauptung, dass …": the noun may stand in a prepositional phrase.
        if ((pairOfToken[k] >= 0 || isQuoteMark(lower[k])) && shortPair(k)) {
          // "begründete das Urteil mit „erheblichen Zweifeln“, dass …": the noun phrase quoted.
          if (pairOfToken[k] < 0) {
            continue;
          }
        } else if (pairOfToken[k] >= 0 || !isWord(k)) {
          return -1;
        }
        if (!NOUN_CUES.contains(lower[k]) || !Character.isUpperCase(tokens.get(k).text().charAt(0))) {
          continue;
        }
        int comma = k + 1;
        if (comma < to && isQuoteMark(lower[comma]) && pairOfToken[k] >= 0) {
          comma++;
        }
        if (comma + 1 < to && !",".equals(lower[comma]) && pairOfToken[k] < 0) {
          // "lief die Nachricht durch die Sender, dass …": an attribute without a verb between the noun
          // and its "dass" clause.
          int c = comma;
          while (c < to && c <= k + 7 && isWord(c) && pairOfToken[c] < 0 && !isVerbTag(tokens.get(c).pos())
              && (PREPOSITIONS.contains(lower[c]) || DETERMINERS.contains(lower[c]) || c > comma)) {
            c++;
          }
          if (c > comma && c + 1 < to && ",".equals(lower[c]) && PREPOSITIONS.contains(lower[comma])
              && ("dass".equals(lower[c + 1]) || "daß".equals(lower[c + 1]))) {
            return k;
          }
          continue;
        }
        if (comma + 1 >= to || !",".equals(lower[comma])) {
          continue;
        }
        k = comma - 1;
        if ("dass".equals(lower[k + 2]) || "daß".equals(lower[k + 2])) {
          return tokenBeforeMark(k);
        }
        int end = k + 2;
        while (end < to && !",".equals(lower[end]) && pairOfToken[end] < 0) {
          end++;
        }
        return SUBORDINATORS.contains(lower[k + 2]) || RELATIVES.contains(lower[k + 2]) || !subjunctive(k + 2, end)
            ? -1 : tokenBeforeMark(k);
      }
      return -1;
    }

    /** The word itself, or the word before it where k is a closing quotation mark. */
    private int tokenBeforeMark(int k) {
      return isQuoteMark(lower[k]) && k > 0 ? k - 1 : k;
    }

    /** Whether token k belongs to a pair of at most three words without a sentence's end (a quoted term). */
    private boolean shortPair(int k) {
      int p = pairOfToken[k];
      if (p < 0 && isQuoteMark(lower[k])) {
        int pos = tokens.get(k).start();
        for (int q = 0; q < pairs.size() && p < 0; q++) {
          if (pairs.get(q).open() == pos || pairs.get(q).close() == pos) {
            p = q;
          }
        }
      }
      if (p < 0) {
        return false;
      }
      GermanQuoteMarks.Pair pair = pairs.get(p);
      String content = text.substring(pair.contentStart(), pair.contentEnd()).strip();
      return !content.isEmpty() && wordsInside(pair) <= 3 && !content.matches(".*[.!?…]$");
    }

    /** A dash standing alone (" - ", " – ") right before token k. */
    private boolean dashBefore(int k) {
      int p = tokens.get(k).start() - 1;
      if (p < 2 || text.charAt(p) != ' ') {
        return false;
      }
      char c = text.charAt(p - 1);
      return (c == '-' || c == '–') && text.charAt(p - 2) == ' ';
    }

    private boolean verbBetween(int from, int to) {
      for (int k = from; k < to; k++) {
        if (isVerbTag(tokens.get(k).pos()) && Character.isLowerCase(tokens.get(k).text().charAt(0))) {
          return true;
        }
      }
      return false;
    }

    /** An evidence noun ("Studie", "Berechnungen") within a few words of token i, in the same clause. */
    private boolean evidenceNear(int i, int from, int to) {
      if (i + 1 < to && "sich".equals(lower[i + 1])) {
        return false;
      }
      for (int k = i - 1; k >= from && k >= i - 6; k--) {
        if (!isWord(k) && !"-".equals(lower[k])) {
          break;
        }
        if (evidenceWord(k)) {
          return true;
        }
      }
      for (int k = i + 1; k < to && k <= i + 4; k++) {
        if (!isWord(k) && !"-".equals(lower[k])) {
          break;
        }
        if (evidenceWord(k)) {
          return true;
        }
      }
      return false;
    }

    private boolean evidenceWord(int k) {
      if (pairOfToken[k] >= 0) {
        return false;
      }
      String w = lastPart(lower[k]);
      for (String e : EVIDENCE_WORDS) {
        if (w.startsWith(e)) {
          return true;
        }
      }
      return false;
    }

    private static boolean isVerbTag(String pos) {
      return "VERB".equals(pos) || "AUX".equals(pos);
    }

    /** The last word before the clause ends (comma, colon, quote or unit end). */
    private int clauseFinalWord(int i, int to) {
      int last = -1;
      for (int k = i + 1; k < to; k++) {
        if (pairOfToken[k] >= 0) {
          break;
        }
        if (!isWord(k)) {
          if (",;:.!?".contains(lower[k]) || isQuoteMark(lower[k])) {
            break;
          }
          continue;
        }
        last = k;
      }
      return last;
    }

    private static boolean isQuoteMark(String s) {
      return s.length() == 1 && "„“”\"»«‚‘’".contains(s);
    }

    /** Whether a speaker phrase can start at token i. */
    private boolean startsPhrase(int i) {
      if (i >= tokens.size() || pairOfToken[i] >= 0 || !isWord(i)) {
        return false;
      }
      String w = lower[i];
      if (PRONOUNS.contains(w) || DETERMINERS.contains(w)) {
        return true;
      }
      if (namePartic(i)) {
        return true;
      }
      if (participleBeforePreposition(i)) {
        // "Gefragt nach dem Impfstoff gab der Mediziner an, …": a participle opening the sentence is no subject.
        return false;
      }
      if (NO_PHRASE_TAGS.contains(String.valueOf(tokens.get(i).pos())) && entityAt(tokens.get(i).start()) == null) {
        // "Weiterhin warfen die Gewerkschaften …", "Leider sei …": a capitalised adverb opens no speaker phrase.
        return false;
      }
      return Character.isUpperCase(tokens.get(i).text().charAt(0)) && !FUNCTION_WORDS.contains(w);
    }

    /**
     * A capitalised past participle without article, followed by a preposition ("Gefragt nach", "Angesprochen
     * auf", "Befragt zu"), that is not part of a name.
     */
    private boolean participleBeforePreposition(int i) {
      if (i + 1 >= tokens.size() || !PREPOSITIONS.contains(lower[i + 1]) || entityAt(tokens.get(i).start()) != null
          || i > 0 && DETERMINERS.contains(lower[i - 1])) {
        return false;
      }
      String w = lower[i];
      if (!(w.endsWith("t") || w.endsWith("en")) || w.length() < 6) {
        return false;
      }
      if (w.startsWith("ge")) {
        return true;
      }
      for (String prefix : List.of("an", "auf", "ab", "aus", "vor", "nach", "zu", "mit", "dar", "hin", "her")) {
        if (w.startsWith(prefix + "ge")) {
          return true;
        }
      }
      return w.endsWith("t") && (w.startsWith("be") || w.startsWith("ver") || w.startsWith("er"))
          && !w.endsWith("cht") && !w.endsWith("rat") && !w.endsWith("at");
    }

    /** A name particle followed by a word inside a person's mention ("van Almsick", "von der Leyen"). */
    private boolean namePartic(int i) {
      if (!NAME_PARTICLES.contains(lower[i])) {
        return false;
      }
      for (int k = i + 1; k < tokens.size() && k <= i + 2; k++) {
        EntityMention e = entityAt(tokens.get(k).start());
        if (e != null && "PER".equals(e.type())) {
          return true;
        }
        if (!NAME_PARTICLES.contains(lower[k]) && !"der".equals(lower[k])) {
          return false;
        }
      }
      return false;
    }

    /**
     * Debris and sentence adverbs are no speakers: a phrase of one token with fewer than two letters
     * ("T" from "(T+)"), or a lone capitalised word before the verb that is no name while a name follows
     * the verb ("Zwar sagte Huber").
     */
    private boolean implausible(Phrase p) {
      if (p.first() != p.last()) {
        return false;
      }
      int letters = 0;
      for (char c : tokens.get(p.first()).text().toCharArray()) {
        if (Character.isLetter(c)) {
          letters++;
        }
      }
      return letters < 2;
    }

    // ---- speaker phrases ----

    /** The first speaker named in the current unit, for verbs coordinated with "und". */
    private QuoteMention.Speaker unitSpeaker;

    /** The verb cue whose subject is being resolved, or -1. */
    private int cueToken = -1;

    /**
     * "wie die Psychotherapeuten berichten", "sagten die Experten": a plural verb form right next to the
     * phrase makes its subject plural, so no single person it could refer back to.
     */
    private boolean pluralSubject(Phrase phrase) {
      int h = headToken(phrase);
      if ("der".equals(lower[phrase.first()]) && h == phrase.last() && h > phrase.first()
          && lower[h].endsWith("en") && Character.isUpperCase(tokens.get(h).text().charAt(0))) {
        // "Nach Angaben der Meteorologen": "der" with a noun in -en is a genitive or dative plural, a group.
        return true;
      }
      if (cueToken < 0 || cueToken != phrase.last() + 1 && cueToken != phrase.first() - 1) {
        return false;
      }
      String w = lower[cueToken];
      return w.endsWith("en") && !SUBJUNCTIVE.contains(w) && !w.startsWith("ge");
    }

    private QuoteMention.Speaker speakerFor(Cue cue, int from, int to, int u) {
      if (cue.kind() == CueKind.VERB && QUOTING.contains(lower[cue.token()]) && !passiveParticiple(cue.token(), from)) {
        // "„…“, zitierte die Zeitung den Sprecher X", "Die Zeitung zitiert einen Beamten mit den Worten …": whoever is
        // quoted speaks, not the one who quotes.
        QuoteMention.Speaker quoted = quotedObject(cue, from, to, u);
        if (quoted != null) {
          return quoted;
        }
      }
      if (cue.kind() == CueKind.VERB && cue.token() > from && "und".equals(lower[cue.token() - 1])) {
        // "Olaf Brenner ließ keinen Zweifel und nannte die Lage „dramatisch“": the verbs share the subject.
        if (unitSpeaker != null) {
          return unitSpeaker;
        }
        EntityMention person = personInUnitBefore(cue.span().start(), u);
        if (person != null) {
          return new QuoteMention.Speaker(
              text.substring(person.start(), person.end()), person.span(), null, "name");
        }
      }
      if (cue.kind() == CueKind.VERB && cue.token() > from && ",".equals(lower[cue.token() - 1])
          && cue.token() + 2 < to && SUBJECTLESS_ADVERBS.contains(lower[cue.token() + 1])
          && ",".equals(lower[cue.token() + 2])) {
        // "X bestreitet die Pläne, sagt aber, dass …": a second verb without a subject of its own shares
        // the subject that opens the sentence.
        if (unitSpeaker != null) {
          return unitSpeaker;
        }
        int unitStart = units.get(Math.min(u, units.size() - 1)).start();
        for (EntityMention e : entities) {
          if (e.start() >= cue.span().start()) {
            break;
          }
          if (e.start() >= unitStart && opensUnit(e.start()) && pairAround(e.start()) < 0) {
            return new QuoteMention.Speaker(text.substring(e.start(), e.end()), e.span(), null, "name");
          }
        }
      }
      refused = false;
      Phrase phrase = phraseFor(cue, from, to);
      cueToken = cue.kind() == CueKind.VERB ? cue.token() : -1;
      QuoteMention.Speaker s = phrase == null ? null : resolve(phrase, u, to);
      cueToken = -1;
      if (s == null && cue.kind() == CueKind.VERB && cue.token() > from
          && "und".equals(lower[cue.token() - 1])) {
        return unitSpeaker;
      }
      if (s != null && unitSpeaker == null) {
        unitSpeaker = s;
      }
      return s;
    }

    /**
     * The one quoted after a verb of quoting: a person named in the verb's clause after it, or a phrase in the
     * accusative ("den Landeschef", "einen Beamten"); null when the clause names neither.
     */
    private QuoteMention.Speaker quotedObject(Cue cue, int from, int to, int u) {
      for (int k = cue.token() + 1; k < to && k <= cue.token() + 12; k++) {
        boolean shortName = pairOfToken[k] >= 0 && (nameInMarks(k) || shortPair(k))
            || isQuoteMark(lower[k]) && (k + 1 < to && pairOfToken[k + 1] >= 0 && shortPair(k + 1)
                || k > from && pairOfToken[k - 1] >= 0 && shortPair(k - 1));
        if (shortName) {
          continue; // "zitierte die Zeitung „Abendblatt“ den Sprecher": an outlet's name in marks
        }
        if (pairOfToken[k] >= 0 || ",;:.".contains(lower[k]) || isQuoteMark(lower[k])) {
          return null;
        }
        EntityMention e = entityAt(tokens.get(k).start());
        int after = e == null ? -1 : tokenAtOrAfter(e.end());
        if (e != null && "PER".equals(e.type()) && e.text().endsWith("s") && after > 0 && after < to
            && Character.isUpperCase(tokens.get(after).text().charAt(0)) && entityAt(tokens.get(after).start()) == null) {
          continue; // "Hibberts Sprecher X": a name in the genitive before a role owns the role; its holder speaks
        }
        if (e != null && "PER".equals(e.type())) {
          return new QuoteMention.Speaker(text.substring(e.start(), e.end()), e.span(), e.span(), "name");
        }
        if (ACCUSATIVE_OBJECTS.contains(lower[k])) {
          Phrase object = phraseAfter(k, to);
          QuoteMention.Speaker s = object == null ? null : resolve(object, u, to);
          if (s != null) {
            return s;
          }
        }
      }
      return null;
    }

    /** Whether the last {@link #speakerFor} found a phrase that cannot speak and so named no speaker. */
    private boolean refused;

    /**
     * A speaker is a name, a pronoun, a role or person noun or a body: a phrase of determiners only ("der",
     * "Diesen"), a thing, act or state ("der Mitteilung", "Seine Entscheidung"), an elliptic superlative of
     * a genitive ("die härteste aller Strafen") cannot speak; documents ("die Allgemeinverfügung") can.
     */
    private boolean cannotSpeak(Phrase phrase) {
      boolean onlyDeterminers = true;
      for (int i = phrase.first(); i <= phrase.last(); i++) {
        if (isWord(i) && !DEFINITE.contains(lower[i]) && !DEMONSTRATIVES.contains(lower[i])) {
          onlyDeterminers = false;
        }
      }
      if (onlyDeterminers) {
        return true;
      }
      int h = headToken(phrase);
      if (h < 0) {
        return false;
      }
      for (int i = phrase.first(); i < h; i++) {
        if ("aller".equals(lower[i]) && i > phrase.first() && Character.isLowerCase(tokens.get(i - 1).text().charAt(0))
            && !DETERMINERS.contains(lower[i - 1])) {
          // "die härteste aller Kollektivstrafen": the head is the adjective, one of the things named after it.
          return true;
        }
      }
      String headWord = headWord(phrase);
      if (bodyNoun(phrase) || COLLECTIVES.stream().anyMatch(headWord::endsWith)
          || DOCUMENTS.stream().anyMatch(headWord::endsWith)) {
        return false;
      }
      return THING_ENDINGS.stream().anyMatch(headWord::endsWith);
    }

    private Phrase phraseFor(Cue cue, int from, int to) {
      Phrase p = phraseForCue(cue, from, to);
      if (p != null && cue.kind() == CueKind.VERB && passiveParticiple(cue.token(), from)
          && !(p.first() > from && AGENT_PREPOSITIONS.contains(lower[p.first() - 1]))
          && !"zitiert".equals(lower[cue.token()])) {
        // "Die Touristen wurden gewarnt, …", "In Wien wurden die ersten Fälle bestätigt": a passive's subject is
        // whom it was said to or what was confirmed, not who said it; only a "von"/"vom"/"seitens" phrase in the
        // clause names the source ("X wird mit den Worten zitiert" excepted: there the subject is the one quoted).
        for (int k = cue.token() - 1; k > from; k--) {
          if (pairOfToken[k] >= 0 || ",;:".contains(lower[k]) || isQuoteMark(lower[k])) {
            break;
          }
          if (PASSIVE_AGENTS.contains(lower[k - 1])) {
            Phrase agent = phraseAfter(k, cue.token());
            if (agent != null) {
              return agent;
            }
          }
        }
        return null;
      }
      return p;
    }

    /** Whether the verb at {@code i} is a participle after a passive auxiliary in its clause ("wurde … bestätigt"). */
    private boolean passiveParticiple(int i, int from) {
      String w = lower[i];
      // A participle: "-ge-" in -t or -en ("mitgeteilt", "angegeben"), or an inseparable or -ieren verb's form in -t
      // that is not its infinitive ("bestätigt", "kritisiert"); with an auxiliary of the passive before it in the
      // clause that form is the participle.
      String lemma = String.valueOf(tokens.get(i).lemma()).toLowerCase(Locale.ROOT);
      if (!(w.endsWith("t") || w.contains("ge") && w.endsWith("en")) || w.endsWith("en") && w.equals(lemma)) {
        return false;
      }
      for (int k = i - 1; k >= from; k--) {
        if (pairOfToken[k] >= 0 || ",;:".contains(lower[k]) || isQuoteMark(lower[k]) || COORDINATORS.contains(lower[k])) {
          break;
        }
        if (PASSIVE_AUXILIARIES.contains(lower[k])) {
          return true;
        }
      }
      // "…, wie bestätigt wurde": the auxiliary after the participle.
      return i + 1 < tokens.size() && PASSIVE_AUXILIARIES.contains(lower[i + 1]);
    }

    private Phrase phraseForCue(Cue cue, int from, int to) {
      int i = cue.token();
      switch (cue.kind()) {
        case SO, LAUT -> {
          if (cue.kind() == CueKind.SO && cue.span().end() > tokens.get(i).end()) {
            return phraseAfter(tokenAtOrAfter(cue.span().end()), to);
          }
          Phrase p = phraseAfter(i + 1, to);
          if (p == null && cue.kind() == CueKind.LAUT && i + 1 < to && DETERMINERS.contains(lower[i + 1])) {
            // "Laut einer in der vergangenen Woche veröffentlichten Umfrage": the noun after a participle phrase.
            for (int k = i + 2; k + 1 < to && k <= i + 10 && pairOfToken[k] < 0 && isWord(k); k++) {
              if (Character.isLowerCase(tokens.get(k).text().charAt(0)) && isAdjectiveLike(lower[k])
                  && Character.isUpperCase(tokens.get(k + 1).text().charAt(0))) {
                Phrase head = phraseAfter(k + 1, to);
                if (head != null) {
                  // the last participle before a noun: "in der vergangenen Woche" is inside the attribute.
                  p = new Phrase(i + 1, head.last());
                }
              }
            }
          }
          return p;
        }
        case NACH_ANGABEN -> {
          if ("demnach".equals(lower[i]) || "danach".equals(lower[i])) {
            // the source is the one named before, not the words after the adverb
            return null;
          }
          int opener = tokenAtOrAfter(cue.span().start());
          for (int j = opener + 1; j < i; j++) {
            if (POSSESSIVES.contains(lower[j])) {
              // "Nach seiner Einschätzung": the possessive takes up its person like "er".
              return new Phrase(j, j);
            }
            if ("eigenen".equals(lower[j]) && opener > from && startsPhrase(from)) {
              // "Die Firma hat nach eigenen Angaben …": the subject is the source.
              return phraseAfter(from, opener);
            }
          }
          if (i - 2 >= from && hyphenInsideWord(i - 1) && Character.isUpperCase(tokens.get(i - 2).text().charAt(0))
              && !(i + 1 < to && GENITIVE_DETERMINERS.contains(lower[i + 1]))) {
            // "Nach den JHU-Statistiken": the name before the hyphen is the source.
            return new Phrase(i - 2, i - 2);
          }
          int k = i + 1;
          if (k < to && "von".equals(lower[k])) {
            k++;
          }
          return phraseAfter(k, to);
        }
        case ZUFOLGE -> {
          return phraseBefore(i - 1, from);
        }
        default -> {
          // verbs below
        }
      }
      int clauseStart = from;
      for (int k = i - 1; k >= from; k--) {
        if ((pairOfToken[k] >= 0 || isQuoteMark(lower[k])) && nameInMarks(k)) {
          // "Wie das Ministerium dem Dienst „kna“ mitteilte": a name in marks stands inside the clause.
          continue;
        }
        if (pairOfToken[k] >= 0 || ",;:".contains(lower[k]) || isQuoteMark(lower[k])
            || k + 1 < i && "wie".equals(lower[k + 1])
                && (text.substring(tokens.get(k).end(), tokens.get(k + 1).start()).matches("\\s*[-–—(]\\s*")
                    || !hyphenInsideWord(k) && text.substring(tokens.get(k).start(), tokens.get(k).end()).matches("[-–—(]"))) {
          // "Spanien ist – wie die Zeitung darstellt – überlastet": a dash opens the inserted clause.
          clauseStart = k + 1;
          break;
        }
      }
      while (clauseStart < i && !isWord(clauseStart)) {
        clauseStart++;
      }
      Phrase beforeRelative = subjectBeforeOpenRelative(clauseStart, i, from);
      if (beforeRelative != null) {
        return beforeRelative;
      }
      Phrase afterAuxiliary = subjectAfterAuxiliary(clauseStart, i);
      if (afterAuxiliary != null) {
        return afterAuxiliary;
      }
      for (int k = i - 2; k > clauseStart; k--) {
        // "Olaf Brenner reiste ab und der leitende Ingenieur sagte, …": the subject after "und" speaks, not the first one.
        if (COORDINATORS.contains(lower[k]) && pairOfToken[k] < 0) {
          Phrase second = phraseAfter(k + 1, i);
          if (second != null && second.last() == i - 1 && !PRONOUNS.contains(lower[second.first()])
              && (DETERMINERS.contains(lower[k + 1]) || entityAt(tokens.get(k + 1).start()) != null)) {
            return second;
          }
          break;
        }
      }
      if (clauseStart < i && "wie".equals(lower[clauseStart])) {
        Phrase p = phraseAfter(clauseStart + 1, i);
        if (p != null) {
          return p;
        }
      }
      int after = i + 1;
      while (after + 1 < to && SENTENCE_ADVERBS.contains(lower[after])) {
        // "sagte auch Olaf Brenner", "erklärte dagegen die Ministerin".
        after++;
      }
      if (after < to && "es".equals(lower[after])) {
        after++;
        if (after + 1 < to && SENTENCE_ADVERBS.contains(lower[after])
            && ("steht".equals(lower[i]) || "stand".equals(lower[i]))) {
          // "so steht es jedenfalls in einem Vermerk"
          after++;
        }
        if ((lower[i].equals("heißt") || lower[i].equals("hieß")) && after + 1 < to
            && SOURCE_PREPOSITIONS.contains(lower[after])
            || ("steht".equals(lower[i]) || "stand".equals(lower[i])) && after + 1 < to
            && STANDS_PREPOSITIONS.contains(lower[after])) {
          // "heißt es in einer Petition", "hieß es im Leitartikel": the document is the source.
          Phrase source = phraseAfter(after + 1, to);
          if (source != null) {
            return source;
          }
        }
      }
      if (clauseStart < i && startsPhrase(clauseStart)) {
        Phrase p = phraseAfter(clauseStart, i);
        if (p != null && p.first() == p.last() && p.last() == i - 1
            && entityAt(tokens.get(p.first()).start()) == null && !PRONOUNS.contains(lower[p.first()])) {
          // "Zwar sagte Huber": a lone word in first position that is no name gives way to a name after the verb.
          Phrase subject = phraseAfter(after, to);
          if (subject != null && (entityAt(tokens.get(subject.first()).start()) != null
              || thingNoun(p) && personNoun(subject))) {
            // "Kritik äußerten Angehörige daran, dass …": a noun naming a thing is the object, the people speak.
            return subject;
          }
        }
        if (p != null && p.first() == clauseStart && p.last() == i - 1 && frontedDative(p)) {
          // "Dem Magazin sagte der Minister", "Der Süddeutschen Zeitung sagte Huber": the outlet told is a dative
          // object; the person after the verb speaks.
          Phrase subject = phraseAfter(after, to);
          if (subject != null && (isPersonEntity(subject) || PRONOUNS.contains(lower[subject.first()])
              || ("der".equals(lower[subject.first()]) || "die".equals(lower[subject.first()]))
                  && (personNoun(subject) || bodyNoun(subject)))) {
            return subject;
          }
        }
        if (p != null && p.first() == p.last() && DEMONSTRATIVES.contains(lower[p.first()])) {
          // "Diesen Vorschlag äußerte der Abgeordnete": a demonstrative opens the object; the subject follows the verb.
          Phrase subject = phraseAfter(after, to);
          if (subject != null && (isPersonEntity(subject) || entityAt(tokens.get(subject.first()).start()) != null
              || DEFINITE.contains(lower[subject.first()]) && (personNoun(subject) || bodyNoun(subject)))) {
            return subject;
          }
        }
        if (p != null && p.first() == clauseStart && thingNoun(p) && !bodyNoun(p)) {
          // "Die Verzögerung bei der Einführung begründete Brenner mit …": an object first; the person after the
          // verb speaks.
          boolean named = false;
          for (int j = p.first(); j <= p.last(); j++) {
            named |= entityAt(tokens.get(j).start()) != null;
          }
          Phrase subject = named ? null : phraseAfter(after, to);
          if (subject != null && (PRONOUNS.contains(lower[subject.first()]) && subject.first() == after
              || isPersonEntity(subject) || DEFINITE.contains(lower[subject.first()]) && personNoun(subject)
                  && !isInstitution(subject))) {
            return subject;
          }
        }
        if (p != null && p.first() == p.last() && entityAt(tokens.get(p.first()).start()) == null
            && ("ADJ".equals(tokens.get(p.first()).pos()) || "ADV".equals(tokens.get(p.first()).pos()))) {
          // "Rechtzeitig vor der Sitzung meldete ein Verband, …": a capitalised adverb opens no subject.
          Phrase subject = phraseAfter(after, to);
          if (subject != null) {
            return subject;
          }
        }
        if (p != null) {
          return p;
        }
      }
      Phrase p = withoutMediaTail(phraseAfter(after, to));
      if (p != null) {
        return p;
      }
      if (clauseStart == i && clauseStart - 1 > from && ",".equals(lower[clauseStart - 1])) {
        // "Andrés Brenner, Professor für Verwaltungsrecht, sprach von …": the verb right after an
        // apposition's closing comma; the person before the apposition is the subject.
        Phrase subject = subjectBeforeApposition(clauseStart - 1, from);
        if (subject != null) {
          return subject;
        }
      }
      Phrase firstFound = null;
      boolean passive = false;
      for (int k = clauseStart; k < i; k++) {
        passive |= PASSIVE_AUXILIARIES.contains(lower[k]);
      }
      // The verb is a participle ("hingewiesen", "mitgeteilt"), not the infinitive ("wird mitteilen").
      passive &= lower[i].contains("ge") && (lower[i].endsWith("t") || lower[i].endsWith("en"))
          && !lower[i].equals(String.valueOf(tokens.get(i).lemma()).toLowerCase(Locale.ROOT));
      for (int k = clauseStart + 1; k < i; k++) {
        if (PRONOUNS.contains(lower[k]) && pairOfToken[k] < 0 && k > clauseStart && RELATIVES.contains(lower[k - 1])) {
          // "…, in dem er erneut versicherte, dass …": the pronoun after a relative pronoun is the subject.
          return new Phrase(k, k);
        }
        if (DETERMINERS.contains(lower[k]) || entityAt(tokens.get(k).start()) != null) {
          p = phraseAfter(k, i);
          if (p == null) {
            continue;
          }
          // "Im Rahmen einer Studie befragte die Agentur Nordlicht …": a noun in a prepositional phrase or a
          // genitive is no subject; a phrase with a name in it is the better one.
          // "In der Erklärung heißt es": there the source is the prepositional phrase.
          boolean heisst = lower[i].equals("heißt") || lower[i].equals("hieß");
          // "Bereits 2004 wurde bei einer Dissertation darauf hingewiesen, dass": a passive's source.
          boolean source = passive && AGENT_PREPOSITIONS.contains(lower[k - 1]);
          boolean attached = k > clauseStart && !heisst && !source && (PREPOSITIONS.contains(lower[k - 1])
              || GENITIVE_DETERMINERS.contains(lower[k]) && isWord(k - 1) && "NOUN".equals(tokens.get(k - 1).pos())
                  && entityAt(tokens.get(k - 1).start()) == null);
          if (attached) {
            k = p.last();
            continue;
          }
          boolean named = false;
          for (int j = p.first(); j <= p.last(); j++) {
            named |= entityAt(tokens.get(j).start()) != null;
          }
          if (named) {
            return p;
          }
          if (firstFound == null) {
            firstFound = p;
          }
          k = p.last();
        }
      }
      if (firstFound == null && clauseStart - 1 > from && ",".equals(lower[clauseStart - 1])) {
        // "Robert Brenner, stellvertretender Vorsitzender der Gesellschaft warnt, „…“": an apposition whose
        // closing comma is missing; the person before it speaks.
        boolean verb = false;
        for (int k = clauseStart; k < i; k++) {
          verb |= isVerbTag(tokens.get(k).pos()) && Character.isLowerCase(tokens.get(k).text().charAt(0));
        }
        if (!verb) {
          return subjectBeforeApposition(clauseStart - 1, from);
        }
      }
      return firstFound;
    }

    /**
     * "sagte der CDU-Politiker der Rheinischen Post": after the verb, "der" before a newspaper opens the
     * dative of whom it was said to, not a genitive of the speaker.
     */
    private Phrase withoutMediaTail(Phrase p) {
      if (p == null) {
        return null;
      }
      for (int j = p.first() + 1; j < p.last(); j++) {
        if (!"der".equals(lower[j])) {
          continue;
        }
        for (int k = j + 1; k <= p.last(); k++) {
          String w = lastPart(lower[k]);
          for (String media : MEDIA_WORDS) {
            if (w.endsWith(media)) {
              return new Phrase(p.first(), j - 1);
            }
          }
        }
      }
      return p;
    }

    /**
     * The person named before an apposition that ends at the comma {@code comma}: "X, Professor für Y,"
     * or "der Vorsitzende des Rats, Landesbischof X," (the person right before the comma), outside quotes.
     */
    private Phrase subjectBeforeApposition(int comma, int from) {
      int b = comma - 1;
      if (b >= from && pairOfToken[b] < 0 && isWord(b)) {
        EntityMention e = entityAt(tokens.get(b).start());
        if (e != null && "PER".equals(e.type()) && e.end() == tokens.get(b).end()) {
          int first = tokenAtOrAfter(e.start());
          return new Phrase(first, b);
        }
      }
      boolean verb = false;
      for (int k = comma - 1; k >= from && k >= comma - 15; k--) {
        if (pairOfToken[k] >= 0 || isQuoteMark(lower[k]) || ";:.!?".contains(lower[k])) {
          return null;
        }
        verb |= isVerbTag(tokens.get(k).pos());
        if (",".equals(lower[k])) {
          if (verb && !(k + 1 < comma && RELATIVES.contains(lower[k + 1]))) {
            // Only a relative clause ("Olaf Brenner, der in Wien war, sagte") may hold a verb.
            return null;
          }
          int c = k - 1;
          if (c >= from && pairOfToken[c] < 0 && isWord(c)) {
            EntityMention e = entityAt(tokens.get(c).start());
            if (e != null && "PER".equals(e.type()) && e.end() == tokens.get(c).end()) {
              return new Phrase(tokenAtOrAfter(e.start()), c);
            }
          }
          return null;
        }
      }
      return null;
    }

    /**
     * "Der Konzern Nordlicht, zu welchem die Firma Y gehört teilte mit, …": a relative clause right before
     * the verb whose closing comma is missing (it opens after a comma with a relative pronoun, perhaps after
     * a preposition, and its own verb stands right before the cue); the phrase before that comma is the
     * subject, not a noun inside the relative clause. Null when the clause is no such relative clause.
     */
    private Phrase subjectBeforeOpenRelative(int clauseStart, int i, int from) {
      if (clauseStart - 2 < from || !",".equals(lower[clauseStart - 1]) || i - clauseStart < 3) {
        return null;
      }
      int r = clauseStart;
      if (PREPOSITIONS.contains(lower[r]) && r + 1 < i) {
        r++;
      }
      if (!RELATIVES.contains(lower[r]) && !OPEN_RELATIVES.contains(lower[r])) {
        return null;
      }
      if (r == clauseStart && !OPEN_RELATIVES.contains(lower[r]) && !"dem".equals(lower[r])
          && !"denen".equals(lower[r]) && !"deren".equals(lower[r]) && !"dessen".equals(lower[r])) {
        // "X, der Y sagte" could be an apposition ("Anna Berger, der Sprecher …"); only unambiguous forms.
        return null;
      }
      if (!DETERMINERS.contains(lower[r + 1]) && entityAt(tokens.get(r + 1).start()) == null) {
        // "…, in dem er erneut versicherte, …": with a pronoun as its subject the cue is the relative clause's own.
        return null;
      }
      int verb = i - 1;
      String pos = tokens.get(verb).pos();
      if (pairOfToken[verb] >= 0 || !isWord(verb) || !Character.isLowerCase(tokens.get(verb).text().charAt(0))
          || !isVerbTag(pos) && !"X".equals(pos) || verb <= r + 1) {
        return null;
      }
      Phrase p = phraseBefore(clauseStart - 2, from);
      if (p == null || p.last() != clauseStart - 2) {
        return null;
      }
      return p;
    }

    /** A noun phrase from token k: determiner, adjectives, capitalised words, genitive tail. */
    private Phrase phraseAfter(int k, int limit) {
      if (k >= limit || !startsPhrase(k)) {
        return null;
      }
      if (PRONOUNS.contains(lower[k])) {
        return new Phrase(k, k);
      }
      int last = -1;
      boolean noun = false;
      int i = k;
      while (i < limit && i - k < 14 && (pairOfToken[i] < 0 || i > k && nameInMarks(i))) {
        String w = lower[i];
        Token t = tokens.get(i);
        if (i > k && (pairOfToken[i] >= 0 || isQuoteMark(w)) && nameInMarks(i)) {
          // "die „Neue Abendpost“", "dem Dienst „kna“": a name in quotation marks is part of the phrase.
          if (isWord(i)) {
            noun = true;
            last = i;
          }
          i++;
          continue;
        }
        boolean cap = Character.isUpperCase(t.text().charAt(0)) || ageNoun(i);
        if (i + 2 < limit && t.text().chars().allMatch(Character::isDigit) && ageNoun(i + 2)) {
          i++;
          continue;
        }
        if (!isWord(i)) {
          if (t.text().equals("-") || t.text().equals(".") && i == last + 0 && last >= 0 && t.start() == tokens.get(last).end()) {
            i++;
            continue;
          }
          break;
        }
        if (i == k && DETERMINERS.contains(w)) {
          i++;
          continue;
        }
        if (namePartic(i)) {
          i++;
          continue;
        }
        if (noun && ("des".equals(w) || "der".equals(w)) && i + 1 < limit && isNounish(i + 1) && pairOfToken[i + 1] < 0) {
          i++;
          continue;
        }
        if (("und".equals(w) || "oder".equals(w)) && i > k && i + 1 < limit && pairOfToken[i + 1] < 0
            && (tokens.get(i - 1).text().endsWith("-") || noun && isWord(i + 1)
                && Character.isUpperCase(tokens.get(i + 1).text().charAt(0))
                && !FUNCTION_WORDS.contains(lower[i + 1]) && !DETERMINERS.contains(lower[i + 1])
                && !"ADV".equals(tokens.get(i + 1).pos()))) {
          // "Arbeits- und Gesundheitsminister Karl-Josef Brenner", "Gewerkschafter und Personalvertreter".
          i++;
          continue;
        }
        if (cap && !FUNCTION_WORDS.contains(w) && !DETERMINERS.contains(w) || entityAt(t.start()) != null) {
          noun = true;
          last = i;
          i++;
          continue;
        }
        if (!cap && !noun && isAdjectiveLike(w)) {
          i++;
          continue;
        }
        if (!cap && noun && isAdjectiveLike(w) && i + 1 < limit && isNounish(i + 1) && i > 0
            && ("des".equals(lower[i - 1]) || "der".equals(lower[i - 1]))) {
          i++;
          continue;
        }
        break;
      }
      if (!noun) {
        return null;
      }
      Phrase p = new Phrase(k, last);
      return implausible(p) ? null : p;
    }

    private boolean isNounish(int i) {
      if (i >= tokens.size() || !isWord(i)) {
        return false;
      }
      return Character.isUpperCase(tokens.get(i).text().charAt(0)) || isAdjectiveLike(lower[i]);
    }

    private boolean isAdjectiveLike(String w) {
      return !FUNCTION_WORDS.contains(w) && !DETERMINERS.contains(w)
          && verbs.readings(w).isEmpty()
          && (w.endsWith("e") || w.endsWith("en") || w.endsWith("er") || w.endsWith("es") || w.endsWith("em"));
    }

    /** A noun phrase ending at token k ("dem Außenministerium zufolge"). */
    private Phrase phraseBefore(int k, int from) {
      if (k >= from && k >= 0 && (DATIVE_PRONOUNS.contains(lower[k]))) {
        // "Ihm zufolge": the pronoun takes up a person like "er" does.
        return new Phrase(k, k);
      }
      if (k - 2 >= from && ")".equals(lower[k])) {
        // "Dem Deutschen Wetterdienst (DWD) zufolge": the bracketed short form is left out.
        for (int j = k - 1; j >= from && j >= k - 4; j--) {
          if ("(".equals(lower[j])) {
            k = j - 1;
            break;
          }
        }
      }
      int last = k;
      int first = -1;
      for (int i = k; i >= from && k - i < 12; i--) {
        if (pairOfToken[i] < 0 && hyphenInsideWord(i)) {
          // "Der Charité-Expertin zufolge": a compound the tokenizer split at its hyphen.
          continue;
        }
        if (pairOfToken[i] >= 0 || !isWord(i)) {
          break;
        }
        String w = lower[i];
        if (FUNCTION_WORDS.contains(w)) {
          break;
        }
        first = i;
        if (DETERMINERS.contains(w)) {
          break;
        }
      }
      return first < 0 ? null : new Phrase(first, last);
    }

    /** A "-" token joined to words on both sides ("Charité" "-" "Expertin"). */
    private boolean hyphenInsideWord(int i) {
      return i > 0 && i + 1 < tokens.size() && "-".equals(tokens.get(i).text())
          && tokens.get(i - 1).end() == tokens.get(i).start() && tokens.get(i + 1).start() == tokens.get(i).end()
          && isWord(i - 1) && isWord(i + 1);
    }

    /** "der 68-Jährige", "die 45-jährige Ärztin": an age noun names a person. */
    private boolean ageNoun(int i) {
      String w = tokens.get(i).text();
      if (AGE_NOUN.matcher(w).matches()) {
        return true;
      }
      return i >= 2 && w.startsWith("Jährig") && hyphenInsideWord(i - 1)
          && tokens.get(i - 2).text().chars().allMatch(Character::isDigit);
    }

    private EntityMention entityAt(int pos) {
      for (EntityMention e : entities) {
        if (e.start() <= pos && pos < e.end()) {
          return e;
        }
        if (e.start() > pos) {
          break;
        }
      }
      return null;
    }

    // ---- resolution ----

    private QuoteMention.Speaker resolve(Phrase phrase, int u, int to) {
      Span span = new Span(tokens.get(phrase.first()).start(), tokens.get(phrase.last()).end());
      String words = span.of(text);
      String first = lower[phrase.first()];
      if (phrase.first() == phrase.last()
          && (PRONOUNS.contains(first) || DATIVE_PRONOUNS.contains(first) || POSSESSIVES.contains(first))) {
        // "er" takes up no one the text calls "Ministerin" or "Frau"
        char g = "er".equals(first) || "ihm".equals(first) || "ihn".equals(first) ? 'm' : '?';
        EntityMention inUnit = personInUnitBefore(span.start(), u);
        if (inUnit != null && fits(inUnit.text(), g)) {
          // "Erika Muster forderte …, sagte sie": the person named in the same sentence, not the last speaker.
          return new QuoteMention.Speaker(
              text.substring(inUnit.start(), inUnit.end()), inUnit.span(), span, "pronoun");
        }
        EntityMention newSubject = subjectSinceLastSpeaker(span.start());
        if (newSubject != null && fits(newSubject.text(), g)) {
          // "„…“, sagte Huber. Ministerin Anna Kranz reiste nach Lindenau. „…“, sagte sie.": the person
          // opening a later sentence is who the pronoun takes up, not the earlier speaker.
          return new QuoteMention.Speaker(
              text.substring(newSubject.start(), newSubject.end()), newSubject.span(), span, "pronoun");
        }
        if (recent(u) && fits(lastSpeaker.name(), g)) {
          return new QuoteMention.Speaker(lastSpeaker.name(), lastSpeaker.mention(), span, "pronoun");
        }
        EntityMention before = personBefore(span.start());
        if (before != null && !fits(before.text(), g)) {
          // "Ministerin Berger sprach mit Karl Huber. … Er sagte": the nearest person "er" can take up.
          before = null;
          for (EntityMention e : entities) {
            if (e.end() > span.start()) {
              break;
            }
            if ("PER".equals(e.type()) && fits(e.text(), g)) {
              before = e;
            }
          }
        }
        return before == null
            ? null
            : new QuoteMention.Speaker(
                text.substring(before.start(), before.end()), before.span(), span, "pronoun");
      }
      int docHead = headToken(phrase);
      if (docHead >= 0 && SOURCE_DOCUMENTS.contains(lastPart(lower[docHead]))) {
        if (docHead + 1 < phrase.last() && GENITIVE_DETERMINERS.contains(lower[docHead + 1])) {
          // "in einem Bericht der Stelle", "einer Studie des Instituts": the holder of the document speaks.
          QuoteMention.Speaker holder = resolve(new Phrase(docHead + 1, phrase.last()), u, to);
          // a holder named or taken up ("der Stelle" for the body named before) speaks; one only described stays
          // inside the whole phrase, which reads better ("einer Erklärung des Ministeriums")
          if (holder != null && holder.mention() != null) {
            return new QuoteMention.Speaker(holder.name(), holder.mention(), span, holder.via());
          }
        }
        if (docHead == phrase.last() && DEFINITE.contains(first) && recent(u) && lastSpeaker != null) {
          // "Den Berichten zufolge …", "Laut der Mitteilung …" after "… berichteten die Staatsmedien": the
          // document just named by its source takes that source up.
          return new QuoteMention.Speaker(lastSpeaker.name(), lastSpeaker.mention(), span, "role");
        }
      }
      EntityMention named = bestEntity(span);
      if (named != null && !"PER".equals(named.type()) && "der".equals(first) && phrase.last() == phrase.first() + 1
          && PARTY_MEMBERS.contains(lower[phrase.last()])) {
        // "Der Republikaner warf … vor": a party member, a role like "der CDU-Politiker", not the party.
        named = null;
      }
      if (named != null && !"PER".equals(named.type()) && DEFINITE.contains(first)
          && headToken(phrase) >= 0 && tokens.get(headToken(phrase)).end() <= named.start() && personNoun(phrase)
          && isPersonRole(headStem(phrase)) && GENITIVE_DETERMINERS.contains(lower[tokenBefore(named.start())])) {
        // "Der Chef des Robert-Koch-Instituts warnt …": a person named by a role in a body, not the body; the
        // person given that role, or in a lead the person named next, or the words as written.
        EntityMention holder = apposition(phrase.last() + 1, to);
        if (holder == null) {
          // "Laut dem Präsidenten der Kammer, Walter Brenner, …": the person in apposition holds the role.
          holder = roleHolder(phrase, headStem(phrase), span.start());
        }
        if (holder == null && personBefore(span.start()) == null) {
          holder = personAfter(span.end(), u + 3);
        }
        return holder != null
            ? new QuoteMention.Speaker(text.substring(holder.start(), holder.end()), holder.span(), span, "role")
            : new QuoteMention.Speaker(words, null, span, "description");
      }
      if (named == null) {
        named = apposition(phrase.last() + 1, to);
      }
      if (named != null && "LOC".equals(named.type()) && named.start() > span.start()) {
        // "Das Verwaltungsgericht Berlin", "die Stadt Lindenau": a body named by its place speaks, not the place.
        int place = tokenAtOrAfter(named.start());
        int k = place - 1;
        if (k >= phrase.first() && isWord(k) && Character.isUpperCase(tokens.get(k).text().charAt(0))
            && entityAt(tokens.get(k).start()) == null && isBodyWord(lower[k])) {
          Span body = new Span(tokens.get(k).start(), named.end());
          return new QuoteMention.Speaker(body.of(text), body, span, "name");
        }
      }
      if (named != null) {
        return new QuoteMention.Speaker(text.substring(named.start(), named.end()), named.span(), span, "name");
      }
      if (cannotSpeak(phrase)) {
        // "Diesen Vorschlag äußerte …", "laut Presseberichten", "der Mitteilung zufolge": no one to name; the
        // caller falls back to what it would take without this phrase.
        refused = true;
        return null;
      }
      boolean determiner = DETERMINERS.contains(first);
      if (!determiner) {
        int capitalised = 0;
        for (int i = phrase.first(); i <= phrase.last(); i++) {
          if (isWord(i) && Character.isUpperCase(tokens.get(i).text().charAt(0))) {
            capitalised++;
          }
        }
        if (capitalised >= 2 && capitalised == phrase.last() - phrase.first() + 1 || seenAsName(words)) {
          return new QuoteMention.Speaker(words, span, span, "name");
        }
        return new QuoteMention.Speaker(words, null, span, "description");
      }
      if (INDEFINITE.contains(first)) {
        return new QuoteMention.Speaker(words, null, span, "description");
      }
      String head = headStem(phrase);
      int headAt = headToken(phrase);
      // a feminine role ("die Ministerin") takes up no one the text calls by a masculine title; a masculine one may
      // be generic ("der Politiker" for a woman) and vetoes nothing
      char roleGender = headAt >= 0 && titleGender(tokens.get(headAt).text()) == 'f' ? 'f' : '?';
      for (int h = history.size() - 1; h >= 0 && h >= history.size() - 8; h--) {
        QuoteMention.Speaker s = history.get(h);
        Set<String> known = s.mention() == null ? Set.of(descriptionHead(s.name())) : stemsOf(s.name());
        if (!head.isEmpty() && known.contains(head) && (s.mention() == null || fits(s.name(), roleGender))) {
          return new QuoteMention.Speaker(s.name(), s.mention(), span, "role");
        }
      }
      EntityMention holder = roleHolder(phrase, head, span.start());
      if (holder != null) {
        return new QuoteMention.Speaker(
            text.substring(holder.start(), holder.end()), holder.span(), span, "role");
      }
      EntityMention titled = titledPerson(head, feminine(phrase), span.start());
      if (titled != null) {
        return new QuoteMention.Speaker(
            text.substring(titled.start(), titled.end()), titled.span(), span, "role");
      }
      boolean personNoun = personNoun(phrase);
      boolean adjacentSpeaker = lastSpeaker != null && u - lastSpeakerUnit <= 1 && DEFINITE.contains(first)
          && !isInstitution(phrase);
      if (recent(u) && lastSpeaker.mention() != null && isPersonRole(head) && personNoun && isPerson(lastSpeaker.mention())
          && (bareRole(phrase) || adjacentSpeaker) && newPersonSinceLastSpeaker(span.start()) == null
          && !pluralSubject(phrase) && fits(lastSpeaker.name(), roleGender)) {
        // "„…“, sagte Brenner. Da dürfe es … geben, sagte der bayerische Ministerpräsident": with a modifier, a
        // definite role still takes up the speaker of the sentence before when nobody else was named since.
        return new QuoteMention.Speaker(lastSpeaker.name(), lastSpeaker.mention(), span, "role");
      }
      if (isPersonRole(head) && personNoun && !isInstitution(phrase) && bareRole(phrase) && !pluralSubject(phrase)) {
        // "sagte der CDU-Politiker": a role phrase names the person the article is about, named before
        // (or, in a lead, right after).
        EntityMention person = personBefore(span.start());
        if (person == null) {
          person = personAfter(span.end(), u + 2);
        }
        if (person != null && fits(person.text(), roleGender)) {
          return new QuoteMention.Speaker(
              text.substring(person.start(), person.end()), person.span(), span, "role");
        }
      }
      EntityMention body = bodyNamedBefore(phrase, head, span.start(), u);
      if (body != null) {
        return new QuoteMention.Speaker(text.substring(body.start(), body.end()), body.span(), span, "role");
      }
      return new QuoteMention.Speaker(words, null, span, "description");
    }

    /**
     * "teilte das Unternehmen mit", "so das Ministerium": a definite noun of a kind of body refers to the
     * organisation of that kind named before ("das Bundesgesundheitsministerium"); a company word
     * ("das Unternehmen", "der Konzern", "die Kasse") to the organisation named in the sentences just before.
     */
    private EntityMention bodyNamedBefore(Phrase phrase, String head, int pos, int u) {
      int h = headToken(phrase);
      boolean kind = h >= 0 && BODY_KINDS.contains(lastPart(lower[h]));
      if (h < 0 || h != phrase.last() || !DEFINITE.contains(lower[phrase.first()]) || head.length() < 4
          || isPersonRole(head) && !kind) {
        return null;
      }
      EntityMention ofKind = null;
      EntityMention latest = null;
      for (EntityMention e : entities) {
        if (e.end() > pos) {
          break;
        }
        int pair = pairAround(e.start());
        if (!"ORG".equals(e.type()) || pair >= 0
            && !text.substring(pairs.get(pair).contentStart(), pairs.get(pair).contentEnd()).strip().equals(e.text())) {
          // a name in quotation marks counts where the marks hold the name alone ("laut dem „Kurier“")
          continue;
        }
        latest = e;
        if (e.text().toLowerCase(Locale.ROOT).contains(head)) {
          ofKind = e;
        }
      }
      if (ofKind == null && (kind || INSTITUTION_HEADS.stream().anyMatch(head::endsWith))) {
        ofKind = compoundNamedBefore(head, phrase.first(), u);
      }
      if (ofKind != null) {
        return ofKind;
      }
      // "der Verband", "das Magazin", "der UN-Agentur": a noun of a kind of body takes up the body just named
      return latest != null && (COMPANY_HEADS.contains(head) || kind) && unitOf(latest.start()) >= u - 3 ? latest : null;
    }

    /**
     * "Der Verwaltungsgerichtshof hat … verboten. Das Gericht begründete …": a body the tagger did not name, written
     * as a compound of the noun in the three sentences before; not a person's role in it ("Gerichtssprecher").
     */
    private EntityMention compoundNamedBefore(String head, int before, int u) {
      for (int k = before - 1; k >= 0 && unitOf(tokens.get(k).start()) >= u - 3; k--) {
        String w = lower[k];
        if (isWord(k) && Character.isUpperCase(tokens.get(k).text().charAt(0)) && pairOfToken[k] < 0
            && w.length() > head.length() + 2 && w.contains(head) && !w.startsWith(head)
            && entityAt(tokens.get(k).start()) == null && PERSON_TAILS.stream().noneMatch(stem(w)::endsWith)
            && !w.endsWith("en")) {
          Token t = tokens.get(k);
          EntityMention next = k + 1 < tokens.size() ? entityAt(tokens.get(k + 1).start()) : null;
          if (next != null && "ORG".equals(next.type())) {
            // "der Weltverband IIHF": the name after the noun
            return next;
          }
          return new EntityMention(t.start(), t.end(), text.substring(t.start(), t.end()), "ORG");
        }
      }
      return null;
    }

    private EntityMention bestEntity(Span span) {
      EntityMention best = null;
      int bestRank = Integer.MAX_VALUE;
      for (EntityMention e : entities) {
        if (e.start() >= span.end()) {
          break;
        }
        if (e.end() <= span.start()) {
          continue;
        }
        int rank = switch (e.type()) {
          case "PER" -> 0;
          case "ORG" -> 1;
          case "LOC" -> 2;
          default -> Integer.MAX_VALUE;
        };
        if (rank > 0 && rank < Integer.MAX_VALUE && e.end() < span.end()
            && DETERMINERS.contains(lower[tokenAtOrAfter(span.start())])) {
          continue;
        }
        if (rank < bestRank && rank < Integer.MAX_VALUE) {
          best = e;
          bestRank = rank;
        }
      }
      if (best != null && bestRank > 0 && INDEFINITE.contains(lower[tokenAtOrAfter(span.start())])) {
        return null;
      }
      return best;
    }

    /** "die Sprecherin des Ministeriums, Erika Muster": a person named right after a comma. */
    private EntityMention apposition(int k, int to) {
      // "des Direktors am Institut für Epidemiologie an der Klinik Nord, Stefan Brenner, …": the role's
      // prepositional attributes stand between it and its holder; a verb ends the search.
      for (int i = k; i < to && i < k + 12; i++) {
        if (pairOfToken[i] >= 0 || isVerbTag(tokens.get(i).pos()) || i >= k + 4 && !attributeWord(i)) {
          return null;
        }
        if (",".equals(lower[i])) {
          if (i + 1 < to) {
            EntityMention e = entityAt(tokens.get(i + 1).start());
            if (e != null && "PER".equals(e.type()) && e.start() == tokens.get(i + 1).start()) {
              return e;
            }
          }
          return null;
        }
      }
      return null;
    }

    /** A word of a role's attribute: a preposition, an article, a noun or adjective, a name, a hyphen or comma. */
    private boolean attributeWord(int i) {
      return PREPOSITIONS.contains(lower[i]) || DETERMINERS.contains(lower[i]) || ",".equals(lower[i])
          || "-".equals(lower[i]) || isWord(i) && Character.isUpperCase(tokens.get(i).text().charAt(0));
    }

    private boolean seenAsName(String words) {
      for (EntityMention e : entities) {
        if (text.substring(e.start(), e.end()).contains(words)) {
          return true;
        }
      }
      return false;
    }

    /** The last person named before pos, preferring one who opens a sentence (its subject). */
    /** A person's grammatical gender as the text gives it: 'f', 'm', or '?' where it gives none. */
    private char genderOf(String name) {
      if (name == null || name.isBlank()) {
        return '?';
      }
      String[] parts = name.strip().split("\\s+");
      String last = parts[parts.length - 1];
      for (PersonRole r : roles) {
        if (text.substring(r.personStart(), Math.min(r.personEnd(), text.length())).endsWith(last)) {
          String[] words = r.text().split("\\s+");
          char g = titleGender(words[words.length - 1]);
          if (g != '?') {
            return g;
          }
        }
      }
      for (EntityMention e : entities) {
        if (!"PER".equals(e.type()) || !e.text().endsWith(last)) {
          continue;
        }
        int t = tokenBefore(e.start());
        if (t >= 0 && text.substring(tokens.get(t).end(), e.start()).isBlank()) {
          char g = titleGender(tokens.get(t).text());
          if (g != '?') {
            return g;
          }
        }
      }
      return '?';
    }

    /**
     * "Frau", "Ministerin" give 'f'; "Herr", "Minister", "Diplomat" give 'm'; any other word '?'. Only nouns that
     * name a person's role count, so that "Laut" or "Kanzleramt" before a name tell nothing.
     */
    private static char titleGender(String word) {
      String w = lastPart(word);
      if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
        return '?';
      }
      String lw = w.toLowerCase(Locale.ROOT);
      if (lw.equals("frau")) {
        return 'f';
      }
      if (lw.equals("herr") || lw.equals("herrn")) {
        return 'm';
      }
      for (String e : TITLE_ENDINGS) {
        if (lw.endsWith(e + "in")) {
          return 'f';
        }
        if (lw.endsWith(e)) {
          return 'm';
        }
      }
      return '?';
    }

    /** Whether a person may be taken up by a phrase of gender {@code g} ('?' fits everyone). */
    private boolean fits(String name, char g) {
      if (g == '?') {
        return true;
      }
      char known = genderOf(name);
      return known == '?' || known == g;
    }

    private EntityMention personBefore(int pos) {
      EntityMention best = null;
      EntityMention subject = null;
      for (EntityMention e : entities) {
        if (e.end() > pos) {
          break;
        }
        if ("PER".equals(e.type())) {
          best = e;
          int b = tokenBefore(e.start());
          // "Das Unternehmen von Clemens Brenner habe …": a name after a preposition is no subject.
          if (opensUnit(e.start()) && (b < 0 || !PREPOSITIONS.contains(lower[b]))) {
            subject = e;
          }
        }
      }
      if (subject != null && best != subject && unitOf(subject.start()) < unitOf(pos) - 1
          && unitOf(best.start()) >= unitOf(pos) - 1 && pairAround(best.start()) < 0 && !attribute(best)) {
        // "… gewann Olaf Brenner von den Nordlichtern. Der 68-Jährige sprach …": the person of the sentence
        // before, though not its subject, over a subject named further back.
        return best;
      }
      return subject != null ? subject : best;
    }

    /**
     * "„…“, sagte Berger. In Wien gewann Olaf Brenner den Preis. Der 68-Jährige sprach …": a person
     * named, not after a preposition, in the sentence before pos and after the last speaker's sentence.
     */
    private EntityMention newPersonSinceLastSpeaker(int pos) {
      EntityMention found = null;
      int before = unitOf(pos) - 1;
      for (EntityMention e : entities) {
        if (e.end() > pos) {
          break;
        }
        if ("PER".equals(e.type()) && e.start() >= lastQuoteEnd && unitOf(e.start()) >= before
            && pairAround(e.start()) < 0 && !attribute(e)
            && !e.text().equals(lastSpeaker.name()) && !lastSpeaker.name().contains(e.text())) {
          found = e;
        }
      }
      return found;
    }

    /**
     * A name inside a prepositional phrase or a genitive ("von Olaf Brenner", "die Strategie des Ministers
     * Olaf Brenner"): within three words before it a preposition or "des"/"eines", no punctuation between.
     */
    private boolean attribute(EntityMention e) {
      int b = tokenBefore(e.start());
      for (int k = b; k >= 0 && k > b - 4; k--) {
        if (!isWord(k)) {
          return false;
        }
        while (k > 0 && hyphenInsideWord(k - 1)) {
          // "der AfD-Landeschef Björn Brenner": the parts of a compound count as one word.
          k -= 2;
        }
        if (PREPOSITIONS.contains(lower[k]) || "des".equals(lower[k]) || "eines".equals(lower[k])) {
          return true;
        }
      }
      return false;
    }

    /** The end of the sentence running at pos ("…, sagte X mit Blick auf Y."), at most limit. */
    private int sentenceEnd(int pos, int limit) {
      for (int k = pos; k < limit; k++) {
        char c = text.charAt(k);
        if (c == '\n' || (c == '.' || c == '!' || c == '?') && (k + 1 >= text.length()
            || Character.isWhitespace(text.charAt(k + 1))) && pairAround(k) < 0) {
          return k + 1;
        }
      }
      return limit;
    }

    /** The index of the unit holding pos, or of the last unit starting before it. */
    private int unitOf(int pos) {
      int found = -1;
      for (int k = 0; k < units.size() && units.get(k).start() <= pos; k++) {
        found = k;
      }
      return found;
    }

    private boolean isPerson(Span mention) {
      EntityMention e = entityAt(mention.start());
      return e != null && "PER".equals(e.type());
    }

    /**
     * "der Landrat" refers back to someone named; "der russische Außenminister" describes someone by its
     * modifier and must not be taken for whoever spoke last.
     */
    private boolean bareRole(Phrase phrase) {
      for (int i = phrase.first() + 1; i <= phrase.last(); i++) {
        if (isWord(i) && Character.isLowerCase(tokens.get(i).text().charAt(0))
            && !"und".equals(lower[i]) && !"oder".equals(lower[i])) {
          return false;
        }
      }
      return true;
    }

    /** The first person named in unit u before pos, outside quotation marks. */
    /**
     * The person opening the latest sentence between the last speaker's unit and {@code pos} (named
     * within its first {@value #SUBJECT_TOKENS} tokens, outside quotes), or null. Only asked when a
     * last speaker exists: without one, {@link #personBefore} already takes the latest person.
     */
    private EntityMention subjectSinceLastSpeaker(int pos) {
      if (lastSpeaker == null) {
        return null;
      }
      EntityMention found = null;
      for (Span unit : units) {
        if (unit.start() < lastSpeakerEnd) {
          continue;
        }
        if (unit.end() > pos) {
          break;
        }
        int t = tokenAtOrAfter(unit.start());
        int limit = t + SUBJECT_TOKENS < tokens.size() ? tokens.get(t + SUBJECT_TOKENS).start() : unit.end();
        for (EntityMention e : entities) {
          if (e.start() >= limit) {
            break;
          }
          if (e.start() >= unit.start() && "PER".equals(e.type()) && pairAround(e.start()) < 0) {
            found = e;
            break;
          }
        }
      }
      return found;
    }

    private EntityMention personInUnitBefore(int pos, int u) {
      int unitStart = units.get(Math.min(u, units.size() - 1)).start();
      for (EntityMention e : entities) {
        if (e.start() >= pos) {
          break;
        }
        if (e.start() >= unitStart && "PER".equals(e.type()) && pairAround(e.start()) < 0) {
          return e;
        }
      }
      return null;
    }

    /** The first colon outside quotation marks between tokens a and b with a person named before it, or -1. */
    private int colonAfterPerson(int a, int b) {
      for (int k = a; k < b; k++) {
        if (":".equals(lower[k]) && pairOfToken[k] < 0) {
          return k > a && k + 1 < b && personNamedIn(a, k) != null ? k : -1;
        }
      }
      return -1;
    }

    /**
     * The first person named between tokens a and b (outside quotation marks): a tagged name, or a word that is the
     * surname of a person named earlier in the text, which the tagger may miss when it stands alone (a surname that
     * is also a noun).
     */
    private EntityMention personNamedIn(int a, int b) {
      for (int k = a; k < b; k++) {
        Token t = tokens.get(k);
        if (k > a && (DETERMINERS.contains(lower[k - 1]) || PREPOSITIONS.contains(lower[k - 1]))) {
          // "bei der Akzeptanz des Lockdowns:": a name after an article or preposition is no subject
          continue;
        }
        EntityMention e = entityAt(t.start());
        if (e != null && "PER".equals(e.type()) && pairAround(e.start()) < 0) {
          return e;
        }
        if (e == null && pairOfToken[k] < 0 && isWord(k) && t.text().length() >= 3
            && Character.isUpperCase(t.text().charAt(0)) && surnameNamedBefore(t.text(), t.start())) {
          return new EntityMention(t.start(), t.end(), t.text(), "PER");
        }
      }
      return null;
    }

    /** Whether a person named before pos, in two or more words, has this word as the last. */
    private boolean surnameNamedBefore(String word, int pos) {
      for (EntityMention e : entities) {
        if (e.start() >= pos) {
          break;
        }
        if ("PER".equals(e.type()) && e.text().contains(" ") && e.text().endsWith(" " + word)) {
          return true;
        }
      }
      return false;
    }

    /** The first person named after pos, up to the end of unit {@code lastUnit}. */
    private EntityMention personAfter(int pos, int lastUnit) {
      int limit = units.get(Math.min(lastUnit, units.size() - 1)).end();
      for (EntityMention e : entities) {
        if (e.start() >= limit) {
          break;
        }
        if (e.start() >= pos && "PER".equals(e.type())) {
          return e;
        }
      }
      return null;
    }

    /** "die Sprecherin des Landratsamtes", "ein Sprecher der Polizei": a spokesperson of a body, not a person named earlier. */
    private boolean isInstitution(Phrase phrase) {
      for (int i = phrase.first() + 1; i <= phrase.last(); i++) {
        if ("des".equals(lower[i]) || "der".equals(lower[i])) {
          return true;
        }
      }
      String head = headStem(phrase);
      return head.startsWith("sprecher") || head.startsWith("polizei") || head.startsWith("gericht")
          || head.startsWith("vertretung") || head.startsWith("gewerkschaft") || head.startsWith("kasse")
          || head.startsWith("forscher") || head.startsWith("studie");
    }

    private boolean opensUnit(int pos) {
      for (Span unit : units) {
        if (unit.start() <= pos && pos < unit.end()) {
          int words = 0;
          for (int i = tokenAtOrAfter(unit.start()); i < tokens.size() && tokens.get(i).start() < pos; i++) {
            if (isWord(i)) {
              words++;
            }
          }
          return words <= 3;
        }
      }
      return false;
    }

    /**
     * "sagte der Konzern-Sprecher" where the article names "Konzern-Sprecher Olaf Brenner" (before, or after
     * in a lead): the person the role was given to, not whoever was named nearby. A modifier ("der
     * bayerische Ministerpräsident") must be found in that role as well.
     */
    private EntityMention roleHolder(Phrase phrase, String head, int pos) {
      if (head.isEmpty() || roles.isEmpty()) {
        return null;
      }
      boolean feminine = feminine(phrase);
      List<String> modifiers = new ArrayList<>();
      for (int i = phrase.first() + 1; i <= phrase.last(); i++) {
        if (isWord(i) && Character.isLowerCase(tokens.get(i).text().charAt(0)) && lower[i].length() >= 4
            && !DETERMINERS.contains(lower[i])) {
          modifiers.add(lower[i].substring(0, 4));
        }
      }
      PersonRole before = null;
      PersonRole after = null;
      PersonRole spoke = null;
      for (PersonRole r : roles) {
        String[] words = r.text().split("\\s+");
        String last = words[words.length - 1];
        String roleHead = stem(lastPart(last));
        if (!(roleHead.equals(head) || head.length() >= 5 && roleHead.endsWith(head)) || feminine(last) != feminine) {
          continue;
        }
        String roleText = r.text().toLowerCase(Locale.ROOT);
        boolean modified = true;
        for (String m : modifiers) {
          modified &= roleText.contains(m);
        }
        if (!modified) {
          continue;
        }
        if (r.end() <= pos) {
          before = r;
          if (lastSpeaker != null && lastSpeaker.mention() != null && lastWordOf(lastSpeaker.name())
              .equals(lastWordOf(text.substring(r.personStart(), Math.min(r.personEnd(), text.length()))))) {
            // two ministers named: the one who has just spoken is the one taken up
            spoke = r;
          }
        } else if (after == null) {
          after = r;
        }
      }
      PersonRole found = spoke != null ? spoke : before != null ? before : after;
      if (found == null) {
        return null;
      }
      EntityMention e = entityAt(found.personStart());
      return e != null && "PER".equals(e.type()) ? e
          : new EntityMention(found.personStart(), found.personEnd(),
              text.substring(found.personStart(), Math.min(found.personEnd(), text.length())), "PER");
    }

    /** "Bundesinnenministerin Maria Hansen" earlier in the text: the person who holds the role. */
    private static String lastWordOf(String name) {
      String[] parts = name.strip().split("\\s+");
      return parts[parts.length - 1];
    }

    private EntityMention titledPerson(String head, boolean feminine, int before) {
      if (head.isEmpty()) {
        return null;
      }
      EntityMention found = null;
      EntityMention spoke = null;
      for (EntityMention e : entities) {
        if (e.start() >= before) {
          break;
        }
        if (!"PER".equals(e.type())) {
          continue;
        }
        int t = tokenBefore(e.start());
        if (t >= 0 && tokens.get(t).end() >= e.start() - 2
            && text.substring(tokens.get(t).end(), e.start()).isBlank()
            && stemsOf(tokens.get(t).text()).contains(head)
            && feminine(tokens.get(t).text()) == feminine) {
          found = e;
          if (lastSpeaker != null && lastSpeaker.mention() != null
              && lastWordOf(lastSpeaker.name()).equals(lastWordOf(e.text()))) {
            // two ministers named: the one who has just spoken is the one taken up
            spoke = e;
          }
        }
      }
      return spoke != null ? spoke : found;
    }

    /** "die Außenministerin" is not "der Außenminister": the stems meet, the -in ending tells them apart. */
    private boolean feminine(Phrase phrase) {
      int h = headToken(phrase);
      return h >= 0 && feminine(tokens.get(h).text());
    }

    static boolean feminine(String word) {
      String w = lastPart(word).toLowerCase(Locale.ROOT);
      return w.length() > 6 && (w.endsWith("in") || w.endsWith("innen"));
    }

    private String headStem(Phrase phrase) {
      int i = headToken(phrase);
      return i < 0 ? "" : stem(lastPart(tokens.get(i).text()));
    }

    /**
     * The head noun's token: the first capitalised word that is no determiner ("Das Kanzleramt"), and of a
     * compound the tokenizer split at its hyphen the last part ("Konzern" "-" "Sprecher": "Sprecher").
     */
    private int headToken(Phrase phrase) {
      for (int i = phrase.first(); i <= phrase.last(); i++) {
        if (isWord(i) && (Character.isUpperCase(tokens.get(i).text().charAt(0)) || ageNoun(i))
            && !DETERMINERS.contains(lower[i])) {
          while (true) {
            int end = tokens.get(i).end();
            if (i + 2 <= phrase.last() && "-".equals(tokens.get(i + 1).text()) && tokens.get(i + 1).start() == end
                && tokens.get(i + 2).start() == tokens.get(i + 1).end() && isWord(i + 2)) {
              i += 2;
            } else if (i + 1 <= phrase.last() && isWord(i + 1) && (tokens.get(i + 1).start() == end
                && tokens.get(i + 1).text().startsWith("-")
                || tokens.get(i + 1).start() == end + 1 && end < text.length() && text.charAt(end) == '-')) {
              i += 1;
            } else {
              return i;
            }
          }
        }
      }
      return -1;
    }

    /**
     * "ein Sprecher des Landratsamts" is a Sprecher: a later "das Landratsamt" is not this speaker, only
     * "der Sprecher" is.
     */
    static String descriptionHead(String description) {
      for (String w : description.split("[\\s,]+")) {
        if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))
            && !DETERMINERS.contains(w.toLowerCase(Locale.ROOT))) {
          return stem(lastPart(w));
        }
      }
      return "";
    }

    /**
     * Whether the phrase's head noun can name a person by its ending ("Sprecher", "Ministerin",
     * "Präsident", "Beamte", "Virologe"): "den Beschränkungen" or "die Entscheidung" cannot.
     */
    private boolean personNoun(Phrase phrase) {
      String headWord = headWord(phrase);
      for (String e : NON_PERSON_ENDINGS) {
        if (headWord.endsWith(e)) {
          return false;
        }
      }
      for (String e : PERSON_ENDINGS) {
        if (headWord.endsWith(e)) {
          return true;
        }
      }
      return false;
    }

    /** The head noun of a phrase, lower-cased, its last part where hyphenated; empty when it has none. */
    private String headWord(Phrase phrase) {
      int h = headToken(phrase);
      return h < 0 ? "" : lastPart(tokens.get(h).text()).toLowerCase(Locale.ROOT);
    }

    /** Whether a noun names a kind of body ("Verwaltungsgericht", "Stadt", "Landesregierung"). */
    private static boolean isBodyWord(String lowerWord) {
      String w = lastPart(lowerWord);
      if (w.equals("stadt") || w.equals("gemeinde") || w.equals("landkreis") || w.equals("kreis")) {
        return true;
      }
      for (String body : INSTITUTION_HEADS) {
        if (w.contains(body)) {
          return true;
        }
      }
      return false;
    }

    /** A phrase whose head noun names a body ("Regierung", "Gewerkschaft"). */
    /**
     * A phrase opening a sentence in the dative: "Dem Magazin", or "der" with an outlet's feminine head or a weak
     * adjective ("Der Zeitung", "Der Frankfurter Allgemeinen Sonntagszeitung").
     */
    private boolean frontedDative(Phrase phrase) {
      String first = lower[phrase.first()];
      if ("dem".equals(first)) {
        return phrase.last() > phrase.first();
      }
      if (!"der".equals(first) || phrase.last() == phrase.first()) {
        return false;
      }
      String head = lastPart(lower[phrase.last()]);
      if (DATIVE_OUTLET_HEADS.stream().anyMatch(head::endsWith)) {
        return true;
      }
      for (int k = phrase.first() + 1; k < phrase.last(); k++) {
        if (lower[k].endsWith("en") && Character.isUpperCase(tokens.get(k).text().charAt(0))
            && "ADJ".equals(tokens.get(k).pos())) {
          return true;
        }
      }
      return false;
    }

    private boolean bodyNoun(Phrase phrase) {
      String headWord = headWord(phrase);
      for (String body : INSTITUTION_HEADS) {
        if (headWord.contains(body)) {
          return true;
        }
      }
      return false;
    }

    private boolean isPersonEntity(Phrase phrase) {
      for (int j = phrase.first(); j <= phrase.last(); j++) {
        EntityMention e = entityAt(tokens.get(j).start());
        if (e != null && "PER".equals(e.type())) {
          return true;
        }
      }
      return false;
    }

    /** A phrase whose head noun names a thing, act or state ("Kritik", "Forderung"), never a person. */
    private boolean thingNoun(Phrase phrase) {
      String headWord = headWord(phrase);
      for (String e : NON_PERSON_ENDINGS) {
        if (headWord.endsWith(e)) {
          return true;
        }
      }
      return false;
    }

    private static String lastPart(String word) {
      int dash = word.lastIndexOf('-');
      return dash >= 0 && dash + 1 < word.length() ? word.substring(dash + 1) : word;
    }

    static Set<String> stemsOf(String phrase) {
      Set<String> out = new java.util.HashSet<>();
      for (String w : phrase.split("[\\s,]+")) {
        if (!w.isEmpty()) {
          out.add(stem(lastPart(w)));
        }
      }
      return out;
    }

    /** Case endings off, so that Beamte, Beamter and Beamten meet. */
    static String stem(String word) {
      String w = word.toLowerCase(Locale.ROOT);
      if (w.endsWith("ers") && w.length() >= 8) {
        // "des Außenministers": the genitive -s off first, so that it meets "Außenminister".
        w = w.substring(0, w.length() - 1);
      }
      for (String ending : List.of("innen", "in", "en", "er", "es", "e", "n", "s")) {
        if (w.endsWith(ending) && w.length() - ending.length() >= 4) {
          return w.substring(0, w.length() - ending.length());
        }
      }
      return w;
    }

    /** Roles that name a person (not an office or a country), to fall back on the last speaker. */
    private static boolean isPersonRole(String head) {
      for (String body : INSTITUTION_HEADS) {
        if (head.endsWith(body) && !head.endsWith("beamt")) {
          return false;
        }
      }
      for (String tail : PERSON_TAILS) {
        if (head.endsWith(tail) && head.length() > tail.length() + 3) {
          // "der Regierungschef", "der Amtsleiter", "die Ministeriumssprecherin": a person in the body
          return true;
        }
      }
      return !head.isEmpty()
          && !head.startsWith("ministeri")
          && !head.startsWith("regierung")
          && !head.startsWith("behörd")
          && !head.startsWith("amt")
          && !head.startsWith("haus")
          && !head.startsWith("botschaft");
    }

    // ---- reported speech ----

    private void reported(
        int u, Span unit, int from, int to, List<Cue> cues, List<Cue> consumed, List<QuoteMention> out) {
      List<QuoteMention> direct = new ArrayList<>(out);
      boolean any = false;
      // "…, sei die Lage laut Modell „…“, sagt X": a speech verb's speaker goes before a "laut"/"nach Angaben"
      // source inside the same clause.
      List<Integer> order = new ArrayList<>();
      for (int c = 0; c < cues.size(); c++) {
        if (cues.get(c).kind() != CueKind.LAUT && cues.get(c).kind() != CueKind.NACH_ANGABEN) {
          order.add(c);
        }
      }
      for (int c = 0; c < cues.size(); c++) {
        if (!order.contains(c)) {
          order.add(c);
        }
      }
      for (int c : order) {
        Cue cue = cues.get(c);
        if (consumed.contains(cue) && !partialOnly(cue, direct) && !reportAroundQuote(cue, direct, from)) {
          continue;
        }
        Span content = reportedContent(cue, c, cues, unit, from, to);
        if (content == null) {
          continue;
        }
        any = true;
        QuoteMention.Speaker speaker = speakerFor(cue, from, to, u);
        boolean mute = speaker == null && refused;
        if (cue.kind() == CueKind.VERB) {
          for (int o = c + 1; o < cues.size(); o++) {
            Cue so = cues.get(o);
            if (so.kind() == CueKind.SO && so.token() > cue.token() && so.span().start() < content.end()
                && so.span().start() > content.start() && so.token() > from && ",".equals(lower[so.token() - 1])) {
              // "Die Wirte berichteten, die Einbußen seien hoch, so X": the clause ends before ", so X".
              Span cut = trim(content.start(), tokens.get(so.token() - 1).start());
              if (cut != null) {
                content = cut;
              }
            }
            if (so.kind() == CueKind.SO && so.span().start() >= content.end() && so.token() > cue.token()) {
              // "In vielen Städten berichteten die Wirte von Einbußen, so die Verbandschefin": the source after
              // "so" vouches for the whole sentence, the speech verb inside it included.
              QuoteMention.Speaker source = speakerFor(so, from, to, u);
              if (source != null) {
                speaker = source;
                mute = false;
              }
              break;
            }
          }
        }
        for (int o = c + 1; speaker == null && o < cues.size(); o++) {
          // "Man hoffe, dass …, sagt der Sprecher": a later cue of the sentence names the speaker.
          if (cues.get(o).kind() == CueKind.VERB) {
            speaker = speakerFor(cues.get(o), from, to, u);
          }
        }
        if (speaker == null && cue.kind() == CueKind.VERB && recent(u) && subjunctive(from, to)
            && personInUnitBefore(cue.span().start(), u) == null) {
          // "Leider sei zu befürchten, dass …": a Konjunktiv sentence without a subject continues the report.
          speaker = carried(lastSpeaker);
        }
        if (speaker == null && !mute && cue.kind() == CueKind.VERB && recent(u)
            && ("heißt".equals(lower[cue.token()]) || "hieß".equals(lower[cue.token()]))) {
          // "…, hieß es ergänzend", "heißt es darin": without a document named, the source just quoted goes on.
          speaker = carried(lastSpeaker);
        }
        if (speaker == null && cue.kind() == CueKind.NACH_ANGABEN && "danach".equals(lower[cue.token()])) {
          // "Sie verweist auf eine Studie des Instituts X. Danach sind …": the study's holder is the source.
          int evidence = evidenceBefore(from);
          speaker = evidence >= 0 ? evidenceHolder(evidence, from) : null;
        }
        if (speaker == null && !mute && cue.kind() == CueKind.NACH_ANGABEN && "demnach".equals(lower[cue.token()])
            && !recent(u)) {
          int evidence = evidenceBefore(from);
          speaker = evidence >= 0 ? evidenceHolder(evidence, from) : null;
        }
        if (speaker == null && !mute && cue.kind() == CueKind.NACH_ANGABEN && recent(u)) {
          // "Im Süden waren den Angaben nach zwölf Filialen zu": a source phrase naming nobody takes up the last source.
          speaker = carried(lastSpeaker);
        }
        boolean open = false;
        if (speaker == null && !mute && cue.kind() == CueKind.VERB && impersonalPassive(cue.token(), from)) {
          // "Ihm wird vorgeworfen, …", "So wurde am Freitag gemeldet, dass …", "Prognostiziert wird, dass …": a report
          // in the passive with nobody named is kept, its speaker left open.
          open = true;
        }
        if (speaker == null && mute) {
          // "Sonst drohe die härteste aller Strafen, dass …": a report whose phrase cannot speak goes on the last
          // speaker's; with none, it stays a report whose speaker is left open ("ein härteres Vorgehen" is
          // nobody), for the speaker model to fill or the reader to see as unresolved.
          if (recent(u) && subjunctive(from, to)) {
            speaker = carried(lastSpeaker);
          } else {
            open = true;
          }
        }
        addReported(content, cue, speaker, open, direct, out);
      }
      if (!any && !cues.isEmpty() && direct.isEmpty() && consumed.isEmpty() && subjunctive(from, to)
          && cues.stream().allMatch(c -> c.kind() == CueKind.VERB)) {
        // "Er hoffe noch auf Regen", "Die Polizei werde auf das Risiko hinweisen": a Konjunktiv sentence whose
        // speech verb frames no clause is itself reported; its own subject speaks where the verb is the
        // Konjunktiv form, the last speaker where it depends on one.
        Cue own = null;
        int end = unit.end();
        for (Cue c : cues) {
          int k = c.token() - 1;
          if (k > from && "wie".equals(lower[k])) {
            k--;
          }
          if (k > from && ",".equals(lower[k])) {
            // "Wenn es nötig sei, werde nachgehakt, sagte X": a verb after the comma closes the report.
            own = c;
            end = tokens.get(k).start();
            break;
          }
          if (own == null && subjunctive(c.token(), c.token() + 1)) {
            own = c;
          }
        }
        QuoteMention.Speaker speaker = own != null ? speakerFor(own, from, to, u)
            : u - lastSpeakerUnit <= CONTINUATION_WINDOW && lastSpeaker != null ? carried(lastSpeaker) : null;
        Span content = trim(unit.start(), end);
        if (speaker != null && content != null) {
          addReported(content, own, speaker, direct, out);
          any = true;
        }
      }
      if (!any && cues.isEmpty() && direct.isEmpty() && u - lastSpeakerUnit <= CONTINUATION_WINDOW
          && lastSpeaker != null && (subjunctiveInMainClause(from, to)
              || u - lastSpeakerUnit == 1 && weakPastAsSubjunctive(from, to))) {
        Span content = trim(unit.start(), unit.end());
        QuoteMention.Speaker speaker = carried(lastSpeaker);
        int colon = colonAfterPerson(from, to);
        if (colon >= 0) {
          // "Dem stimmte Huber zu: Der Haushalt werde …", "Huber war dagegen: Es sei …": the person before the colon
          // reports the Konjunktiv clause after it, not the last speaker.
          EntityMention lead = personNamedIn(from, colon);
          content = trim(tokens.get(colon + 1).start(), unit.end());
          speaker = new QuoteMention.Speaker(lead.text(), lead.span(), lead.span(), "name");
        }
        if (content != null) {
          addReported(content, null, speaker, direct, out);
        }
      }
      if (!any && cues.isEmpty() && !direct.isEmpty() && u - lastSpeakerUnit <= CONTINUATION_WINDOW
          && lastSpeaker != null && direct.stream().allMatch(q -> q.cue() == null) && narrationWords(from, to) >= 3
          && subjunctive(from, to)) {
        // "Die Prognosen seien „realistisch“": a Konjunktiv sentence with a partial quote still continues the report.
        // "„Wir bleiben dran.“ Dafür sei die Reform ein Baustein.": quoted sentences the unit holds are no part of
        // it; each stretch of narration between them that is in Konjunktiv is a report of its own.
        for (Span content : narrationBetweenSentenceQuotes(unit, direct)) {
          int a = tokenAtOrAfter(content.start());
          int b = tokenAtOrAfter(content.end());
          b = b < 0 ? to : Math.min(b, to);
          QuoteMention.Speaker speaker = carried(lastSpeaker);
          int colon = colonAfterPerson(a, b);
          if (colon >= 0) {
            // "Huber war dagegen: Es sei doch „…“"
            EntityMention lead = personNamedIn(a, colon);
            content = trim(tokens.get(colon + 1).start(), content.end());
            speaker = new QuoteMention.Speaker(lead.text(), lead.span(), lead.span(), "name");
            a = colon + 1;
          }
          if (content != null && narrationWords(a, b) >= 3 && subjunctive(a, b)) {
            addReported(content, null, speaker, direct, out);
          }
        }
      }
      if (!direct.isEmpty()) {
        afterQuotedSentences(unit, to, cues, direct, out);
      }
      if (!any && direct.isEmpty()) {
        for (Cue cue : cues) {
          if (cue.kind() == CueKind.VERB) {
            pendingSpeaker = speakerFor(cue, from, to, u);
            break;
          }
        }
      }
      partialQuotes(from, to, direct, out);
    }

    /**
     * The unit cut at the quotes in it that are whole sentences (their words end in a full stop, question or
     * exclamation mark): the stretches of narration between them, or the whole unit when it holds none.
     */
    private List<Span> narrationBetweenSentenceQuotes(Span unit, List<QuoteMention> direct) {
      List<Span> out = new ArrayList<>();
      int start = unit.start();
      for (GermanQuoteMarks.Pair pair : pairs) {
        if (pair.open() < unit.start() || pair.close() >= unit.end()) {
          continue;
        }
        String content = text.substring(pair.contentStart(), pair.contentEnd()).strip();
        boolean sentence = !content.isEmpty() && ".!?…".indexOf(content.charAt(content.length() - 1)) >= 0
            && direct.stream().anyMatch(q -> q.start() == pair.contentStart());
        if (!sentence) {
          continue;
        }
        Span before = trim(start, pair.open());
        if (before != null) {
          out.add(before);
        }
        start = pair.close() + 1;
      }
      if (start == unit.start()) {
        Span all = trim(unit.start(), unit.end());
        return all == null ? List.of() : List.of(all);
      }
      Span rest = trim(start, unit.end());
      if (rest != null) {
        out.add(rest);
      }
      return out;
    }

    /**
     * "Er sagte: „Die Lage hat sich verschärft.“ Es gebe keinen Grund zur Entwarnung.": where the sentence
     * splitter left a quoted sentence and the narration after it in one unit, a stretch of narration after the
     * quote, without a cue of its own and in Konjunktiv outside subordinate clauses, continues the quote's speaker.
     */
    private void afterQuotedSentences(Span unit, int to, List<Cue> cues, List<QuoteMention> direct, List<QuoteMention> out) {
      for (Span stretch : narrationBetweenSentenceQuotes(unit, direct)) {
        if (stretch.start() <= unit.start()) {
          continue;
        }
        QuoteMention before = null;
        for (QuoteMention q : direct) {
          if (q.end() <= stretch.start() && q.speaker() != null && (before == null || q.end() > before.end())) {
            before = q;
          }
        }
        int a = tokenAtOrAfter(stretch.start());
        int b = tokenAtOrAfter(stretch.end());
        b = b < 0 ? to : Math.min(b, to);
        if (before == null || a < 0) {
          continue;
        }
        final int first = a;
        final int last = b;
        if (cues.stream().anyMatch(c -> c.token() >= first && c.token() < last)) {
          continue;
        }
        if (narrationWords(a, b) >= 3 && subjunctiveInMainClause(a, b)) {
          addReported(stretch, null, carried(before.speaker()), direct, out);
        }
      }
    }

    /** Words of the unit outside quotation marks. */
    private int narrationWords(int from, int to) {
      int n = 0;
      for (int i = from; i < to; i++) {
        if (pairOfToken[i] < 0 && isWord(i)) {
          n++;
        }
      }
      return n;
    }

    /**
     * "Die Prognosen seien „realistisch“": words quoted inside a reported clause are the speaker's own
     * (a partial quote), however short, unless marked as a term.
     */
    private void partialQuotes(int from, int to, List<QuoteMention> direct, List<QuoteMention> out) {
      List<QuoteMention> added = new ArrayList<>();
      for (QuoteMention r : out) {
        if (!QuoteMention.INDIRECT.equals(r.kind()) || r.speaker() == null) {
          continue;
        }
        for (GermanQuoteMarks.Pair pair : pairs) {
          if (pair.open() < r.start() || pair.close() >= r.end() + 1 || pair.contentEnd() > r.end()) {
            continue;
          }
          boolean known = false;
          for (QuoteMention d : direct) {
            if (d.start() == pair.contentStart()) {
              known = true;
            }
          }
          int words = wordsInside(pair);
          String content = GermanQuoteMarks.contentText(original, pair);
          if (known || words == 0 || isTerm(pair, words, content) || titleShaped(pair, content)) {
            // "In seinem Buch „…“ schreibt er, …": a title inside a report is no partial quote either.
            continue;
          }
          added.add(new QuoteMention(pair.contentStart(), pair.contentEnd(), content, QuoteMention.DIRECT,
              r.cue(), r.speaker()));
        }
      }
      out.addAll(added);
    }

    /**
     * "Der Erhalt sei eine „nationale Aufgabe“, so X": a quote closing right before its cue that ends a
     * Konjunktiv sentence begun in narration (three words or more) is a partial quote inside a report; the
     * cue frames the whole sentence as well.
     */
    private boolean reportAroundQuote(Cue cue, List<QuoteMention> direct, int from) {
      for (QuoteMention q : direct) {
        if (q.cue() == null || !q.cue().equals(cue.span()) || q.end() > cue.span().start()
            || cue.span().start() - q.end() > 4) {
          continue;
        }
        int open = tokenAtOrAfter(q.start());
        while (open > from && pairOfToken[open - 1] >= 0) {
          open--;
        }
        // "Er mahnte: „… gemeldet.“ Solange es keine Rettung gebe, „werden wir …“, kündigte er an": a quoted
        // sentence earlier in the unit ends the narration before it; the report starts after it.
        int start = from;
        for (int k = from; k < open; k++) {
          if (pairOfToken[k] >= 0 && (k + 1 >= open || pairOfToken[k + 1] != pairOfToken[k])) {
            GermanQuoteMarks.Pair pair = pairs.get(pairOfToken[k]);
            String content = text.substring(pair.contentStart(), pair.contentEnd()).strip();
            if (!content.isEmpty() && ".!?".indexOf(content.charAt(content.length() - 1)) >= 0) {
              start = k + 1;
            }
          }
        }
        int firstOfQuote = open;
        for (int k = start; k < open; k++) {
          if (pairOfToken[k] >= 0) {
            firstOfQuote = k;
            break;
          }
        }
        return narrationWords(start, firstOfQuote) >= 3 && subjunctive(start, firstOfQuote);
      }
      return false;
    }

    /** A cue used by a partial quote inside a reported clause still frames that clause. */
    private boolean partialOnly(Cue cue, List<QuoteMention> direct) {
      for (QuoteMention q : direct) {
        if (q.cue() != null && q.cue().equals(cue.span())) {
          boolean adjacent = Math.abs(q.end() - cue.span().start()) <= 4
              || Math.abs(cue.span().end() - q.start()) <= 4;
          if (adjacent) {
            return false;
          }
        }
      }
      return true;
    }

    private void addReported(
        Span content, Cue cue, QuoteMention.Speaker speaker, List<QuoteMention> direct, List<QuoteMention> out) {
      addReported(content, cue, speaker, false, direct, out);
    }

    /** {@code open}: a report whose cue's phrase cannot speak is kept without a speaker instead of dropped. */
    private void addReported(Span content, Cue cue, QuoteMention.Speaker speaker, boolean open,
        List<QuoteMention> direct, List<QuoteMention> out) {
      if (speaker == null && !open) {
        // "Wie gesagt, …", "hatte man gehofft, dass …", "wie wir berichteten, …": a clause without anyone to
        // report it is narration, not reported speech.
        return;
      }
      content = beforeQuotedSentence(content);
      if (content == null) {
        return;
      }
      int quoted = 0;
      for (QuoteMention q : direct) {
        int s = Math.max(q.start(), content.start());
        int e = Math.min(q.end(), content.end());
        if (e > s) {
          quoted += e - s;
        }
      }
      if (quoted >= QUOTED_SHARE * content.length() && !opensInNarration(content)) {
        return;
      }
      int words = 0;
      for (int k = content.start(); k < content.end(); k++) {
        if (Character.isLetter(text.charAt(k)) && (k == content.start() || !Character.isLetter(text.charAt(k - 1)))) {
          words++;
        }
      }
      if (words < 3) {
        return;
      }
      for (QuoteMention q : out) {
        // "…, sagte X am Montag, wie die Agentur Y berichtet": the second cue frames the same clause again.
        int overlap = Math.min(q.end(), content.end()) - Math.max(q.start(), content.start());
        if (QuoteMention.INDIRECT.equals(q.kind())
            && overlap * 2 >= Math.min(q.end() - q.start(), content.length())) {
          return;
        }
      }
      out.add(new QuoteMention(content.start(), content.end(), content.of(original), QuoteMention.INDIRECT,
          cue == null ? null : cue.span(), speaker));
    }

    /**
     * "Der Teich sei so tief wie im Vorjahr. „Und wenn …“": a report ends at a full stop of the narration
     * before a quotation the unit took in with it.
     */
    private Span beforeQuotedSentence(Span content) {
      int a = tokenAtOrAfter(content.start());
      for (int k = Math.max(a, 1); k >= 0 && k + 1 < tokens.size() && tokens.get(k + 1).start() < content.end(); k++) {
        if (".".equals(lower[k]) && pairOfToken[k] < 0 && isWord(k - 1) && lower[k - 1].length() >= 3
            && !lower[k - 1].chars().allMatch(Character::isDigit) && tokens.get(k - 1).end() == tokens.get(k).start()
            && (isQuoteMark(String.valueOf(text.charAt(tokens.get(k + 1).start()))) || pairOfToken[k + 1] >= 0)) {
          return trim(content.start(), tokens.get(k).start());
        }
      }
      return content;
    }

    /**
     * "Laut dem Bericht sei „bis Mai kein Umbau geplant“", "Aber viel „ändert sich nicht“, heißt es": a
     * report that opens in the narration, with a verb or two words before its first quotation mark, holds the
     * partial quote rather than being one; "Die „alte Fähre …“" (an article alone) does not.
     */
    private boolean opensInNarration(Span content) {
      int a = tokenAtOrAfter(content.start());
      if (a < 0 || pairOfToken[a] >= 0 || isQuoteMark(lower[a])) {
        return false;
      }
      int words = 0;
      boolean verb = false;
      for (int k = a; k < tokens.size() && tokens.get(k).start() < content.end(); k++) {
        if (pairOfToken[k] >= 0 || isQuoteMark(lower[k])) {
          break;
        }
        if (isWord(k)) {
          words++;
          verb |= (isVerbTag(tokens.get(k).pos()) || subjunctive(k, k + 1))
              && Character.isLowerCase(tokens.get(k).text().charAt(0));
        }
      }
      return words >= 2 || verb;
    }

    private Span reportedContent(Cue cue, int index, List<Cue> cues, Span unit, int from, int to) {
      int i = cue.token();
      switch (cue.kind()) {
        case SO -> {
          Phrase p = phraseFor(cue, from, to);
          int k = p == null ? i + 1 : p.last() + 1;
          if (k < to && "weiter".equals(lower[k])) {
            k++;
          }
          if (p != null && cue.span().end() > tokens.get(i).end()) {
            // "…, so gab die Kasse bekannt, …": the verb's particle after the subject.
            int limit = p.last() + 2;
            for (int c = k; c < to && c <= p.last() + 6 && pairOfToken[c] < 0; c++) {
              if (",".equals(lower[c])) {
                // "so erzählen es die Gärtner im Park, blühen …": the phrase's attribute up to the comma.
                limit = c - 1;
                break;
              }
              if (!isWord(c)) {
                break;
              }
            }
            while (k < to && k <= limit && isWord(k) && pairOfToken[k] < 0) {
              k++;
            }
          }
          if (k + 1 < to && ",".equals(lower[k]) && isWord(k + 1) || k + 2 < to && ",".equals(lower[k])
              && isQuoteMark(lower[k + 1])) {
            // "Helfen könne hier, so Lauterbach weiter, nur …": the insertion frames the whole sentence.
            return trim(unit.start(), unit.end());
          }
          return trim(unit.start(), tokens.get(i - 1).start());
        }
        case LAUT, NACH_ANGABEN -> {
          if (insideSubordinateClause(i, from)) {
            // "…, die seit Montag dort stehen, um nach Angaben Roms Übungen abzuhalten": the source of a
            // detail in a subordinate clause, not of the sentence.
            return null;
          }
          Phrase p = phraseFor(cue, from, to);
          int phraseStart = cue.span().start();
          int end = endBeforeQuote(i, to, unit.end());
          boolean adverb = "demnach".equals(lower[i]) || "danach".equals(lower[i]);
          int start = afterQuotedSentence(unit, phraseStart);
          if ((p != null || adverb) && phraseStart - start <= 2) {
            // "Nach Angaben der Polizei kamen …", "Nach seiner Einschätzung ist …": the clause after the source.
            int last = tokenAtOrAfter(cue.span().end()) - 1;
            if (p != null) {
              last = Math.max(p.last(), last);
              EntityMention named = apposition(p.last() + 1, to);
              if (named != null) {
                // "Laut dem Präsidenten der Kammer, Walter Brenner, sollen …": after the apposition's closing comma.
                int close = tokenAtOrAfter(named.end());
                if (close > 0 && close < to && ",".equals(lower[close])) {
                  last = close;
                }
              }
            }
            return trim(tokens.get(last).end(), end);
          }
          return trim(start, end);
        }
        case ZUFOLGE -> {
          return trim(afterQuotedSentence(unit, cue.span().start()), endBeforeQuote(i, to, unit.end()));
        }
        default -> {
          // verbs below
        }
      }
      if (dashInsertion(i, from)) {
        // "Die Lage ist – wie das Blatt darstellt – ernst": an insertion between dashes frames its sentence,
        // up to a relative clause after it.
        int end = unit.end();
        for (int k = i + 1; k + 1 < to; k++) {
          if (",".equals(lower[k]) && pairOfToken[k] < 0 && relativeClause(k + 1, to)) {
            end = tokens.get(k).start();
            break;
          }
        }
        return trim(unit.start(), end);
      }
      // "…, betonte X." / "…, wie X mitteilte."
      int clauseStart = i;
      for (int k = i - 1; k >= from && k >= i - 12; k--) {
        if (",".equals(lower[k])) {
          clauseStart = k;
          break;
        }
        // "…, wie Ministerin Anna Berger (CSU) in Wien sagte": brackets and hyphens inside the clause; "…, wie das
        // Ministerium der „Seepost“ mitteilte": a name in quotation marks too.
        if (nameInMarks(k)) {
          continue;
        }
        if (pairOfToken[k] >= 0 || !isWord(k) && !"-".equals(lower[k]) && !"(".equals(lower[k]) && !")".equals(lower[k])) {
          break;
        }
      }
      boolean postposed =
          clauseStart == i - 1 || (clauseStart < i && "wie".equals(lower[clauseStart + 1]))
              || clauseStart == i - 2 && "so".equals(lower[i - 1]) && ("steht".equals(lower[i]) || "stand".equals(lower[i]));
      boolean relative = clauseStart < i - 1 && ",".equals(lower[clauseStart])
          && RELATIVES.contains(lower[clauseStart + 1]);
      Span forward = forwardContent(cue, index, cues, unit, from, to);
      if (relative && (forward == null
          || !subjunctive(tokenAtOrAfter(forward.start()), tokenAtOrAfter(forward.end())))) {
        // "…, die seine Forderungen als unannehmbar bezeichneten, ließen …": the verb of a relative clause
        // frames the main clause after it only when that clause is in Konjunktiv ("…, dem er bescheinigte, es sei …").
        return null;
      }
      if (forward != null && subjunctive(i, i + 1) && clauseStart == i && unit.start() < tokens.get(i).start()
          && personInUnitBefore(tokens.get(i).start(), unitOf(tokens.get(i).start())) == null) {
        // "Er sei kein Gegner und wolle nur, dass …": a Konjunktiv verb framing a clause continues a report;
        // the whole sentence is reported.
        return trim(unit.start(), unit.end());
      }
      if (forward != null && postposed && clauseStart < i && clauseStart > from) {
        int a = tokenAtOrAfter(forward.start());
        int b = tokenAtOrAfter(forward.end());
        b = b < 0 ? to : Math.min(b, to);
        boolean conjunction = a > 0 && ("dass".equals(lower[a - 1]) || "daß".equals(lower[a - 1])
            || REPORT_RELATIVES.contains(lower[a - 1]) || QUESTION_OPENERS.contains(lower[a - 1]));
        if (a >= 0 && !conjunction && !verbBetween(a, b) && !subjunctive(a, b)) {
          // "Es sei nicht auszuschließen, dass …, sagte der Beigeordnete für Sicherheit, Erika Muster.": words after
          // the verb's comma without a verb name or describe the speaker; the clause before the verb is the report.
          forward = null;
        }
      }
      if (forward != null) {
        return forward;
      }
      if (postposed && clauseStart < i && clauseStart > from && text.substring(unit.start(), unit.end()).strip().endsWith("?")) {
        // "Soll der Markt zu bleiben, wie es X verlangte?": the author's question, not X's words.
        return null;
      }
      if (postposed && clauseStart < i && clauseStart > from
          && !SUBORDINATORS.contains(lower[tokenAtOrAfter(unit.start())])) {
        int cutFrom = unit.start();
        for (int k = clauseStart - 1; k >= from; k--) {
          if (":".equals(lower[k])) {
            boolean quoteOnly = k + 1 < clauseStart;
            for (int j = k + 1; j < clauseStart; j++) {
              quoteOnly &= pairOfToken[j] >= 0 || isQuoteMark(lower[j]);
            }
            if (quoteOnly && narrationWords(from, k) >= 3 && subjunctive(from, k)) {
              // "Das Schiff werde von allen getragen, die eines verbinde: „…“, sagte X": the Konjunktiv
              // sentence before the colon is X's report, the quote after it X's words.
              return trim(unit.start(), tokens.get(k).start());
            }
            cutFrom = tokens.get(k).end();
            break;
          }
          if (k > from && clauseStart - k <= 6 && DETERMINERS.contains(lower[k]) && !"wie".equals(lower[clauseStart + 1])
              && dashBefore(k) && !verbBetween(k, clauseStart)) {
            // "Tickets gibt es nur noch digital - ein großer Fehler, findet die Gewerkschaft": the verdict after
            // the dash is what is said.
            cutFrom = tokens.get(k).start();
            break;
          }
          if (pairOfToken[k] >= 0) {
            GermanQuoteMarks.Pair pair = pairs.get(pairOfToken[k]);
            String content = text.substring(pair.contentStart(), pair.contentEnd()).strip();
            if (!content.isEmpty() && ".!?".indexOf(content.charAt(content.length() - 1)) >= 0) {
              // "„Wir sichten die Bewerber.“ Man hoffe, dass …, sagt der Sprecher.": a quoted sentence before
              // the report is no part of it.
              cutFrom = pair.close() + 1;
              break;
            }
          }
        }
        Span before = trim(cutFrom, tokens.get(clauseStart).start());
        EntityMention named = clauseStart - 1 >= from ? entityAt(tokens.get(clauseStart - 1).start()) : null;
        if (before != null && cutFrom == unit.start() && named != null && "PER".equals(named.type())
            && before.of(text).contains(",") && !verbBetween(tokenAtOrAfter(before.start()), clauseStart)) {
          // "Der Chef der Behörde, Olaf Brenner, warnte …": a name with its apposition before the comma is the
          // subject, not a reported clause.
          return null;
        }
        return before;
      }
      return null;
    }

    /**
     * "„… neu bauen.“ Nach Angaben des Amtes kostet …", "„Bleibt offen“ (line break) Nach Informationen der
     * Zeitung will …": where the unit took in a quoted sentence or a quoted heading line before a source, the
     * source's sentence starts after it; the unit's start otherwise.
     */
    private int afterQuotedSentence(Span unit, int before) {
      int start = unit.start();
      for (GermanQuoteMarks.Pair pair : pairs) {
        if (pair.open() < unit.start() || pair.close() >= before) {
          continue;
        }
        String content = text.substring(pair.contentStart(), pair.contentEnd()).strip();
        String between = text.substring(pair.close() + 1, before);
        boolean sentence = !content.isEmpty() && ".!?".indexOf(content.charAt(content.length() - 1)) >= 0;
        boolean line = between.contains("\n") && between.strip().isEmpty();
        if ((sentence || line) && !between.strip().startsWith(",")) {
          start = pair.close() + 1;
        }
      }
      return start;
    }

    /**
     * "Das erfordert laut X viel Aufwand: „…“", "… ist nach Aussage der Behörde isoliert. „…“": a sentence framed
     * by a source ends at a colon or full stop before a quote its unit took in; the end as given where none
     * follows the cue.
     */
    private int endBeforeQuote(int i, int to, int end) {
      for (int k = i + 1; k + 1 < to; k++) {
        boolean quoteNext = isQuoteMark(String.valueOf(text.charAt(tokens.get(k + 1).start()))) || pairOfToken[k + 1] >= 0;
        if (pairOfToken[k] < 0 && quoteNext && (":".equals(lower[k])
            || ".".equals(lower[k]) && isWord(k - 1) && lower[k - 1].length() >= 3)) {
          return tokens.get(k).start();
        }
      }
      return end;
    }

    /** A "wie X berichtet" or "so wird betont" clause between dashes or brackets, ending with the verb at i. */
    private boolean dashInsertion(int i, int from) {
      int after = tokens.get(i).end();
      while (after < text.length() && Character.isSpaceChar(text.charAt(after))) {
        after++;
      }
      if (after >= text.length() || "-–—)".indexOf(text.charAt(after)) < 0) {
        return false;
      }
      for (int k = i - 1; k >= from && k >= i - 8; k--) {
        if (pairOfToken[k] >= 0 || !isWord(k)) {
          return false;
        }
        if ("wie".equals(lower[k]) || "so".equals(lower[k])) {
          int before = tokens.get(k).start() - 1;
          while (before >= 0 && Character.isSpaceChar(text.charAt(before))) {
            before--;
          }
          return before >= 0 && "-–—(".indexOf(text.charAt(before)) >= 0;
        }
      }
      return false;
    }

    /** Whether the verb at i is followed, within its clause, by a comma opening its content or a colon. */
    private boolean opensClauseOrQuote(int i, int to) {
      for (int k = i + 1; k < to && k <= i + 16; k++) {
        if (pairOfToken[k] >= 0 || isQuoteMark(lower[k]) || ".".equals(lower[k]) || ";".equals(lower[k])) {
          return false;
        }
        if (":".equals(lower[k])) {
          return true;
        }
        if (",".equals(lower[k])) {
          return clauseAfterComma(k, to);
        }
      }
      return false;
    }

    private int commasBetween(int a, int b) {
      int n = 0;
      for (int k = a + 1; k < b; k++) {
        if (",".equals(lower[k]) && pairOfToken[k] < 0) {
          n++;
        }
        if (pairOfToken[k] >= 0 || ".".equals(lower[k]) || ":".equals(lower[k]) || ";".equals(lower[k])) {
          return -1;
        }
      }
      return n;
    }

    /** Whether tokens a and b stand in one clause: no comma, colon, semicolon or quote between them. */
    private boolean sameClause(int a, int b) {
      for (int k = Math.min(a, b) + 1; k < Math.max(a, b); k++) {
        if (pairOfToken[k] >= 0 || isQuoteMark(lower[k]) || ",".equals(lower[k]) || ":".equals(lower[k])
            || ";".equals(lower[k])) {
          return false;
        }
      }
      return true;
    }

    /** Whether token i stands in a clause opened after a comma by "um" or a relative pronoun. */
    private boolean insideSubordinateClause(int i, int from) {
      for (int k = i - 1; k > from; k--) {
        if (pairOfToken[k] >= 0 || ";:".contains(lower[k])) {
          return false;
        }
        if (",".equals(lower[k])) {
          return k + 1 < i && ("um".equals(lower[k + 1]) || RELATIVES.contains(lower[k + 1])
              || UNAMBIGUOUS_RELATIVES.contains(lower[k + 1]));
        }
      }
      return false;
    }

    /** "X sagte, (dass) …": the clause after the cue's comma. */
    private Span forwardContent(Cue cue, int index, List<Cue> cues, Span unit, int from, int to) {
      int i = cue.token();
      int comma = -1;
      for (int k = i + 1; k < to && k <= i + 14; k++) {
        if (pairOfToken[k] >= 0 && shortPair(k) && nounCueAfter(i, to) > 0) {
          // "begründete das Urteil mit „erheblichen Zweifeln“, dass …": a quoted noun phrase before the comma.
          continue;
        }
        if (pairOfToken[k] >= 0) {
          break;
        }
        if (",".equals(lower[k])) {
          comma = k;
          break;
        }
        if (":".equals(lower[k]) && k + 1 < to && pairOfToken[k + 1] < 0 && !isQuoteMark(lower[k + 1])
            && subjunctive(k + 1, to)) {
          // "rief zum Einhalten auf: Regeln … würden …": a Konjunktiv clause after the cue's colon.
          return trim(tokens.get(k + 1).start(), unit.end());
        }
        if (":".equals(lower[k]) || ";".equals(lower[k])) {
          return null;
        }
      }
      for (int round = 0; round < 3 && comma > 0 && comma + 1 < to && appositionAfter(comma, to, round == 0); round++) {
        // "sagte auch Olaf Brenner, Fachanwalt für Medizinrecht bei der Kanzlei X": the words after the
        // name describe the speaker; a clause may follow the apposition's own comma.
        int next = -1;
        for (int k = comma + 1; k < to && k <= comma + 16; k++) {
          if (pairOfToken[k] >= 0 || ";:".contains(lower[k])) {
            break;
          }
          if (",".equals(lower[k]) && !(k + 1 < to && ("und".equals(lower[k + 1]) || "-".equals(lower[k - 1])))) {
            next = k;
            break;
          }
        }
        comma = next;
      }
      if (comma < 0 || comma + 1 >= to) {
        return null;
      }
      int start = comma + 1;
      String opener = lower[start];
      int clauseEnd = start;
      while (clauseEnd < to && !",".equals(lower[clauseEnd])) {
        clauseEnd++;
      }
      boolean question = QUESTION_OPENERS.contains(opener) && (questionVerb(i) || QUESTION_WORDS.contains(lower[comma - 1]));
      // "zeigten sich entschlossen, bei der Wahl … zu gewinnen": a preposition opens the infinitive a pointer frames.
      boolean pointed = pointerBefore(comma) && infinitiveClause(start, to);
      if (SUBORDINATORS.contains(opener) && !question && !pointed
          || ("ein".equals(opener) || "eine".equals(opener)) && !subjunctive(start, clauseEnd)) {
        // "sagte, eine Sprecherin …" is no clause; "sagte, eine Krise sei unvermeidlich" is.
        return null;
      }
      if (CLAUSE_COORDINATORS.contains(opener) && !(start + 1 < to && "dass".equals(lower[start + 1]))) {
        // "X erwartet eine Antwort, doch Y kommt ohne": a clause joined by a coordinator after the verb's
        // object is a main clause of its own, not what X said.
        return null;
      }
      for (Cue c : cues) {
        if (c.token() == start || c.token() == start + 1 && "es".equals(opener)) {
          return null;
        }
      }
      if (relativeClause(start, to)) {
        // "…, wie die Verbände berichten, die ein Fünftel der Befragten stellten": a relative clause after
        // the cue's comma describes a noun; it reports nothing.
        return null;
      }
      if ("dass".equals(opener) || "daß".equals(opener) || REPORT_RELATIVES.contains(opener)) {
        // "…, demzufolge das Mittel … wirke": the relative adverb, like "dass", opens the report.
        start++;
      }
      if (start >= to) {
        return null;
      }
      int end = unit.end();
      for (int k = start + 1; k + 1 < to; k++) {
        if (":".equals(lower[k]) && pairOfToken[k] < 0 && pairOfToken[k + 1] >= 0 || ":".equals(lower[k])
            && isQuoteMark(lower[k + 1])) {
          // "Dann hofft X, dass sich mehr Menschen melden: „…“": the quote after the colon is direct speech.
          end = tokens.get(k).start();
          break;
        }
      }
      for (int k = start + 1; k + 1 < to && tokens.get(k).start() < end; k++) {
        if (".".equals(lower[k]) && pairOfToken[k] < 0 && isWord(k - 1) && lower[k - 1].length() >= 3
            && !lower[k - 1].chars().allMatch(Character::isDigit) && tokens.get(k - 1).end() == tokens.get(k).start()
            && (isQuoteMark(String.valueOf(text.charAt(tokens.get(k + 1).start()))) || pairOfToken[k + 1] >= 0)) {
          // "bedauerte, dass die EU zu wenig gekauft habe. »Schon früh war klar, …«": the sentence ends before the
          // quote the unit took in with it.
          end = tokens.get(k).start();
          break;
        }
      }
      for (int n = index + 1; n < cues.size(); n++) {
        Cue next = cues.get(n);
        if (next.kind() != CueKind.VERB || next.token() <= start + 2) {
          // "sagte, dass er erwarte, …": a speech verb right at the clause's start is the clause's own verb.
          continue;
        }
        Phrase subject = phraseFor(next, from, to);
        int cut = subject != null && subject.first() < next.token()
            ? tokens.get(subject.first()).start() : next.span().start();
        if (cut > tokens.get(start).start()) {
          end = Math.min(end, cut);
          break;
        }
      }
      Span s = trim(tokens.get(start).start(), end);
      if (s == null) {
        return null;
      }
      s = withoutListedMainClause(s, start);
      if (s == null) {
        return null;
      }
      String[] words = s.of(text).split("\\s+");
      String lastWord = words[words.length - 1];
      boolean infinitive = words.length >= 2 && "zu".equals(words[words.length - 2])
          || lastWord.matches("\\p{L}{2,}zu\\p{L}{3,}en");
      boolean modal = words.length >= 2 && "zu".equals(words[words.length - 2])
          && MODAL_INFINITIVES.contains(lastWord.toLowerCase(Locale.ROOT));
      if (infinitive && !s.of(text).contains(",") && words.length <= 8 && !appeal(i) && !modal && !pointerBefore(comma)) {
        return null;
      }
      String tail = s.of(text);
      for (String conj : List.of(", und", " und", ", aber", " aber", ",")) {
        if (tail.endsWith(conj)) {
          return trim(s.start(), s.end() - conj.length());
        }
      }
      return s;
    }

    /**
     * "erklärte X, es habe Lieferungen begonnen, der Minister besuchte die Stadt und …": a Konjunktiv report
     * ends at a comma after which a new main clause in the indicative lists the next event (a determiner, its
     * noun, a finite verb with words after it, and no Konjunktiv).
     */
    private Span withoutListedMainClause(Span s, int start) {
      int end = tokenAtOrAfter(s.end());
      for (int c = start + 1; c + 3 < end; c++) {
        if (!",".equals(lower[c]) || pairOfToken[c] >= 0 || !subjunctive(start, c)) {
          continue;
        }
        if (!DETERMINERS.contains(lower[c + 1]) || infinitiveClause(c + 1, end)) {
          // "er hoffe, den Weg fortsetzen zu können": an infinitive clause is the verb's object, no new main clause.
          continue;
        }
        int verb = -1;
        for (int k = c + 2; k < end && k <= c + 6; k++) {
          if (",".equals(lower[k]) || pairOfToken[k] >= 0) {
            break;
          }
          if (isVerbTag(tokens.get(k).pos()) && Character.isLowerCase(tokens.get(k).text().charAt(0))) {
            verb = k;
            break;
          }
        }
        boolean wordsAfter = verb > 0 && verb + 1 < end && isWord(verb + 1) && !",".equals(lower[verb + 1]);
        if (wordsAfter && !subjunctive(c + 1, end)) {
          return trim(s.start(), tokens.get(c).start());
        }
      }
      return s;
    }

    /**
     * Whether the words after the comma are an apposition to a person named right before it: a capitalised
     * noun without determiner and no verb up to the next comma ("Olaf Brenner, Fachanwalt für …,").
     */
    private boolean appositionAfter(int comma, int to, boolean afterName) {
      int b = comma - 1;
      EntityMention e = b >= 0 && isWord(b) ? entityAt(tokens.get(b).start()) : null;
      if (afterName && (e == null || !"PER".equals(e.type()) || e.end() != tokens.get(b).end())) {
        return false;
      }
      int k = comma + 1;
      if (!isWord(k) || !Character.isUpperCase(tokens.get(k).text().charAt(0)) || DETERMINERS.contains(lower[k])
          || entityAt(tokens.get(k).start()) != null || FUNCTION_WORDS.contains(lower[k])
          || !"NOUN".equals(tokens.get(k).pos()) && !"PROPN".equals(tokens.get(k).pos())) {
        return false;
      }
      for (int i = k; i < to && i <= k + 14; i++) {
        if (",".equals(lower[i]) && !(i + 1 < to && "und".equals(lower[i + 1]))
            && !(i > 0 && tokens.get(i - 1).text().endsWith("-")) || ".;:".contains(lower[i])) {
          return true;
        }
        if (isVerbTag(tokens.get(i).pos()) || SUBJUNCTIVE.contains(lower[i])) {
          return false;
        }
      }
      return true;
    }

    /**
     * Whether the clause from token k is a relative clause: a relative pronoun that is never an article
     * ("denen", "deren", "dessen", "welche"), alone or after a preposition ("an denen"), or "der"/"die"/"das"
     * … with every finite verb at the clause's end ("die 17 Prozent der Befragten stellten").
     */
    private boolean relativeClause(int k, int to) {
      if (k >= to) {
        return false;
      }
      int r = PREPOSITIONS.contains(lower[k]) && k + 1 < to ? k + 1 : k;
      if (UNAMBIGUOUS_RELATIVES.contains(lower[r])) {
        return true;
      }
      if (r != k || !RELATIVES.contains(lower[r])) {
        return false;
      }
      int end = r + 1;
      while (end < to && pairOfToken[end] < 0 && !",;:.!?".contains(lower[end]) && !isQuoteMark(lower[end])) {
        end++;
      }
      int last = end - 1;
      if (last - r < 2 || !isVerbTag(tokens.get(last).pos()) || "zu".equals(lower[last - 1])
          || lower[last].matches("\\p{L}{2,}zu\\p{L}{3,}en")) {
        // "…, die Corona-Zeit für die Weiterbildung zu nutzen": an infinitive clause is an appeal's content.
        return false;
      }
      int run = last;
      while (run - 1 > r && (isVerbTag(tokens.get(run - 1).pos()) || "zu".equals(lower[run - 1]))) {
        run--;
      }
      for (int i = r + 1; i < run; i++) {
        if (isVerbTag(tokens.get(i).pos())) {
          return false;
        }
      }
      return true;
    }

    /**
     * Whether the speech verb at i is a participle in a passive with "werden" in its clause ("wird vorgeworfen",
     * "wurde … gemeldet", "Prognostiziert wird"), not a verb of expecting or believing ("es wird erwartet, dass" is
     * no one's report).
     */
    private boolean impersonalPassive(int i, int from) {
      String lemma = tokens.get(i).lemma() == null ? "" : tokens.get(i).lemma().toLowerCase(Locale.ROOT);
      if (!(lower[i].endsWith("t") || lower[i].endsWith("en")) || EXPECTATION_LEMMAS.contains(lemma)
          || verbs.isLemma(lower[i]) || verbs.isAttitudeLemma(lower[i])) {
        // "wird melden" (the infinitive) is a future, not a passive
        return false;
      }
      for (GermanSpeechVerbs.Reading r : verbs.readings(lower[i])) {
        if (EXPECTATION_LEMMAS.contains(r.lemma())) {
          return false;
        }
      }
      boolean saying = !verbs.readings(lower[i]).isEmpty() || verbs.isLemma(lemma);
      for (GermanSpeechVerbs.Reading r : verbs.attitudeReadings(lower[i])) {
        // of the attitude verbs only those of passing on news ("wurde gemeldet"), not of stance ("festgehalten wird")
        saying |= NEWS_ATTITUDES.contains(r.lemma());
      }
      if (!saying) {
        return false;
      }
      if (i + 1 < tokens.size() && PASSIVE_AUXILIARIES.contains(lower[i + 1]) && !"worden".equals(lower[i + 1])) {
        return true;
      }
      for (int k = i - 1; k >= from && k >= i - 8; k--) {
        if (pairOfToken[k] >= 0 || !isWord(k)) {
          return false;
        }
        if (PASSIVE_AUXILIARIES.contains(lower[k]) && !"worden".equals(lower[k])) {
          return true;
        }
      }
      return false;
    }

    /** A verb of asking ("fragte", "fragt nach"), whose reported question opens with its wh-word or "ob". */
    private boolean questionVerb(int i) {
      for (GermanSpeechVerbs.Reading r : verbs.readings(lower[i])) {
        if (QUESTION_LEMMAS.contains(r.lemma())) {
          return true;
        }
      }
      String lemma = tokens.get(i).lemma() == null ? "" : tokens.get(i).lemma().toLowerCase(Locale.ROOT);
      return QUESTION_LEMMAS.contains(lemma);
    }

    /** Appeals and announcements report their content as an infinitive clause ("rief dazu auf, … zu …"). */
    private boolean appeal(int i) {
      String lemma = tokens.get(i).lemma() == null ? "" : tokens.get(i).lemma().toLowerCase(Locale.ROOT);
      for (GermanSpeechVerbs.Reading r : verbs.readings(lower[i])) {
        if (APPEALS.contains(r.lemma())) {
          return true;
        }
      }
      return APPEALS.contains(lemma);
    }

    private Span trim(int from, int to) {
      // Character.isSpaceChar: also the no-break spaces ("\u202f") some outlets put between sentences.
      while (from < to && (Character.isWhitespace(text.charAt(from)) || Character.isSpaceChar(text.charAt(from))
          || text.charAt(from) == ',')) {
        from++;
      }
      while (to > from && (Character.isWhitespace(text.charAt(to - 1)) || Character.isSpaceChar(text.charAt(to - 1))
          || ".,;:!?".indexOf(text.charAt(to - 1)) >= 0)) {
        to--;
      }
      return to > from ? new Span(from, to) : null;
    }

    /**
     * A Konjunktiv verb outside the subordinate clauses of the unit ("Das ist so beschlossen, obwohl es teurer
     * werden würde" continues no report; "Wenn es nötig sei, werde man handeln" does): a clause opened after a comma by a
     * subordinator, "dass" or a relative pronoun runs to the next comma.
     */
    private boolean subjunctiveInMainClause(int from, int to) {
      int start = from;
      boolean subordinate = false;
      for (int k = from; k <= to; k++) {
        if (k == to || ",".equals(lower[k]) && pairOfToken[k] < 0) {
          if (!subordinate && k > start && subjunctive(start, k)) {
            return true;
          }
          int n = k + 1;
          subordinate = n < to && (SUBORDINATORS.contains(lower[n]) || "dass".equals(lower[n]) || "daß".equals(lower[n])
              || "ob".equals(lower[n]) || "obwohl".equals(lower[n]) || "weil".equals(lower[n])
              || relativeClause(n, to));
          start = n;
        }
      }
      return false;
    }

    /**
     * A plural verb in -ten opening the main clause ("Die Preise stabilisierten sich", "Dazu zählten …") right after
     * a report: a weak verb's Konjunktiv II is the past form, so with no past-time word in the sentence it is read as
     * the report going on.
     */
    private boolean weakPastAsSubjunctive(int from, int to) {
      int verb = -1;
      for (int i = from; i < to && i < from + 6; i++) {
        if (",".equals(lower[i]) || pairOfToken[i] >= 0) {
          return false;
        }
        if (isVerbTag(tokens.get(i).pos())) {
          verb = i;
          break;
        }
      }
      if (verb > from && strongPastAsSubjunctive(verb)) {
        return noPastTime(from, to);
      }
      if (verb <= from || !lower[verb].endsWith("ten") || lower[verb].length() < 6
          || !Character.isLowerCase(tokens.get(verb).text().charAt(0)) || tokens.get(verb).lemma() == null) {
        return false;
      }
      // A weak verb's form (stem + "ten"/"eten"; not the present "beraten", not a modal's past "mussten").
      String lemma = tokens.get(verb).lemma().toLowerCase(Locale.ROOT);
      String stem = lemma.endsWith("en") ? lemma.substring(0, lemma.length() - 2)
          : lemma.endsWith("n") ? lemma.substring(0, lemma.length() - 1) : null;
      if (stem == null || lemma.equals(lower[verb]) || MODAL_LEMMAS_PAST.contains(lemma)
          || !lower[verb].equals(stem + "ten") && !lower[verb].equals(stem + "eten")) {
        return false;
      }
      return noPastTime(from, to);
    }

    private boolean noPastTime(int from, int to) {
      for (int i = from; i < to; i++) {
        if (PAST_TIME_WORDS.contains(lower[i]) || lower[i].matches("(19|20)\\d\\d")) {
          return false;
        }
      }
      return true;
    }

    /**
     * A strong verb's plural past whose vowel takes no umlaut ("stießen", "liefen", "blieben") is also its Konjunktiv
     * II; "kamen" (Konjunktiv "kämen") is not.
     */
    private boolean strongPastAsSubjunctive(int verb) {
      String w = lower[verb];
      Token t = tokens.get(verb);
      if (!w.endsWith("en") || w.endsWith("ten") || w.length() < 6 || t.lemma() == null
          || !Character.isLowerCase(t.text().charAt(0)) || PAST_TIME_WORDS.contains(w)) {
        return false;
      }
      String lemma = t.lemma().toLowerCase(Locale.ROOT);
      String stem = w.substring(0, w.length() - 2);
      return !lemma.equals(w) && lemma.endsWith("en") && !stem.matches(".*[aouäöü].*")
          && !lemma.startsWith(stem.substring(0, Math.min(stem.length(), 3)));
    }

    /** A Konjunktiv I verb outside quotes, not after "ich" or "wir". */
    private boolean subjunctive(int from, int to) {
      for (int i = from; i < to; i++) {
        if (pairOfToken[i] >= 0) {
          continue;
        }
        String w = lower[i];
        Token t = tokens.get(i);
        boolean form = SUBJUNCTIVE.contains(w) || SUBJUNCTIVE_TWO.contains(w);
        // "helfe", "fresse": a lemmatiser that does not know the form leaves it as it is.
        if (!form && w.endsWith("e") && w.length() > 3 && isVerbTag(t.pos()) && t.lemma() != null
            && (t.lemma().toLowerCase(Locale.ROOT).equals(w + "n")
                || !w.endsWith("te") && t.lemma().toLowerCase(Locale.ROOT).equals(w))
            && Character.isLowerCase(t.text().charAt(0))) {
          form = true;
        }
        if (!form && w.endsWith("e") && !w.endsWith("te") && !w.endsWith("nde") && !w.endsWith("wurde") && w.length() > 4
            && (isVerbTag(t.pos()) || "NOUN".equals(t.pos()) && i > from && DEMONSTRATIVE_SUBJECTS.contains(lower[i - 1]))
            && Character.isLowerCase(t.text().charAt(0))) {
          // "Das betreffe nur …": a word written small that the tagger took for a noun is a verb after a pronoun.
          // "erscheine" lemmatised "erscheinn": a finite verb in -e (not the past in -te or "wurde", not a participle
          // in -nde) is a Konjunktiv form or a first person, whatever its lemma; "biete" stays ambiguous with the past.
          form = true;
        }
        String lemma = t.lemma() == null ? "" : t.lemma().toLowerCase(Locale.ROOT);
        if (!form && isVerbTag(t.pos()) && Character.isLowerCase(t.text().charAt(0)) && w.length() > 4
            && (w.endsWith("e") || w.endsWith("en")) && !w.endsWith("te") && !w.endsWith("ten")
            && w.matches(".*[äöü].*") && !lemma.matches(".*[äöü].*") && lemma.endsWith("n")) {
          // "stattfänden", "läge", "käme": an umlaut the infinitive lacks marks a Konjunktiv II form.
          form = true;
        }
        if (!form) {
          continue;
        }
        boolean firstPerson = false;
        for (int k = Math.max(from, i - 3); k <= Math.min(to - 1, i + 2); k++) {
          if ("ich".equals(lower[k]) || "wir".equals(lower[k])) {
            firstPerson = true;
          }
        }
        if (!firstPerson) {
          return true;
        }
      }
      return false;
    }
  }
}
