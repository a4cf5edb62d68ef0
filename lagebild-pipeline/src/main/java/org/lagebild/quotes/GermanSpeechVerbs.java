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
 */
final class GermanSpeechVerbs {

  static final String RESOURCE = "german-speech-verbs.txt";

  private static final List<String> INSEPARABLE_PREFIXES =
      List.of("be", "emp", "ent", "er", "ge", "miss", "ver", "zer", "unter", "wider");

  /** One reading of a form: the verb's lemma and the particle it needs to follow, if any. */
  record Reading(String lemma, String particle) {}

  private final Map<String, List<Reading>> forms = new HashMap<>();
  private final Set<String> lemmas = new HashSet<>();

  private static final GermanSpeechVerbs DEFAULT = load();

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
    lemmas.add(lemma);
    for (String f : baseForms) {
      if (particle == null) {
        put(f, new Reading(lemma, null));
      } else {
        put(f, new Reading(lemma, particle));
        put(particle + f, new Reading(lemma, null));
        if (f.startsWith("ge") && !f.equals(base)) {
          put(particle + f, new Reading(lemma, null));
        }
      }
    }
    if (particle != null) {
      put(particle + "ge" + stem(base) + "t", new Reading(lemma, null));
    }
  }

  private void put(String form, Reading reading) {
    List<Reading> list = forms.computeIfAbsent(form, f -> new ArrayList<>());
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
}
