package org.lagebild.cli;

import java.util.List;
import org.lagebild.clean.NoiseDetector;
import org.lagebild.discrepancies.DiscrepancyFinder;
import org.lagebild.dossier.StorySection;
import org.lagebild.language.LanguageIdentifier;
import org.lagebild.linguistics.LinguisticStage;
import org.lagebild.model.Pipeline;
import org.lagebild.nlp.CoreNlpGermanAnalyzer;
import org.lagebild.nlp.OpenNlpLanguageDetector;
import org.lagebild.pipeline.ProgressListener;
import org.lagebild.stories.TermVectorStage;
import org.lagebild.summary.ExtractiveSummarizer;
import org.lagebild.time.PublicationDateInferrer;

/** The per-article stages every command uses, in order, with their models loaded once. */
final class StandardPipeline {

  private StandardPipeline() {}

  private static Pipeline shared;

  /** The pipeline, built on first use; one process shares one set of loaded models. */
  static synchronized Pipeline create(ProgressListener progress) {
    if (shared == null) {
      shared = load(progress);
    }
    return shared;
  }

  /** The story sections filled after grouping, in order: later ones may use earlier ones. */
  static List<StorySection> storySections() {
    return List.of(new DiscrepancyFinder(), new ExtractiveSummarizer());
  }

  private static Pipeline load(ProgressListener progress) {
    long start = System.nanoTime();
    progress.note("loading language and German models...");
    Pipeline pipeline =
        Pipeline.of(
            new NoiseDetector(),
            new LanguageIdentifier(new OpenNlpLanguageDetector()),
            new PublicationDateInferrer(),
            new LinguisticStage(List.of(new CoreNlpGermanAnalyzer())),
            new TermVectorStage());
    progress.note(
        String.format(
            java.util.Locale.ROOT, "models loaded in %.1f s", (System.nanoTime() - start) / 1e9));
    return pipeline;
  }
}
