package org.lagebild.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.lagebild.model.Span;
import org.lagebild.model.Token;

class SpeakerNamesTest {

  private static final String TEXT = "Nach Angaben des Leiters der Behörde sei es ruhig. Laut einer Erklärung der"
      + " Stadt bleibe es so. Dem neuen Sprecher zufolge gelte das. Das meldete der Verband.";

  /** Tokens split at spaces and full stops, with the given part of speech and lemma for some words. */
  private static List<Token> tokens(Map<String, String[]> tags) {
    List<Token> out = new ArrayList<>();
    Matcher m = Pattern.compile("[\\p{L}]+|\\.").matcher(TEXT);
    while (m.find()) {
      String[] t = tags.getOrDefault(m.group(), new String[] {"X", m.group()});
      out.add(new Token(m.start(), m.end(), m.group(), t[0], t[1], 0));
    }
    return out;
  }

  private static QuoteMention quote(String phrase, String via) {
    int start = TEXT.indexOf(phrase);
    Span span = new Span(start, start + phrase.length());
    return new QuoteMention(0, 5, TEXT.substring(0, 5), QuoteMention.INDIRECT, null,
        new QuoteMention.Speaker(phrase, null, span, via));
  }

  @Test
  void aDescriptionInTheGenitiveOrDativeIsNamedInTheNominativeAndCarriedQuotesFollow() {
    List<Token> tokens = tokens(Map.of(
        "Leiters", new String[] {"NOUN", "Leiters"}, "Erklärung", new String[] {"NOUN", "Erklärung"},
        "Sprecher", new String[] {"NOUN", "Sprecher"}, "neuen", new String[] {"ADJ", "neu"},
        "Verband", new String[] {"NOUN", "Verband"}));
    QuoteMention carried = new QuoteMention(0, 5, TEXT.substring(0, 5), QuoteMention.INDIRECT, null,
        new QuoteMention.Speaker("des Leiters der Behörde", null, null, "previous"));
    List<QuoteMention> named = SpeakerNames.nominative(TEXT, tokens, List.of(
        quote("des Leiters der Behörde", "description"), carried, quote("einer Erklärung der Stadt", "description"),
        quote("Dem neuen Sprecher", "description"), quote("der Verband", "description")));
    assertThat(named).extracting(q -> q.speaker().name()).containsExactly(
        "Leiter der Behörde", "Leiter der Behörde", "Erklärung der Stadt", "Dem neuen Sprecher", "der Verband");
  }
}
