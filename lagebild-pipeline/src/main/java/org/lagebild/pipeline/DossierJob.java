package org.lagebild.pipeline;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lagebild.dossier.DossierBuilder;
import org.lagebild.dossier.StorySection;
import org.lagebild.ingest.ArticleReader;
import org.lagebild.ingest.IngestOptions;
import org.lagebild.ingest.IngestResult;
import org.lagebild.model.AnnotatedDocument;
import org.lagebild.model.Article;
import org.lagebild.model.Pipeline;
import org.lagebild.model.Rejection;
import org.lagebild.model.dossier.Dossier;
import org.lagebild.stories.ArticleFeatures;
import org.lagebild.stories.StoryClusterer;
import org.lagebild.stories.StoryGroup;
import org.lagebild.stories.TermVectorStage;
import org.lagebild.time.StoryDateInferrer;

/**
 * From input paths to a dossier: read, analyse every article on all cores, group stories, infer the
 * publication dates that only the story as a whole reveals, and assemble the dossier.
 */
public final class DossierJob {

  /**
   * @param limit analyse at most this many articles (in reading order)
   */
  public record Options(IngestOptions ingest, BatchAnalyzer.Options batch, int limit) {
    public Options {
      if (limit < 0) {
        throw new IllegalArgumentException("limit must be >= 0, was " + limit);
      }
    }
  }

  private final List<StorySection> sections;

  private final Pipeline pipeline;
  private final Options options;

  /**
   * @param pipeline the per-article stages
   * @param sections story sections filled after grouping, in order (entities, quotes, timeline...)
   */
  public DossierJob(Pipeline pipeline, List<StorySection> sections, Options options) {
    this.pipeline = pipeline;
    this.sections = List.copyOf(sections);
    this.options = options;
  }

  public Dossier run(List<Path> inputs, ProgressListener progress) {
    progress.phase("reading inputs", -1);
    IngestResult input = new ArticleReader(options.ingest()).readAll(inputs);
    List<Article> articles = input.articles();
    if (articles.size() > options.limit()) {
      progress.note("analysing the first " + options.limit() + " of " + articles.size() + " articles");
      articles = articles.subList(0, options.limit());
    }
    return analyse(articles, input.rejected(), progress);
  }

  /** The job for articles already in memory (the server and tests use it). */
  public Dossier analyse(List<Article> articles, List<Rejection> rejectedBefore, ProgressListener progress) {
    BatchAnalyzer.Result analysed = new BatchAnalyzer(pipeline, options.batch()).analyze(articles, progress);
    List<Rejection> rejected = new ArrayList<>(rejectedBefore);
    rejected.addAll(analysed.failed());

    progress.phase("grouping stories", analysed.documents().size());
    List<AnnotatedDocument> documents = analysed.documents();
    List<StoryGroup> stories = groupStories(documents);
    documents = inferStoryDates(documents, stories);

    progress.phase("assembling dossier", stories.size());
    return new DossierBuilder(sections)
        .build(documents, stories, rejected, new Dossier.Generated("Lagebild 0.1.0", Instant.now().toString()));
  }

  /** Online story clustering over the batch, streamed in publication order. */
  public static List<StoryGroup> groupStories(List<AnnotatedDocument> documents) {
    java.util.Set<String> stopWords = TermVectorStage.loadStopWords();
    List<ArticleFeatures> features = new ArrayList<>(documents.size());
    for (AnnotatedDocument d : documents) {
      features.add(ArticleFeatures.of(d, stopWords));
    }
    return new StoryClusterer().cluster(features);
  }

  /** The documents with the publication dates only their story reveals (see StoryDateInferrer). */
  public static List<AnnotatedDocument> inferStoryDates(
      List<AnnotatedDocument> documents, List<StoryGroup> stories) {
    Map<String, AnnotatedDocument> byId = new HashMap<>();
    documents.forEach(d -> byId.put(d.id(), d));
    StoryDateInferrer inferrer = new StoryDateInferrer();
    for (StoryGroup story : stories) {
      if (story.articleIds().size() < 2) {
        continue;
      }
      List<AnnotatedDocument> members = story.articleIds().stream().map(byId::get).toList();
      inferrer.infer(members).forEach(d -> byId.put(d.id(), d));
    }
    return documents.stream().map(d -> byId.get(d.id())).toList();
  }
}
