package org.lagebild.passages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lagebild.model.AnnotatedDocument;
import org.lagebild.model.Article;

class WireCopyDetectorTest {

  private static final String WIRE =
      "Der Außenminister reist am Mittwoch nach Kiew und trifft dort den Präsidenten. "
          + "Anschließend fliegt er nach Berlin, um mit den Verbündeten zu beraten. "
          + "Am Freitag ist ein Treffen mit seinem russischen Amtskollegen in Genf geplant.";

  private static AnnotatedDocument doc(String id, String text) {
    return AnnotatedDocument.of(Article.of(id, text));
  }

  @Test
  void findsSharedPassageWithSpansAndEdits() {
    String a = "Intro eines Blattes mit eigenem Text hier. " + WIRE + " Ende mit eigener Einordnung der Lage.";
    String b = "Ganz anderer Anfang mit vielen eigenen Worten. "
        + WIRE.replace("am Mittwoch", "am heutigen Mittwoch") + " Schluss.";
    WireCopyDetector.Report report = new WireCopyDetector().detect(List.of(doc("a", a), doc("b", b)));
    assertThat(report.passages()).hasSize(1);
    AlignedPassage p = report.passages().get(0);
    assertThat(a.substring(p.a().start(), p.a().end())).startsWith("Der Außenminister").endsWith("geplant.");
    assertThat(b.substring(p.b().start(), p.b().end())).startsWith("Der Außenminister").endsWith("geplant.");
    assertThat(p.similarity()).isBetween(0.9, 0.999);
    assertThat(p.edits()).singleElement().satisfies(e -> {
      assertThat(e.kind()).isEqualTo("insert");
      assertThat(e.bText()).isEqualTo("heutigen");
    });
    assertThat(p.longer()).isEqualTo("b");
    assertThat(report.overlaps()).singleElement()
        .satisfies(o -> assertThat(o.kind()).isEqualTo(ArticleOverlap.Kind.SHARED_PASSAGES));
  }

  @Test
  void flagsExactAndNearDuplicates() {
    String near = WIRE.replace("geplant", "vorgesehen");
    WireCopyDetector.Report report = new WireCopyDetector().detect(
        List.of(doc("a", WIRE), doc("b", "  " + WIRE.replace(".", " ."))));
    assertThat(report.overlaps()).singleElement()
        .satisfies(o -> assertThat(o.kind()).isEqualTo(ArticleOverlap.Kind.EXACT_DUPLICATE));
    WireCopyDetector.Report nearReport = new WireCopyDetector().detect(List.of(doc("a", WIRE), doc("c", near)));
    assertThat(nearReport.overlaps()).singleElement()
        .satisfies(o -> assertThat(o.kind()).isEqualTo(ArticleOverlap.Kind.NEAR_DUPLICATE));
  }

  @Test
  void unrelatedTextsShareNothingAndOddInputIsData() {
    WireCopyDetector.Report report = new WireCopyDetector().detect(List.of(doc("a", WIRE),
        doc("b", "Das Wetter bleibt morgen in ganz Norddeutschland trüb und regnerisch mit Wind."),
        doc("c", ""), doc("d", "\u0000\uD800 ... !!! ?")));
    assertThat(report.passages()).isEmpty();
  }

  @Test
  void nearDuplicateIndexFindsCopiesAcrossTheStream() {
    NearDuplicateIndex index = new NearDuplicateIndex(new WireCopyDetector(), 10, 5);
    WireCopyDetector detector = new WireCopyDetector();
    assertThat(index.add(detector.fingerprint(doc("a", WIRE)))).isEmpty();
    assertThat(index.add(detector.fingerprint(doc("x", "Völlig anderer Text über das Wetter im Norden heute.")))).isEmpty();
    assertThat(index.add(detector.fingerprint(doc("b", WIRE + " Und noch ein Satz mit sechs Worten dazu."))))
        .singleElement().satisfies(p -> assertThat(p.overlap().a()).isEqualTo("a"));
  }
}
