package org.lagebild.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.lagebild.dossier.DossierBuilder;
import org.lagebild.dossier.DossierJsonWriter;
import org.lagebild.model.AnnotatedDocument;
import org.lagebild.model.Article;
import org.lagebild.model.dossier.Dossier;
import org.lagebild.model.dossier.DossierArticle;
import org.lagebild.model.dossier.Quote;
import org.lagebild.model.dossier.Story;
import org.lagebild.model.dossier.StoryEntity;
import org.lagebild.pipeline.BatchAnalyzer;
import org.lagebild.pipeline.DossierJob;
import org.lagebild.pipeline.ProgressListener;
import org.lagebild.store.GermanSearchIndex;
import org.lagebild.store.LagebildStore;
import org.lagebild.store.StoredArticle;
import org.lagebild.store.StoredStory;
import org.lagebild.stories.StoryGroup;

/**
 * Keeps stories current as articles arrive, without re-running everything. Per-article analysis
 * runs once per article (results cached in memory by id and content hash). After each batch the most
 * recent {@code window} articles, plus all members of the stories they belong to, are regrouped with
 * the batch clusterer; a new group takes the id of the stored story it overlaps most, and only
 * groups whose membership differs from the stored story get their sections (entities, quotes,
 * timeline, summary...) computed and replace it. Stored stories that lost all members are removed.
 *
 * <p>After a restart the cache is empty: the first refresh re-analyses the window, which also picks
 * up articles stored just before a crash but never grouped.
 */
public final class IncrementalStoryUpdater {

  /** What one refresh did. */
  public record Outcome(int analysed, int regrouped, int replaced, int removed) {}

  private record Cached(String hash, AnnotatedDocument doc) {}

  private final LagebildStore store;
  private final GermanSearchIndex index;
  private final StoryAnalysis analysis;
  private final int window;
  private final Map<String, Cached> cache = new HashMap<>();

  public IncrementalStoryUpdater(
      LagebildStore store, GermanSearchIndex index, StoryAnalysis analysis, int window) {
    this.store = store;
    this.index = index;
    this.analysis = analysis;
    this.window = window;
  }

  /** Regroups the recent window and replaces the stories that changed. One caller at a time. */
  public synchronized Outcome refresh() {
    List<StoredArticle> recent = store.recentArticles(window);
    Set<String> windowIds = new LinkedHashSet<>();
    recent.forEach(a -> windowIds.add(a.article().id()));
    Map<String, Set<String>> existing = store.storiesOf(windowIds);
    Set<String> extra = new LinkedHashSet<>();
    existing.values().forEach(extra::addAll);
    extra.removeAll(windowIds);
    List<StoredArticle> articles = new ArrayList<>(store.articles(extra));
    articles.sort(java.util.Comparator.comparingLong(StoredArticle::sequence));
    articles.addAll(recent);

    List<Article> toAnalyse = new ArrayList<>();
    for (StoredArticle a : articles) {
      Cached c = cache.get(a.article().id());
      if (c == null || !c.hash().equals(a.contentHash())) {
        toAnalyse.add(a.article());
      }
    }
    if (!toAnalyse.isEmpty()) {
      BatchAnalyzer.Result result =
          new BatchAnalyzer(analysis.pipeline(), BatchAnalyzer.Options.defaults())
              .analyze(toAnalyse, ProgressListener.NONE);
      Map<String, String> hashes = new HashMap<>();
      articles.forEach(a -> hashes.put(a.article().id(), a.contentHash()));
      for (AnnotatedDocument d : result.documents()) {
        cache.put(d.id(), new Cached(hashes.get(d.id()), d));
      }
    }
    Set<String> live = new HashSet<>();
    List<AnnotatedDocument> docs = new ArrayList<>();
    for (StoredArticle a : articles) {
      Cached c = cache.get(a.article().id());
      if (c != null && live.add(a.article().id())) {
        docs.add(c.doc());
      }
    }
    cache.keySet().retainAll(live);

    List<StoryGroup> groups = DossierJob.groupStories(docs);
    docs = DossierJob.inferStoryDates(docs, groups);

    Set<String> taken = new HashSet<>();
    List<StoryGroup> changed = new ArrayList<>();
    for (StoryGroup g : groups) {
      Set<String> members = new TreeSet<>(g.articleIds());
      String best = null;
      int bestOverlap = 0;
      for (Map.Entry<String, Set<String>> e : existing.entrySet()) {
        if (taken.contains(e.getKey())) {
          continue;
        }
        int overlap = 0;
        for (String id : e.getValue()) {
          if (members.contains(id)) {
            overlap++;
          }
        }
        if (overlap > bestOverlap) {
          best = e.getKey();
          bestOverlap = overlap;
        }
      }
      if (best != null) {
        taken.add(best);
        if (new TreeSet<>(existing.get(best)).equals(members)) {
          continue;
        }
      }
      String id = best != null ? best : newStoryId(members);
      changed.add(new StoryGroup(id, g.articleIds()));
    }
    List<String> removed = new ArrayList<>();
    for (String id : existing.keySet()) {
      if (!taken.contains(id)) {
        removed.add(id);
      }
    }
    List<StoredStory> stored = build(docs, changed);
    if (!stored.isEmpty() || !removed.isEmpty()) {
      store.replaceStories(removed, stored);
      index.putStories(removed, stored);
      index.commit();
    }
    return new Outcome(toAnalyse.size(), groups.size(), stored.size(), removed.size());
  }

