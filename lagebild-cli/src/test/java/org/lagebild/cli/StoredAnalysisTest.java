package org.lagebild.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lagebild.model.AnnotatedDocument;
import org.lagebild.model.Article;
import org.lagebild.model.Layer;
import org.lagebild.pipeline.BatchAnalyzer;
import org.lagebild.pipeline.ProgressListener;
import org.lagebild.server.AnalysisCodec;

/**
 * What the server stores per article with the German models comes back equal, layer by layer: a
 * restart that reads analyses back groups and summarises exactly as the run that computed them.
 */
class StoredAnalysisTest {

  @Test
  void everyLayerOfTheGermanPipelineSurvivesStorage() {
    List<Article> articles = List.of(
        new Article("a", "test", "Brückenstreit in Musterstadt", "beispielblatt.de", null, null,
            "2024-03-14", null,
            "Musterstadt, Donnerstag, 14. März 2024. Bürgermeisterin Greta Probe (SPD) hat am Mittwoch "
                + "den Neubau der Rheinbrücke verteidigt. \"Wir halten am Zeitplan fest\", sagte Probe "
                + "im Stadtrat. Der Verkehrsverband ADAC Mittelrhein kritisierte, die Kosten seien seit "
                + "Januar 2023 um 40 Prozent gestiegen. Laut Olaf Brenner, Sprecher der Bürgerinitiative, "
                + "soll die Brücke erst 2027 fertig werden. Die Entscheidung fällt nächste Woche in Mainz."),
        Article.of("b", "Kurz: Der Landtag in Mainz berät am Freitag über die Brücke."));
    List<AnnotatedDocument> docs =
        new BatchAnalyzer(StandardPipeline.create(ProgressListener.NONE), BatchAnalyzer.Options.defaults())
            .analyze(articles, ProgressListener.NONE).documents();
    AnalysisCodec codec = new AnalysisCodec();
    assertThat(docs).hasSize(2);
    for (AnnotatedDocument doc : docs) {
      AnnotatedDocument back = codec.decode(codec.encode(doc).orElseThrow()).orElseThrow();
      assertThat(back.article()).isEqualTo(doc.article());
      assertThat(back.layers()).containsExactlyInAnyOrderElementsOf(doc.layers());
      for (Layer<?> layer : doc.layers()) {
        assertThat((Object) back.get(layer)).as(layer.name()).isEqualTo(doc.get(layer));
      }
    }
  }
}
