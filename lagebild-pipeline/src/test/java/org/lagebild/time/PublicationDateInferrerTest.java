package org.lagebild.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lagebild.clean.NoiseDetector;
import org.lagebild.model.AnnotatedDocument;
import org.lagebild.model.Article;
import org.lagebild.model.PublicationDate;
import org.lagebild.model.Stage;
import org.lagebild.testing.BaseStageTestCase;

class PublicationDateInferrerTest extends BaseStageTestCase {

  private final NoiseDetector noise = new NoiseDetector();

  @Override
  protected Stage stage() {
    return new PublicationDateInferrer();
  }

  @Override
  protected AnnotatedDocument prepare(Article article) {
    return noise.process(AnnotatedDocument.of(article));
  }

  @Override
  protected List<String> sampleTexts() {
    return List.of(
        "19. Januar 2022, 19:14 Uhr\n\nBlinken wird am Mittwoch Kiew besuchen.",
        "Berlin, 3. März 2021 – Der Rat tagte am Dienstag.",
        "Am 2. Februar 2021 begann es. Am 5. Februar 2021 endete es. Am 1. Mai 2030 soll es wieder beginnen.");
  }

  private PublicationDate published(String text) {
    return stage().process(prepare(Article.of("a", text))).get(PublicationDateInferrer.PUBLISHED);
  }

  @Test
  void metadataWins() {
    Article a = new Article("a", "a", null, null, null, null, "2021-05-04T10:00:00+02:00", null,
        "3. März 2021\n\nText.");
    assertThat(stage().process(prepare(a)).get(PublicationDateInferrer.PUBLISHED))
        .isEqualTo(new PublicationDate("2021-05-04T10:00:00+02:00", "metadata"));
  }

  @Test
  void datelineKeepsTheTime() {
    assertThat(published("19. Januar 2022, 19:14 Uhr\n\nDer Text.")).isEqualTo(new PublicationDate("2022-01-19T19:14", "dateline"));
    assertThat(published("Berlin, 3. März 2021 – Die Regierung hat beschlossen, dass alles bleibt, wie es ist, "
        + "und dass die Regeln bis auf Weiteres gelten, so eine Sprecherin, die das in einer langen Erklärung sagte."))
        .isEqualTo(new PublicationDate("2021-03-03", "dateline"));
    assertThat(published("03.03.2021\nText.")).isEqualTo(new PublicationDate("2021-03-03", "dateline"));
    assertThat(published("2021-03-03T08:15\nText.")).isEqualTo(new PublicationDate("2021-03-03T08:15", "dateline"));
  }

  @Test
  void debrisDateIsNoDateline() {
    assertThat(published(" date 2022-01-05 Avatar_shz von DPA User\n\nKein Datum hier.")).isEqualTo(PublicationDate.UNKNOWN);
  }

  @Test
  void futureDateNearTheStartIsNoDateline() {
    assertThat(published("Die Wahl wird am 26. September 2021 stattfinden.")).isEqualTo(PublicationDate.UNKNOWN);
  }

  @Test
  void latestPastDateOfTheText() {
    String filler = "Dies ist ein langer einleitender Absatz ohne jedes Datum, der nur Platz einnimmt. ".repeat(6);
    assertThat(published(filler + "\nAm 2. Februar 2021 begann es. Am 5. Februar 2021 endete es. "
        + "Am 1. Mai 2030 soll es wieder beginnen."))
        .isEqualTo(new PublicationDate("2021-02-05", "text"));
  }

  @Test
  void todayMarksTheReportingDate() {
    String filler = "Dies ist ein langer einleitender Absatz ohne jedes Datum, der nur Platz einnimmt. ".repeat(6);
    assertThat(published(filler + "\nHeute, am 4. Februar 2021, tagt der Rat. Am 9. Februar 2021 war Schluss."))
        .isEqualTo(new PublicationDate("2021-02-04", "text"));
  }

  @Test
  void contradictingWeekdayDiscardsADate() {
    String filler = "Dies ist ein langer einleitender Absatz ohne jedes Datum, der nur Platz einnimmt. ".repeat(6);
    // 20 January 2022 was a Thursday
    assertThat(published(filler + "\nAm Montag, 20. Januar 2022 war es so. Am 10. Januar 2022 war es anders."))
        .isEqualTo(new PublicationDate("2022-01-10", "text"));
  }

  @Test
  void noDateIsUnknownAndEvidenceIsRecorded() {
    AnnotatedDocument out = stage().process(prepare(Article.of("a", "Blinken wird am Mittwoch Kiew besuchen.")));
    assertThat(out.get(PublicationDateInferrer.PUBLISHED)).isEqualTo(PublicationDate.UNKNOWN);
    assertThat(out.get(PublicationDateInferrer.DATE_EVIDENCE).weekdays()).hasSize(1);
  }

  @Test
  void evidenceSpansStayInsideTheText() {
    List<String> texts = new java.util.ArrayList<>(sampleTexts());
    texts.addAll(hostileTexts());
    for (String text : texts) {
      DateEvidence e = stage().process(prepare(Article.of("a", text))).get(PublicationDateInferrer.DATE_EVIDENCE);
      List<int[]> spans = new java.util.ArrayList<>();
      e.fullDates().forEach(d -> spans.add(new int[] {d.start(), d.end()}));
      e.partialDates().forEach(d -> spans.add(new int[] {d.start(), d.end()}));
      e.years().forEach(d -> spans.add(new int[] {d.start(), d.end()}));
      e.weekdays().forEach(d -> spans.add(new int[] {d.start(), d.end()}));
      e.relatives().forEach(d -> spans.add(new int[] {d.start(), d.end()}));
      for (int[] span : spans) {
        assertThat(span[0]).isBetween(0, span[1]);
        assertThat(span[1]).isLessThanOrEqualTo(text.length());
      }
    }
  }

  /**
   * A measurement, not a threshold: how often the date read from the text alone (metadata hidden)
   * matches the declared date on FANG-COVID, whose articles carry no datelines in the body.
   */
  @Test
  void textDatesAgainstDeclaredDatesOnFangCovid() throws Exception {
    List<Article> articles = org.lagebild.clean.SharedTestData.fangCovid(1000);
    org.junit.jupiter.api.Assumptions.assumeTrue(!articles.isEmpty(), "fang-covid data absent: skipped");
    int dated = 0;
    int exact = 0;
    int withinWeek = 0;
    for (Article a : articles) {
      Article hidden = new Article(a.id(), a.source(), a.title(), a.outlet(), a.url(), null, null, null, a.text());
      PublicationDate p = stage().process(prepare(hidden)).get(PublicationDateInferrer.PUBLISHED);
      if (!p.known() || a.published() == null) {
        continue;
      }
      dated++;
      java.time.LocalDate guess = java.time.LocalDate.parse(p.value().substring(0, 10));
      java.time.LocalDate truth = java.time.LocalDate.parse(a.published().substring(0, 10));
      long days = Math.abs(java.time.temporal.ChronoUnit.DAYS.between(guess, truth));
      exact += days == 0 ? 1 : 0;
      if (Boolean.getBoolean("dates.dump")) {
        System.out.println(a.id() + "\t" + p.basis() + "\t" + p.value() + "\t" + a.published());
      }
      withinWeek += days <= 7 ? 1 : 0;
    }
    System.out.printf(java.util.Locale.ROOT,
        "fang-covid: %d articles, %d dated from text/dateline, exact %d, within 7 days %d%n",
        articles.size(), dated, exact, withinWeek);
    assertThat(dated).isLessThanOrEqualTo(articles.size());
  }
}
