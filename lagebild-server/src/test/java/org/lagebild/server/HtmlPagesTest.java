package org.lagebild.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lagebild.model.dossier.DossierArticle;
import org.lagebild.model.dossier.Story;
import org.lagebild.model.dossier.StoryEntity;

class HtmlPagesTest {

  @Test
  void articlePageMarksNamesAndRolePhrasesThatReferToThePerson() {
    String text = "Verbandschefin Erika Muster kam. Die Verbandschefin sprach lange.";
    DossierArticle a = new DossierArticle("a1", "a1.txt", "Titel", null, null, "de", null, "unknown",
        text, List.of(), null, null, null);
    int name = text.indexOf("Erika Muster");
    int role = text.indexOf("Die Verbandschefin") + 4;
    StoryEntity person = new StoryEntity("p1", "Erika Muster", "PER", List.of("Erika Muster"),
        List.of("Verbandschefin"),
        List.of(new StoryEntity.Mention("a1", name, name + 12, "Erika Muster")), List.of(), List.of(),
        List.of(new StoryEntity.Mention("a1", role, role + 14, "Verbandschefin")));
    Story story = Story.of("s1", "t", List.of("a1"), List.of(person));

    String html = HtmlPages.article(a, story, List.of());

    assertThat(html).contains("title=\"PER: Erika Muster\">Erika Muster<");
    assertThat(html).contains("title=\"PER by role: Erika Muster\">Verbandschefin<");
  }
}
