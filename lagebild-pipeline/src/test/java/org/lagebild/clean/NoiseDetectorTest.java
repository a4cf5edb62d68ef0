package org.lagebild.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lagebild.model.AnnotatedDocument;
import org.lagebild.model.Article;
import org.lagebild.model.Noise;
import org.lagebild.model.Stage;
import org.lagebild.testing.BaseStageTestCase;

class NoiseDetectorTest extends BaseStageTestCase {

  private static final Path GOLDEN = Path.of("src/test/resources/org/lagebild/clean/noise-golden.txt");
  private static final Set<String> GOLDEN_FANG_IDS =
      Set.of("fang-0", "fang-10", "fang-1002", "fang-10036", "fang-10129", "fang-1018");

  @Override
  protected Stage stage() {
    return new NoiseDetector();
  }

  @Override
  protected AnnotatedDocument prepare(Article article) {
    return AnnotatedDocument.of(article);
  }

  @Override
  protected List<String> sampleTexts() {
    return List.of(
        " date 2022-01 Avatar_shz von DPA User\n\n19. Januar 2022, 19:14 Uhr\n\nText.",
        "h2 In Berlin: Ein Treffen\n\nSiehe https://example.org/a?b=1. Mail: a.b@example.de\n\n\n\n\nEnde",
        "EINE ÜBERSCHRIFT HIER\nDie NATO und die EU   tagen.<br>Foto: dpa\n(Symbolbild) Teilen");
  }

  private static List<String> flagged(String text) {
    return NoiseDetector.detect(text).stream().map(n -> n.kind() + ":" + n.span().of(text)).toList();
  }

  @Test
  void bareTagWordIsDebrisButTheHeadingIsNot() {
    assertThat(flagged("Text.\n\nh2 In Berlin: Russland erwartet eine Antwort\n\nMehr."))
        .containsExactly("markup:h2 ");
    assertThat(flagged("li Erster Punkt\np Absatz")).containsExactly("markup:li ", "markup:p ");
  }

  @Test
  void leftoverTagsAndEntities() {
    assertThat(flagged("Erster Satz.<br/>Zweiter&nbsp;Satz &amp; mehr <p class=\"x\">Ende</p>"))
        .containsExactly("markup:<br/>", "markup:&nbsp;", "markup:&amp;", "markup:<p class=\"x\">", "markup:</p>");
  }

  @Test
  void metaAndCreditLines() {
    assertThat(flagged(" date 2022-01 Avatar_shz von DPA User\n\nDer Text beginnt."))
        .containsExactly("byline:date 2022-01 Avatar_shz von DPA User");
    assertThat(flagged("Foto: Michael Kappeler/dpa\nBild: Reuters\n© dpa\nVon Anna Mayr, Autorin"))
        .containsExactly(
            "byline:Foto: Michael Kappeler/dpa", "byline:Bild: Reuters", "byline:© dpa",
            "byline:Von Anna Mayr, Autorin");
    assertThat(flagged("Ein Polizist (Symbolbild) steht vor dem Haus."))
        .containsExactly("byline:(Symbolbild)");
    assertThat(flagged("Das glauben viele Menschen. Von Frank Schwede\nWeiter."))
        .containsExactly("byline:Von Frank Schwede");
  }

  @Test
  void sentencesStartingLikeBylinesStay() {
    assertThat(flagged("Von Kiew aus flog Anthony Blinken nach Berlin.")).isEmpty();
    assertThat(flagged("Das Foto zeigt den Präsidenten. Bilder gehen um die Welt.")).isEmpty();
    assertThat(flagged("Von Berlin nach Paris")).isEmpty();
  }

