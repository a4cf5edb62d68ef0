package org.lagebild.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The lexicon of German speech and attitude verbs (resource {@code german-speech-verbs.txt}) with
 * their inflected forms: regular forms are generated from the lemma, irregular ones are listed. A
 * separable verb's bare form ("teilte") counts only with its particle ("mit") closing the clause.
 *
 * <p>Verbs of communication ("sagen", "erklären") are cues wherever they stand. Verbs of volition,
 * cognition and evaluation ("wollen", "wissen", "ausschließen", "begrüßen"), marked {@code ~} in the
 * resource, report a stance only when they frame a clause ("will, dass …", "schloss nicht aus, dass …")
 * or follow one ("…, weiß das Portal"); elsewhere ("will nach Hause") they are ordinary verbs. The
 * classes are those German grammars give for predicates that take a "dass" clause or indirect
 * speech: verbs of saying, of thinking and believing, of wanting, and of evaluating.
 *
 * <p>The same classes give the other cue words below: their nominalisations ("die Hoffnung, dass …"),
 * predicative adjectives of attitude ("zeigte sich besorgt, dass …") and the nouns of information that
 * make a prepositional source ("nach Angaben", "nach seiner Einschätzung", "aus Sicht der Ärzte").
 */
final class GermanSpeechVerbs {

  static final String RESOURCE = "german-speech-verbs.txt";

  private static final List<String> INSEPARABLE_PREFIXES =
      List.of("be", "emp", "ent", "er", "ge", "miss", "ver", "zer", "unter", "wider");

  /** One reading of a form: the verb's lemma and the particle it needs to follow, if any. */
  record Reading(String lemma, String particle) {}

  private final Map<String, List<Reading>> forms = new HashMap<>();
  private final Set<String> lemmas = new HashSet<>();
  /** Attitude verbs ({@code ~} lines), cues only where they frame or follow a clause. */
  private final Map<String, List<Reading>> attitudeForms = new HashMap<>();
  private final Set<String> attitudeLemmas = new HashSet<>();

  private static final GermanSpeechVerbs DEFAULT = load();

  /**
   * Nouns of saying, believing and wanting whose content follows after a comma ("seine Ankündigung, …", "die
   * Hoffnung, dass …", "mit der Behauptung, dass …"): nominalisations of the verb classes above.
   */
  static final Set<String> REPORT_NOUNS =
      Set.of("ankündigung", "behauptung", "forderung", "warnung", "einschätzung", "aussage", "versicherung",
          "zusage", "erklärung", "befürchtung", "überzeugung", "auffassung", "ansicht", "vorwurf", "hinweis",
          "darstellung", "versprechen", "drohung", "mahnung", "prognose", "these", "hoffnung", "sorge", "angst",
          "furcht", "vermutung", "annahme", "meinung", "empfehlung", "nachricht", "meldung", "mitteilung",
          "appell", "aufforderung", "vorschlag", "zusicherung", "beteuerung", "einwand", "argument",
          "feststellung", "erkenntnis", "position", "standpunkt", "erwartung", "vorhersage", "spekulation",
          "verdacht", "beschuldigung", "anschuldigung", "unterstellung", "äußerung", "stellungnahme",
          "bestätigung", "kritik", "zweifel", "beschwerde", "klage", "botschaft", "information", "informationen",
          "bericht", "berichte", "aussagen", "forderungen", "warnungen", "hinweise", "vorwürfe", "angaben",
          "zweifeln", "eingeständnis", "theorie", "gerücht", "gerüchte", "gerüchten", "nachrichten", "hinweisen",
          "behauptungen", "ankündigungen", "versprechungen", "zusagen", "beteuerungen", "befürchtungen");

  /**
   * Predicative adjectives of attitude that frame a clause after "sein" or "sich zeigen/geben" ("sind sich
   * einig, dass …", "zeigte sich zuversichtlich, dass …", "ist davon überzeugt, dass …").
   */
  static final Set<String> ATTITUDE_ADJECTIVES =
      Set.of("besorgt", "überzeugt", "zuversichtlich", "optimistisch", "pessimistisch", "skeptisch", "sicher",
          "gewiss", "einig", "uneinig", "froh", "erleichtert", "enttäuscht", "verärgert", "empört", "erfreut",
          "beunruhigt", "alarmiert", "zufrieden", "unzufrieden", "stolz", "dankbar", "überrascht", "entsetzt",
          "irritiert", "verwundert", "bestürzt", "zuversichtlicher", "sicherer");

  /** Adverbs pointing to the clause an attitude adjective or verb frames ("besorgt darüber, dass"). */
  static final Set<String> CLAUSE_POINTERS =
      Set.of("darüber", "davon", "dafür", "darauf", "damit", "daran", "dagegen", "dazu", "es");

