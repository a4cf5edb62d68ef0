package org.lagebild.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lagebild.linguistics.LinguisticStage;
import org.lagebild.model.AnnotatedDocument;
import org.lagebild.model.Article;
import org.lagebild.model.EntityMention;
import org.lagebild.model.Stage;
import org.lagebild.model.Token;
import org.lagebild.testing.BaseStageTestCase;

class GermanEntityRefinerTest extends BaseStageTestCase {

  private static final String[] TYPES = {"PER", "LOC", "ORG", "MISC"};

  @Override
  protected Stage stage() {
    return new GermanEntityRefiner();
  }

  /** Tokens as the analyzer would give them; every run of capitalised words tagged, types rotating. */
  @Override
  protected AnnotatedDocument prepare(Article article) {
    TaggedText tagged = new TaggedText(article.text(), Map.of());
    List<Token> tokens = tagged.tokens();
    List<EntityMention> mentions = new ArrayList<>();
    int runStart = -1;
    for (int i = 0; i <= tokens.size(); i++) {
      boolean capital = i < tokens.size() && tokens.get(i).pos().equals("PROPN");
      if (capital && runStart < 0) {
        runStart = i;
      } else if (!capital && runStart >= 0) {
        int start = tokens.get(runStart).start();
        int end = tokens.get(i - 1).end();
        mentions.add(
            new EntityMention(start, end, article.text().substring(start, end), TYPES[mentions.size() % 4]));
        runStart = -1;
      }
    }
    return AnnotatedDocument.of(article)
        .with(LinguisticStage.TOKENS, tokens)
        .with(LinguisticStage.ENTITIES, mentions);
  }

  @Override
  protected List<String> sampleTexts() {
    return List.of(
        "Berlin (dpa) - Bundeskanzler Olaf Scholz traf am Mittwoch in Paris den französischen"
            + " Präsidenten. \"Wir sind uns einig\", sagte er.\n\nDie Gespräche sollen am Freitag"
            + " fortgesetzt werden.",
        "NATO-Generalsekretär Jens Stoltenberg sprach mit (Wladimir) Putin. Putins Sprecher schwieg.",
        "POLITIK WIRTSCHAFT KULTUR\nDie US-Außenministerin Hillary Clinton reiste nach St. Moritz.");
  }

  @Test
  void everyMentionTextIsTheTextAtItsOffsets() {
    for (String text : sampleTexts()) {
      AnnotatedDocument out = stage().process(prepare(Article.of("t", text)));
      for (var layer : List.of(GermanEntityRefiner.ENTITIES, GermanEntityRefiner.NAME_PARTS,
          GermanEntityRefiner.DERIVED)) {
        for (EntityMention m : out.get(layer)) {
          assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
        }
      }
      for (PersonRole r : out.get(GermanEntityRefiner.ROLES)) {
        assertThat(text.substring(r.start(), r.end())).isEqualTo(r.text());
      }
    }
  }

  @Test
  void refinedMentionsDoNotOverlapAndAreInOrder() {
    for (String text : sampleTexts()) {
      List<EntityMention> out =
          stage().process(prepare(Article.of("t", text))).get(GermanEntityRefiner.ENTITIES);
      for (int i = 1; i < out.size(); i++) {
        assertThat(out.get(i).start()).isGreaterThanOrEqualTo(out.get(i - 1).end());
      }
    }
  }

  @Test
  void tolerantOfMentionsOutsideTheText() {
    TaggedText t = TaggedText.of("Kurzer Text.");
    List<EntityMention> odd = List.of(new EntityMention(5, 500, "x", "PER"), new EntityMention(3, 3, "", "LOC"));
    var r = GermanEntityRefiner.refine(t.text(), t.tokens(), odd);
    assertThat(r.entities()).isEmpty();
  }
}
