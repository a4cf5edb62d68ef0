package org.lagebild.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lagebild.clean.NoiseDetector;
import org.lagebild.clean.SharedTestData;
import org.lagebild.model.AnnotatedDocument;
import org.lagebild.model.Article;
import org.lagebild.model.PublicationDate;
import org.lagebild.model.Pipeline;

class StoryDateInferrerTest {

  private static final Pipeline PIPELINE = Pipeline.of(new NoiseDetector(), new PublicationDateInferrer());
  private static final StoryDateInferrer INFERRER = new StoryDateInferrer(LocalDate.of(2024, 6, 1));

  private static AnnotatedDocument doc(String id, String published, String text) {
    return PIPELINE.process(new Article(id, id, null, null, null, null, published, null, text));
  }

  private static List<PublicationDate> infer(AnnotatedDocument... docs) {
    return INFERRER.infer(List.of(docs)).stream().map(d -> d.get(PublicationDateInferrer.PUBLISHED)).toList();
  }

  // 2022-01-19 was a Wednesday.
  private static final AnnotatedDocument ANCHOR = doc("anchor", "2022-01-19", "Der Minister landete in Kiew.");

  @Test
  void futureWeekdayMeansTheDayBefore() {
    var dates = infer(ANCHOR, doc("a", null, "Der Minister wird am Mittwoch Kiew besuchen."));
    assertThat(dates.get(1)).isEqualTo(new PublicationDate("2022-01-18", "relative"));
    assertThat(dates.get(0)).isEqualTo(new PublicationDate("2022-01-19", "metadata"));
  }

  @Test
  void pastWeekdayMeansOnOrAfterIt() {
    var dates = infer(ANCHOR, doc("a", null, "Der Minister besuchte am Mittwoch Kiew."));
    assertThat(dates.get(1)).isEqualTo(new PublicationDate("2022-01-19", "relative"));
  }

  @Test
  void pastAndFutureMentionsNarrowTheDay() {
    // past Monday (17th) and a coming Friday (21st), Thursday talks planned (20th): 17th to 19th
    var dates = infer(ANCHOR, doc("a", null,
        "Am Montag erklärte London, es liefere Waffen. Er wird am Freitag in Genf sein. Die am Donnerstag geplanten Gespräche."));
    assertThat(dates.get(1)).isEqualTo(new PublicationDate("2022-01-19", "relative"));
  }

  @Test
  void aLinkedPageDateIsALowerBoundAndMovesTheAnchor() {
    // the story is anchored on Wednesday 19th; the article links to a page of Thursday 27th, so its
    // "Mittwoch" is the 26th and it was written on the 27th at the earliest
    var dates = infer(ANCHOR, doc("a", null,
        "Der Minister besuchte am Mittwoch Kiew. Berlin hatte https://example.org/welt/2022-01-27/gespraeche "
            + "zuvor gewarnt. Der Rat wird am Montag beraten."));
    assertThat(dates.get(1)).isEqualTo(new PublicationDate("2022-01-27", "relative"));
  }

  @Test
  void withoutALinkTheSameTextStaysNearTheStory() {
    var dates = infer(ANCHOR, doc("a", null, "Der Minister besuchte am Mittwoch Kiew."));
    assertThat(dates.get(1)).isEqualTo(new PublicationDate("2022-01-19", "relative"));
  }

  @Test
  void datesAreReadOnlyFromAddresses() {
    var found = LinkedDateFinder.find("Am 2022-01-03 sagte er https://example.org/a/2021/12/30/b und www.example.org/x-2022-13-40 "
        + "sowie https://example.org/id/20220105.");
    assertThat(found).extracting(DateEvidence.LinkedDate::date).containsExactly(LocalDate.of(2021, 12, 30));
  }

  @Test
  void majorityWinsOverAStrayMention() {
    var dates = infer(ANCHOR, doc("a", null,
        "Er wird am Mittwoch Kiew besuchen. Er wird am Mittwoch Kuleba treffen. Lawrow sagte am Dienstag, es sei gut. "
            + "Bei ihrem Besuch am Mittwoch sagte sie, es gehe voran."));
    assertThat(dates.get(1)).isEqualTo(new PublicationDate("2022-01-18", "relative"));
  }

  @Test
  void partialDateTakesTheAnchorYear() {
    var dates = infer(ANCHOR, doc("a", null, "Er wird am 21. Januar in Genf sein."));
    assertThat(dates.get(1)).isEqualTo(new PublicationDate("2022-01-20", "relative"));
    var december = infer(ANCHOR, doc("b", null, "Russland hat am 15. Dezember Entwürfe vorgelegt. Er besuchte am Mittwoch Kiew."));
    assertThat(december.get(1)).isEqualTo(new PublicationDate("2022-01-19", "relative"));
  }

  @Test
  void partialKnownDateBoundsTheChoice() {
    // known only to the month: the chosen day stays in February even if January scores as well
    AnnotatedDocument monthOnly = doc("a", "2022-02", "Er traf sie am Montag.");
    var dates = infer(doc("k", "2022-01-31", "Text."), monthOnly);
    assertThat(dates.get(1).value()).startsWith("2022-02");
    assertThat(dates.get(1).basis()).isEqualTo("relative");
  }

  @Test
  void withoutAnchorAWeekdayPicksTheYear() {
    // 20 January was a Thursday in 2022 and 2028 (both within ten years of 2024): the article's own year decides
    var dated = infer(doc("a", null, "Das Treffen fand am Donnerstag, 20. Januar statt, sagte er. Seit 2022 ist das so."));
    assertThat(dated.get(0)).isEqualTo(new PublicationDate("2022-01-20", "relative"));
    var ambiguous = infer(doc("b", null, "Das Treffen fand am Donnerstag, 20. Januar statt, sagte er."));
    assertThat(ambiguous.get(0)).isEqualTo(PublicationDate.UNKNOWN);
  }

  @Test
  void nothingToGoOnStaysUnknown() {
    var dates = infer(ANCHOR, doc("a", null, "Ein Text ohne jeden Zeitbezug."));
    assertThat(dates.get(1)).isEqualTo(PublicationDate.UNKNOWN);
    assertThat(INFERRER.infer(List.of())).isEmpty();
    assertThat(INFERRER.infer(List.of(AnnotatedDocument.of(Article.of("x", "Text."))))).hasSize(1);
  }

  @Test
  void seedArticlesAllGetADateTogether() throws Exception {
    List<Article> seeds = SharedTestData.seeds();
    assumeTrue(seeds.size() == 5, "shared seeds absent: skipped");
    List<AnnotatedDocument> docs = seeds.stream().map(PIPELINE::process).toList();
    long datelines = docs.stream().filter(d -> d.get(PublicationDateInferrer.PUBLISHED).basis().equals("dateline")).count();
    assertThat(datelines).isEqualTo(1);
    List<AnnotatedDocument> dated = new StoryDateInferrer().infer(docs);
    for (AnnotatedDocument d : dated) {
      PublicationDate p = d.get(PublicationDateInferrer.PUBLISHED);
      System.out.println(d.id() + "\t" + p.value() + "\t" + p.basis());
      assertThat(p.known()).as(d.id()).isTrue();
      assertThat(p.basis()).isIn("dateline", "relative");
    }
  }
}