  @Test
  void sharePromptsAndBoilerplate() {
    assertThat(flagged("Teilen\nLesen Sie auch: Was die Impfung bringt\nText.\nJetzt abonnieren und sparen"))
        .containsExactly(
            "boilerplate:Teilen", "boilerplate:Lesen Sie auch: Was die Impfung bringt",
            "boilerplate:Jetzt abonnieren und sparen");
    assertThat(flagged("Wir verwenden Cookies, um Ihnen das beste Erlebnis zu bieten.\nText."))
        .containsExactly("boilerplate:Wir verwenden Cookies, um Ihnen das beste Erlebnis zu bieten.");
    assertThat(flagged("Die Teilnehmer teilen die Sorge.")).isEmpty();
  }

  @Test
  void urlsAndMailAddressesWithoutSentencePunctuation() {
    assertThat(flagged("Botschaft https://www.reuters.com/world/x-2022-01-27 für Peking, siehe www.zeit.de."))
        .containsExactly("url:https://www.reuters.com/world/x-2022-01-27", "url:www.zeit.de");
    assertThat(flagged("Schreiben Sie an hamburg@zeit.de.")).containsExactly("url:hamburg@zeit.de");
    assertThat(flagged("Correspondent.net nennt Einzelheiten.")).isEmpty();
  }

  @Test
  void crossheadsButNotAcronymsOrShouting() {
    assertThat(flagged("Text.\n\nMEHR NATO-RUSSISCHE GESPRÄCHE\n\nText."))
        .containsExactly("crosshead:MEHR NATO-RUSSISCHE GESPRÄCHE");
    assertThat(flagged("Die NATO und die USA beraten.\nNATO\nUSA EU\nWEIL ES ABSICHT IST!\nZEIT ONLINE:"))
        .isEmpty();
  }

  @Test
  void onlyTheExcessOfWhitespaceRuns() {
    String text = "Ein    Wort\n\n\n\n\nNeu\n\n\nAbsatz";
    List<Noise> noise = NoiseDetector.detect(text);
    assertThat(noise).extracting(Noise::kind).containsOnly("whitespace");
    assertThat(noise.get(0)).isEqualTo(new Noise(4, 7, "whitespace"));
    // five line breaks (four blank lines): two are kept
    assertThat(noise.get(1)).isEqualTo(new Noise(13, 16, "whitespace"));
    assertThat(noise).hasSize(2);
  }

  @Test
  void spansAreSortedAndDisjoint() {
    String text = "Lesen Sie auch: https://example.org/x   &nbsp; <b>FETT</b>\nMEHR TEXT HIER";
    List<Noise> noise = NoiseDetector.detect(text);
    for (int i = 1; i < noise.size(); i++) {
      assertThat(noise.get(i).start()).isGreaterThanOrEqualTo(noise.get(i - 1).end());
    }
    assertThat(noise).isNotEmpty();
  }

  /**
   * The detector's output on real articles, reviewed in the diff. Regenerate with
   * -Dgolden.update=true after an intended change and say why in the commit.
   */
  @Test
  void goldenFileOnRealArticles() throws Exception {
    List<Article> articles = new ArrayList<>(SharedTestData.seeds());
    SharedTestData.fangCovid(200).stream().filter(a -> GOLDEN_FANG_IDS.contains(a.id())).forEach(articles::add);
    assumeTrue(articles.size() == 5 + GOLDEN_FANG_IDS.size(), "shared seeds or fang-covid data absent: skipped");
    StringBuilder sb = new StringBuilder();
    sb.append("# Noise spans found by NoiseDetector: id, start-end, kind, covered text (escaped, cut at 60)\n");
    for (Article a : articles) {
      sb.append("\n## ").append(a.id()).append('\n');
      for (Noise n : NoiseDetector.detect(a.text())) {
        String covered = n.span().of(a.text()).replace("\n", "\\n").replace("\t", "\\t");
        if (covered.length() > 60) {
          covered = covered.substring(0, 57) + "...";
        }
        sb.append(n.start()).append('-').append(n.end()).append('\t').append(n.kind()).append('\t')
            .append('«').append(covered).append("»\n");
      }
    }
    String actual = sb.toString();
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN.getParent());
      Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
  }
}
