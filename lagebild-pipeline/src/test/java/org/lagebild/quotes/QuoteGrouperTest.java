package org.lagebild.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteGrouperTest {

  @Test
  void translationDriftStillGroupsAndOtherQuotesStayApart() {
    int[] g = QuoteGrouper.group(List.of(
        new QuoteGrouper.Item("a", "damit beide Länder eine Beziehung pflegen können, die nicht auf"
            + " Feindseligkeit beruht", null),
        new QuoteGrouper.Item("b", "damit beide Länder eine Beziehung verfolgen können, die nicht auf"
            + " Feindseligkeit basiert", null),
        new QuoteGrouper.Item("b", "Die Gespräche über Rüstungskontrolle gehen im Februar weiter",
            null)));
    assertThat(g[0]).isEqualTo(g[1]);
    assertThat(g[2]).isNotEqualTo(g[0]);
  }

  @Test
  void differentKnownSpeakersAreNeverGrouped() {
    int[] g = QuoteGrouper.group(List.of(
        new QuoteGrouper.Item("a", "Wir wollen keinen Konflikt mit dem Nachbarland", "e1"),
        new QuoteGrouper.Item("b", "Wir wollen keinen Konflikt mit dem Nachbarland", "e2")));
    assertThat(g[0]).isNotEqualTo(g[1]);
  }

  @Test
  void shortPartialQuoteDoesNotChainLongQuotes() {
    int[] g = QuoteGrouper.group(List.of(
        new QuoteGrouper.Item("a", "massiven Konsequenzen", null),
        new QuoteGrouper.Item("b", "Russland drohen massive Konsequenzen und schwere Kosten", null),
        new QuoteGrouper.Item("c", "massive Konsequenzen für die Wirtschaft des Landes", null)));
    assertThat(g[0]).isNotEqualTo(g[1]);
    assertThat(g[0]).isNotEqualTo(g[2]);
  }

  @Test
  void largeStoryStaysBoundedAndGroupsDuplicates() {
    List<QuoteGrouper.Item> items = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      items.add(new QuoteGrouper.Item("a" + i, "Die Regierung plant Maßnahme q" + i
          + "wort gegen Problem p" + i + "satz im Bereich b" + i + "feld", null));
    }
    items.add(new QuoteGrouper.Item("x", "Die Regierung plant Maßnahme q7wort gegen Problem p7satz"
        + " im Bereich b7feld", null));
    int[] g = QuoteGrouper.group(items);
    assertThat(g[3000]).isEqualTo(g[7]);
    assertThat(g[8]).isNotEqualTo(g[7]);
  }
}
