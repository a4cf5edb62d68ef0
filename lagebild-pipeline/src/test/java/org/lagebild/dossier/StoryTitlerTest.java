package org.lagebild.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lagebild.model.AnnotatedDocument;
import org.lagebild.model.Article;
import org.lagebild.model.Sentence;
import org.lagebild.model.dossier.StoryEntity;
import org.lagebild.stories.StoryGroup;

class StoryTitlerTest {

  @Test
  void datelinesAndBylinesBeforeTheLeadAreSkipped() {
    String text = "Von Olaf Brenner\n\n12. März 2023, 08:15 Uhr\n\n"
        + "Die Stadtwerke Lindenau erhöhen die Preise für Fernwärme zum ersten April. Mehr folgt.";
    assertThat(StoryTitler.lead(text, null))
        .isEqualTo("Die Stadtwerke Lindenau erhöhen die Preise für Fernwärme zum ersten April");
  }

  @Test
  void sentenceSpansFromTheLinguisticLayerAreUsedWhenPresent() {
    String text = "Kurz. Der Rat der Stadt Lindenau tagt heute, sagte Marie Lenz am Abend.";
    List<Sentence> sentences = List.of(new Sentence(0, 5), new Sentence(6, text.length()));
    assertThat(StoryTitler.lead(text, sentences))
        .isEqualTo("Der Rat der Stadt Lindenau tagt heute, sagte Marie Lenz am Abend");
  }

  @Test
  void aLongLeadIsCutAtItsLastClauseWithinTheLimit() {
    String lead = "Der Landtag von Lindenau hat am Mittwoch das neue Schulgesetz beschlossen, "
        + "nachdem die Opposition monatelang gegen die Pläne der Regierung protestiert hatte.";
    String title = StoryTitler.headline(lead);
    assertThat(title).isEqualTo("Der Landtag von Lindenau hat am Mittwoch das neue Schulgesetz beschlossen");
    assertThat(title.length()).isLessThanOrEqualTo(StoryTitler.MAX_CHARS);
  }

  @Test
  void aLeadOpeningWithASubordinateClauseIsCutAtAWordBoundary() {
    String lead = "Nachdem die Gespräche in Lindenau gescheitert waren, reist Ministerin Marie Lenz am "
        + "Donnerstag nach Hafenstadt, um dort mit den Vertretern der Gewerkschaften zu verhandeln.";
    String title = StoryTitler.headline(lead);
    assertThat(title).endsWith("\u00A0…").doesNotContain(",\u00A0…");
    String body = title.substring(0, title.length() - 2);
    assertThat(lead).startsWith(body);
    // The cut falls between two words, never inside one.
    assertThat(lead.charAt(body.length())).isIn(' ', ',');
    assertThat(title.length()).isLessThanOrEqualTo(StoryTitler.MAX_CHARS);
    assertThat(body.length()).isGreaterThan(StoryTitler.MAX_CHARS / 2);
  }

  @Test
  void aClauseCutNeverSplitsAQuotation() {
    String lead = "„Wir werden die Brücke in Lindenau bauen, koste es was es wolle“, sagte Bürgermeister "
        + "Olaf Brenner am Dienstag vor den Abgeordneten des Stadtrats in der Innenstadt.";
    String title = StoryTitler.headline(lead);
    assertThat(title).isEqualTo("„Wir werden die Brücke in Lindenau bauen, koste es was es wolle“");
  }

  @Test
  void anUnbrokenRunIsCutWithoutSplittingASurrogatePair() {
    String run = "x".repeat(StoryTitler.MAX_CHARS - 3) + "\uD83D\uDE00" + "y".repeat(40);
    String title = StoryTitler.headline(run);
    assertThat(title).endsWith("\u00A0…");
    assertThat(Character.isHighSurrogate(title.charAt(title.length() - 3))).isFalse();
  }

  @Test
  void aLeadThatCannotStandAloneGivesWayToTheNextCentralArticle() {
    String t1 = "Nachdem der Streik begonnen hatte, blieben in Lindenau alle Busse der Stadtwerke stehen.";
    String t2 = "Busfahrer in Lindenau legen die Arbeit nieder. Die Stadtwerke bieten Gespräche an.";
    String t3 = "Er kündigte an, die Stadtwerke Lindenau würden verhandeln.";
    Map<String, AnnotatedDocument> docs = Map.of(
        "a", AnnotatedDocument.of(Article.of("a", t1)),
        "b", AnnotatedDocument.of(Article.of("b", t2)),
        "c", AnnotatedDocument.of(Article.of("c", t3)));
    StoryEntity lindenau = new StoryEntity("e1", "Lindenau", "LOC", List.of("Lindenau"), List.of(),
        List.of(mention("a", t1, "Lindenau"), mention("b", t2, "Lindenau"), mention("c", t3, "Lindenau")));
    StoryEntity stadtwerke = new StoryEntity("e2", "Stadtwerke", "ORG", List.of("Stadtwerke"), List.of(),
        List.of(mention("a", t1, "Stadtwerke"), mention("c", t3, "Stadtwerke")));
    // a and c are the most central, but a opens with a subordinate clause and c with a pronoun.
    assertThat(StoryTitler.title(new StoryGroup("s1", List.of("a", "b", "c")), docs,
        List.of(lindenau, stadtwerke))).isEqualTo("Busfahrer in Lindenau legen die Arbeit nieder");
    // Alone, a subordinate-led lead is still better than no title.
    assertThat(StoryTitler.title(new StoryGroup("s2", List.of("a")), docs, List.of(lindenau)))
        .isEqualTo("Nachdem der Streik begonnen hatte, blieben in Lindenau alle Busse der Stadtwerke stehen");
  }

  private static StoryEntity.Mention mention(String id, String text, String name) {
    int at = text.indexOf(name);
    return new StoryEntity.Mention(id, at, at + name.length(), name);
  }

  @Test
  void aStoryWhoseTextsHaveNoWordsIsTitledByItsArticleId() {
    AnnotatedDocument empty = AnnotatedDocument.of(Article.of("leer", " \n "));
    assertThat(StoryTitler.title(new StoryGroup("s1", List.of("leer")), Map.of("leer", empty), List.of()))
        .isEqualTo("leer");
  }
}
