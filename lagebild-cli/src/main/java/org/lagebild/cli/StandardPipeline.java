package org.lagebild.cli;

import java.util.List;
import org.lagebild.clean.NoiseDetector;
import org.lagebild.discrepancies.DiscrepancyFinder;
import org.lagebild.dossier.StorySection;
import org.lagebild.entities.EntityCanonicalizer;
import org.lagebild.entities.GermanEntityRefiner;
import org.lagebild.geo.PlaceSection;
import org.lagebild.language.LanguageIdentifier;
import org.lagebild.linguistics.LinguisticStage;
import org.lagebild.model.Pipeline;
import org.lagebild.nlp.CoreNlpGermanAnalyzer;
import org.lagebild.nlp.OpenNlpLanguageDetector;
import org.lagebild.pipeline.ProgressListener;
import org.lagebild.passages.SharedPassageSection;
import org.lagebild.quotes.QuoteExtractor;
import org.lagebild.quotes.QuoteSection;
import org.lagebild.stories.TermVectorStage;
import org.lagebild.summary.ExtractiveSummarizer;
import org.lagebild.time.PublicationDateInferrer;
import org.lagebild.time.TimelineSection;
import org.lagebild.time.TimexStage;

/** The per-article stages every command uses, in order, with their models loaded once. */
public final class StandardPipeline {

  private StandardPipeline() {}

  private static Pipeline shared;

  /** The pipeline, built on first use; one process shares one set of loaded models. */
  public static synchronized Pipeline create(ProgressListener progress) {
    if (shared == null) {
      shared = load(progress);
    }
    return shared;
  }

  /** The story sections filled after grouping, in order: later ones may use earlier ones. */
  public static List<StorySection> storySections() {
    return List.of(
        new EntityCanonicalizer(),
        new PlaceSection(),
        new SharedPassageSection(),
        new QuoteSection(),
        new TimelineSection(),
        new DiscrepancyFinder(),
        new ExtractiveSummarizer());
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
            new GermanEntityRefiner(),
            new TimexStage(),
            new TermVectorStage(),
            new QuoteExtractor());
    progress.note(
        String.format(
            java.util.Locale.ROOT, "models loaded in %.1f s", (System.nanoTime() - start) / 1e9));
    return pipeline;
  }
}
