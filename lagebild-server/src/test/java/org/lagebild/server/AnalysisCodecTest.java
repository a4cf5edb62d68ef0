package org.lagebild.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lagebild.model.AnnotatedDocument;
import org.lagebild.model.Article;
import org.lagebild.model.Layer;
import org.lagebild.pipeline.BatchAnalyzer;
import org.lagebild.pipeline.ProgressListener;

class AnalysisCodecTest {

  @Test
  void everyLayerComesBackEqual() {
    List<Article> articles = new java.util.ArrayList<>(Fixtures.twoStories().stream()
        .map(n -> new Article(n.get("id").asText(), "test", n.get("title").asText(), n.get("outlet").asText(),
            null, null, n.get("published").asText(), null, n.get("text").asText()))
        .toList());
    articles.add(Article.of("dated", "Musterstadt, Donnerstag, 14. März 2024, 14:30 Uhr. Der Rat tagte "
        + "am Mittwoch. Im Januar 2023 hatte Olaf Brenner gesagt: \"Wir bauen die Brücke.\" "
        + "Die Brücke soll 2026 fertig sein."));
    List<AnnotatedDocument> docs = new BatchAnalyzer(FastAnalysis.create().pipeline(),
        BatchAnalyzer.Options.defaults()).analyze(articles, ProgressListener.NONE).documents();
    AnalysisCodec codec = new AnalysisCodec();
    for (AnnotatedDocument doc : docs) {
      AnnotatedDocument back = codec.decode(codec.encode(doc).orElseThrow()).orElseThrow();
      assertThat(back.article()).isEqualTo(doc.article());
      assertThat(back.layers()).containsExactlyInAnyOrderElementsOf(doc.layers());
      assertThat(doc.layers()).hasSizeGreaterThan(5);
      if (doc.id().equals("dated")) {
        assertThat(doc.get(org.lagebild.time.PublicationDateInferrer.DATE_EVIDENCE).fullDates())
            .as("dates and times are part of what must survive").isNotEmpty();
      }
      for (Layer<?> layer : doc.layers()) {
        assertThat((Object) back.get(layer)).as(layer.name()).isEqualTo(doc.get(layer));
      }
    }
  }

  @Test
  void unknownLayersAndDamagedBytesAreRefusedNotGuessed() {
    AnnotatedDocument doc = AnnotatedDocument.of(Article.of("x", "Text."))
        .with(Layer.of("someone-elses-layer"), "value");
    AnalysisCodec codec = new AnalysisCodec();
    assertThat(codec.encode(doc)).isEmpty();
    assertThat(codec.decode(new byte[] {1, 2, 3})).isEmpty();
  }
}
