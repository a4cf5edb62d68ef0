package org.lagebild.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.List;

/**
 * Stanford CoreNLP's own German pipeline ({@code tokenize, ssplit, pos, ner} with the settings of
 * {@link CoreNlpGermanAnalyzer}, nothing of ours) as the reference in benchmarks. Several threads use
 * CoreNLP's own facility, {@code AnnotationPipeline.annotate(Iterable, int)}, which runs whole
 * documents through one shared pipeline on a thread pool (the {@code -threads} option of CoreNLP's
 * command line). One thread is a plain loop over {@code annotate(Annotation)}.
 */
public final class CoreNlpReferencePipeline implements AutoCloseable {

  /** Documents annotated together; finished batches are dropped so a large corpus fits the heap. */
  private static final int BATCH = 128;

  private final StanfordCoreNLP pipeline;
  private final int threads;

  public CoreNlpReferencePipeline(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    this.threads = threads;
    this.pipeline =
        new StanfordCoreNLP(CoreNlpGermanAnalyzer.germanProperties("tokenize,ssplit,pos,ner"));
  }

  /** Annotates every text and returns the number of tokens CoreNLP produced. */
  public long annotate(List<String> texts) {
    long tokens = 0;
    for (int from = 0; from < texts.size(); from += BATCH) {
      List<Annotation> annotations = new ArrayList<>(BATCH);
      for (String text : texts.subList(from, Math.min(texts.size(), from + BATCH))) {
        annotations.add(new Annotation(text));
      }
      if (threads == 1) {
        // A plain loop: annotate(Iterable, 1) measured about twice as slow here for the same work.
        annotations.forEach(pipeline::annotate);
      } else {
        pipeline.annotate(annotations, threads);
      }
      for (Annotation annotation : annotations) {
        var list = annotation.get(CoreAnnotations.TokensAnnotation.class);
        tokens += list == null ? 0 : list.size();
      }
    }
    return tokens;
  }

  /** Releases the models: CoreNLP keeps loaded annotators in a static pool otherwise. */
  @Override
  public void close() {
    StanfordCoreNLP.clearAnnotatorPool();
  }
}
