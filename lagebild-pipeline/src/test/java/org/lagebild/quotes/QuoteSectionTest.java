package org.lagebild.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lagebild.model.AnnotatedDocument;
import org.lagebild.model.Article;
import org.lagebild.model.Span;
import org.lagebild.model.dossier.Quote;
import org.lagebild.model.dossier.Story;
import org.lagebild.model.dossier.StoryEntity;

class QuoteSectionTest {

  private static final String TEXT = "Behördenleiterin Erika Muster kam nach Lindenau. Der Leiter der Behörde sagte, die"
      + " Brücke sei sicher. Bürgermeisterin Muster erklärte, sie bleibe offen. Ein Sprecher der Behörde sagte,"
      + " man prüfe weiter.";

  private static Span span(String phrase) {
    int start = TEXT.indexOf(phrase);
    return new Span(start, start + phrase.length());
  }

  private static QuoteMention report(String clause, String speakerName, Span phrase) {
    Span s = span(clause);
    return new QuoteMention(s.start(), s.end(), clause, QuoteMention.INDIRECT, null,
        new QuoteMention.Speaker(speakerName, null, phrase, "role"));
  }

  @Test
  void aSpeakerByRolePhraseOrByRoleAndSurnameIsThePersonsAndADescriptionStaysOpen() {
    Span name = span("Erika Muster");
    Span role = span("Der Leiter der Behörde");
    StoryEntity muster = new StoryEntity("e1", "Erika Muster", "PER", List.of("Erika Muster"), List.of(),
        List.of(new StoryEntity.Mention("a", name.start(), name.end(), "Erika Muster")))
        .withRoleMentions(List.of("Leiterin"), List.of(new StoryEntity.Mention("a", role.start(), role.end(),
            "Der Leiter der Behörde")));
    StoryEntity behoerde = new StoryEntity("e2", "Behörde", "ORG", List.of("Behörde"), List.of(), List.of());
    AnnotatedDocument doc = AnnotatedDocument.of(Article.of("a", TEXT)).with(QuoteExtractor.QUOTES, List.of(
        report("die Brücke sei sicher", "Der Leiter der Behörde", role),
        report("sie bleibe offen", "Bürgermeisterin Muster", span("Bürgermeisterin Muster")),
        report("man prüfe weiter", "Ein Sprecher der Behörde", span("Ein Sprecher der Behörde"))));
    Story story = new QuoteSection().fill(Story.of("s1", "t", List.of("a"), List.of(muster, behoerde)), List.of(doc));

    assertThat(story.quotes()).extracting(q -> q.speaker().entityId())
        .containsExactly("e1", "e1", null);
    assertThat(story.quotes()).extracting(Quote::speaker).extracting(Quote.Speaker::name)
        .containsExactly("Erika Muster", "Erika Muster", "Ein Sprecher der Behörde");
  }
}