  /**
   * Nouns of information that make a source after "nach" ("nach Angaben der Polizei", "nach seiner
   * Einschätzung", "nach Daten des Instituts", "nach Studienergebnissen"); a compound ending in one counts.
   * Nouns of acts ("Ankündigung", "Erklärung") are left out: after "nach" they are mostly temporal.
   */
  static final List<String> SOURCE_NOUNS =
      List.of("angaben", "ansicht", "auffassung", "einschätzung", "einschätzungen", "meinung", "worten",
          "aussage", "aussagen", "auskunft", "auskünften", "darstellung", "informationen", "erkenntnissen",
          "daten", "zahlen", "schätzung", "schätzungen", "berechnung", "berechnungen", "überzeugung",
          "statistik", "statistiken", "ergebnissen", "recherchen", "berichten", "beobachtungen", "prognose",
          "prognosen", "umfrage", "umfragen", "studie", "studien", "ermittlungen");

  static GermanSpeechVerbs standard() {
    return DEFAULT;
  }

  private static GermanSpeechVerbs load() {
    GermanSpeechVerbs verbs = new GermanSpeechVerbs();
    try (InputStream in = GermanSpeechVerbs.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + RESOURCE + " is missing from the build");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        line = line.strip();
        if (!line.isEmpty() && !line.startsWith("#")) {
          verbs.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return verbs;
  }

  private void add(String line) {
    boolean attitude = line.startsWith("~");
    if (attitude) {
      line = line.substring(1).strip();
    }
    Map<String, List<Reading>> target = attitude ? attitudeForms : forms;
    String[] parts = line.split("=", 2);
    String head = parts[0].strip();
    List<String> extra = new ArrayList<>();
    if (parts.length == 2) {
      for (String f : parts[1].strip().split("\\s+")) {
        extra.add(f.toLowerCase(Locale.ROOT));
      }
    }
    String particle = null;
    String base = head;
    int bar = head.indexOf('|');
    if (bar > 0) {
      particle = head.substring(0, bar);
      base = head.substring(bar + 1);
    }
    List<String> baseForms = new ArrayList<>(regularForms(base));
    baseForms.addAll(extra);
    String lemma = particle == null ? base : particle + base;
    (attitude ? attitudeLemmas : lemmas).add(lemma);
    for (String f : baseForms) {
      if (particle == null) {
        put(target, f, new Reading(lemma, null));
      } else {
        put(target, f, new Reading(lemma, particle));
        put(target, particle + f, new Reading(lemma, null));
        if (f.startsWith("ge") && !f.equals(base)) {
          put(target, particle + f, new Reading(lemma, null));
        }
      }
    }
    if (particle != null) {
      put(target, particle + "ge" + stem(base) + "t", new Reading(lemma, null));
    }
  }

  private static void put(Map<String, List<Reading>> target, String form, Reading reading) {
    List<Reading> list = target.computeIfAbsent(form, f -> new ArrayList<>());
    if (!list.contains(reading)) {
      list.add(reading);
    }
  }

  private static String stem(String lemma) {
    if (lemma.endsWith("eln") || lemma.endsWith("ern")) {
      return lemma.substring(0, lemma.length() - 1);
    }
    return lemma.endsWith("en") ? lemma.substring(0, lemma.length() - 2) : lemma;
  }

  /** Present, past, participle and subjunctive forms of a weak verb. */
  static List<String> regularForms(String lemma) {
    String stem = stem(lemma);
    boolean elOrEr = lemma.endsWith("eln") || lemma.endsWith("ern");
    String t = needsLinkingE(stem) && !elOrEr ? "et" : "t";
    boolean noGe =
        lemma.endsWith("ieren") || INSEPARABLE_PREFIXES.stream().anyMatch(p -> lemma.startsWith(p) && lemma.length() > p.length() + 3);
    List<String> out = new ArrayList<>();
    out.add(lemma);
    out.add(stem + t);
    out.add(stem + t + "e");
    out.add(stem + t + "en");
    out.add(elOrEr ? stem + "e" : stem + "e");
    out.add(noGe ? stem + t : "ge" + stem + t);
    return out;
  }

  private static boolean needsLinkingE(String stem) {
    if (stem.endsWith("t") || stem.endsWith("d")) {
      return true;
    }
    if (stem.length() >= 2 && (stem.endsWith("n") || stem.endsWith("m"))) {
      char before = stem.charAt(stem.length() - 2);
      if (stem.endsWith("chn") || stem.endsWith("ckn")) {
        // "bezeichnete", "rechnete": the "h" of "ch" and the "k" of "ck" are consonants before the "n".
        return true;
      }
      return "aeiouäöülrhmn".indexOf(before) < 0;
    }
    return false;
  }

  /** The readings of a word form (lower-cased), empty if it is no speech verb. */
  List<Reading> readings(String lowerForm) {
    return forms.getOrDefault(lowerForm, List.of());
  }

  boolean isLemma(String lowerLemma) {
    return lemmas.contains(lowerLemma);
  }

  /** The readings of a form as an attitude verb, a cue only where it frames or follows a clause. */
  List<Reading> attitudeReadings(String lowerForm) {
    return attitudeForms.getOrDefault(lowerForm, List.of());
  }

  boolean isAttitudeLemma(String lowerLemma) {
    return attitudeLemmas.contains(lowerLemma);
  }
}
