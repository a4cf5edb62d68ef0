package org.lagebild.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.lagebild.model.Span;
import org.lagebild.model.Token;

/**
 * Speakers named by a description are shown in the nominative: a phrase the text gives in the genitive
 * or dative after its source word ("nach Angaben des Leiters des Amtes", "laut einer Erklärung der
 * Stadt") or in the accusative after "zitieren" ("zitierte den Sprecher") would read wrong as a heading of quotes. A determiner of those cases
 * followed directly by its noun becomes the noun's lemma with the rest of the phrase ("Leiter des
 * Amtes", "Erklärung der Stadt"); a phrase with an adjective before its noun stays as written, since
 * its ending depends on an article the nominative would need.
 */
final class SpeakerNames {

  private SpeakerNames() {}

  /** Determiners that mark the genitive, the dative or the accusative ("zitierte einen Beamten"). */
  private static final Set<String> OBLIQUE = Set.of("des", "dem", "den", "einer", "eines", "einem", "einen");

  /** The quotes with description speakers given in the nominative where their phrase allows it. */
  static List<QuoteMention> nominative(String text, List<Token> tokens, List<QuoteMention> quotes) {
    // Quotes that carry a description on from an earlier quote have no phrase of their own; they take the
    // name the phrase gave.
    Map<String, String> renamed = new HashMap<>();
    for (QuoteMention q : quotes) {
      QuoteMention.Speaker s = q.speaker();
      String name = s == null || s.mention() != null || s.phrase() == null ? null : nominative(text, tokens, s);
      if (name != null) {
        renamed.putIfAbsent(s.name(), name);
      }
    }
    List<QuoteMention> out = new ArrayList<>(quotes.size());
    for (QuoteMention q : quotes) {
      QuoteMention.Speaker s = q.speaker();
      String name = s == null || s.mention() != null ? null : renamed.get(s.name());
      out.add(name == null || name.equals(s.name()) ? q
          : new QuoteMention(q.start(), q.end(), q.text(), q.kind(), q.cue(),
              new QuoteMention.Speaker(name, s.mention(), s.phrase(), s.via())));
    }
    return out;
  }

  /** The speaker's name in the nominative, or null where it stays as written. */
  static String nominative(String text, List<Token> tokens, QuoteMention.Speaker speaker) {
    Span phrase = speaker.phrase();
    if (phrase.end() > text.length() || !text.substring(phrase.start(), phrase.end()).equals(speaker.name())) {
      return null;
    }
    int first = -1;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).start() == phrase.start()) {
        first = i;
        break;
      }
    }
    if (first < 0 || first + 1 >= tokens.size()) {
      return null;
    }
    Token determiner = tokens.get(first);
    Token noun = tokens.get(first + 1);
    String lemma = noun.lemma();
    if (!OBLIQUE.contains(determiner.text().toLowerCase(Locale.ROOT)) || !"NOUN".equals(noun.pos())
        || noun.end() > phrase.end() || lemma == null || lemma.isEmpty() || !Character.isUpperCase(lemma.charAt(0))
        || !Character.isUpperCase(noun.text().charAt(0)) || !noun.text().startsWith(lemma.substring(0, 1))) {
      return null;
    }
    if (lemma.equals(noun.text()) && determiner.text().endsWith("s") && lemma.length() > 4 && lemma.endsWith("s")
        && !lemma.endsWith("ss")) {
      // "des Leiters", "eines Berichts": the lemmatizer may leave the genitive ending on a noun it does not know.
      lemma = lemma.substring(0, lemma.length() - (lemma.endsWith("es") && lemma.length() > 6 ? 2 : 1));
    }
    return lemma + text.substring(noun.end(), phrase.end());
  }
}