  private List<StoredStory> build(List<AnnotatedDocument> docs, List<StoryGroup> changed) {
    if (changed.isEmpty()) {
      return List.of();
    }
    Set<String> needed = new HashSet<>();
    changed.forEach(g -> needed.addAll(g.articleIds()));
    List<AnnotatedDocument> members = docs.stream().filter(d -> needed.contains(d.id())).toList();
    Dossier.Generated generated = new Dossier.Generated("Lagebild 0.1.0", Instant.now().toString());
    Dossier dossier =
        new DossierBuilder(analysis.sections()).build(members, changed, List.of(), generated);
    Map<String, DossierArticle> byId = new LinkedHashMap<>();
    dossier.articles().forEach(a -> byId.put(a.id(), a));
    List<StoredStory> out = new ArrayList<>();
    for (Story story : dossier.stories()) {
      List<DossierArticle> articles = story.articleIds().stream().map(byId::get).toList();
      out.add(toStored(new Dossier(generated, articles, List.of(), List.of(story)), generated));
    }
    return out;
  }

  /** The stored form of a one-story dossier: listing fields, entities and the dossier JSON. */
  static StoredStory toStored(Dossier mini, Dossier.Generated generated) {
    Story story = mini.stories().get(0);
    String first = null;
    String last = null;
    Set<String> outlets = new TreeSet<>();
    for (DossierArticle a : mini.articles()) {
      if (a.published() != null) {
        first = first == null || a.published().compareTo(first) < 0 ? a.published() : first;
        last = last == null || a.published().compareTo(last) > 0 ? a.published() : last;
      }
      if (a.outlet() != null && !a.outlet().isBlank()) {
        outlets.add(a.outlet());
      }
    }
    Set<String> speakers = new HashSet<>();
    for (Quote q : story.quotes()) {
      if (q.speaker() != null && q.speaker().entityId() != null) {
        speakers.add(q.speaker().entityId());
      }
    }
    Map<String, StoredStory.EntityRef> entities = new LinkedHashMap<>();
    for (StoryEntity e : story.entities()) {
      String id = entityId(e.type(), e.name());
      StoredStory.EntityRef ref =
          new StoredStory.EntityRef(id, e.id(), e.name(), e.type(), e.variants(),
              e.mentions().size(), speakers.contains(e.id()));
      entities.merge(id, ref, (a, b) -> {
        Set<String> variants = new LinkedHashSet<>(a.variants());
        variants.addAll(b.variants());
        return new StoredStory.EntityRef(a.id(), a.storyEntityId(), a.name(), a.type(),
            List.copyOf(variants), a.mentions() + b.mentions(), a.speaker() || b.speaker());
      });
    }
    return new StoredStory(story.id(), story.title(), story.articleIds(), first, last,
        List.copyOf(outlets), List.copyOf(entities.values()), json(mini), generated.createdAt());
  }

  static String json(Dossier mini) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new DossierJsonWriter().write(mini, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Store-wide entity id from type and name: {@code per-anna-beispiel}. */
  public static String entityId(String type, String name) {
    String folded =
        Normalizer.normalize(name.toLowerCase(Locale.ROOT).replace("ß", "ss"), Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .replaceAll("[^\\p{Alnum}]+", "-")
            .replaceAll("^-+|-+$", "");
    if (folded.length() > 80) {
      folded = folded.substring(0, 80);
    }
    return type.toLowerCase(Locale.ROOT) + "-" + (folded.isEmpty() ? "x" : folded);
  }

  private static String newStoryId(Collection<String> members) {
    return "st-" + org.lagebild.store.SqliteStore.contentHash(String.join("\n", members))
        .substring(0, 12);
  }
}
