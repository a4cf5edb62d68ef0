package org.lagebild.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.lagebild.dossier.DossierBuilder;
import org.lagebild.dossier.DossierJsonWriter;
import org.lagebild.model.AnnotatedDocument;
import org.lagebild.model.dossier.Dossier;
import org.lagebild.model.dossier.DossierArticle;
import org.lagebild.model.dossier.Quote;
import org.lagebild.model.dossier.Story;
import org.lagebild.model.dossier.StoryEntity;
import org.lagebild.pipeline.BatchAnalyzer;
import org.lagebild.pipeline.DossierJob;
import org.lagebild.pipeline.ProgressListener;
import org.lagebild.store.ArticleAnalysis;
import org.lagebild.store.GermanSearchIndex;
import org.lagebild.store.GroupingState;
import org.lagebild.store.LagebildStore;
import org.lagebild.store.StoredArticle;
import org.lagebild.store.StoredStory;
import org.lagebild.stories.StoryGroup;

/**
 * Keeps stories current as articles arrive, without re-running everything, and so that the stories
 * depend only on the stored articles in ingest order: not on how they were split into requests, when
 * analysis ran, or whether the process was killed and restarted on the way.
 *
 * <p>The grouping is a fold over the article sequence in fixed steps of {@code step} articles. Step
 * k regroups the {@code window} most recent articles up to its last article, plus every member of
 * the groups they belong to after step k-1, with the batch clusterer; groups entirely older than the
 * window stay as they are. Each completed step is stored (group of every article and the sequence it
 * reached) in one transaction, so after a crash the fold resumes from the last stored step and
 * arrives at the same state as a run that was never interrupted. What readers see is that checkpoint
 * plus the articles after it, regrouped the same way; a group's story id comes from its first
 * article, and only stories whose membership differs from the stored ones get their sections
 * (entities, quotes, timeline, summary...) computed and replaced.
 *
 * <p>Per-article analysis runs once per article text: results are stored (see {@link
 * AnalysisCodec}) and kept in memory for the recent window, so a restart reads them back instead of
 * analysing again.
 */
public final class IncrementalStoryUpdater {

  /** What one refresh did. */
  public record Outcome(int analysed, int steps, int replaced, int removed) {}

  private record Cached(String hash, AnnotatedDocument doc) {}

  /** The articles of one regrouping and the groups they now form. */
  private record Regrouping(Map<String, String> assigned, Set<String> dropped) {}

  private final LagebildStore store;
  private final GermanSearchIndex index;
  private final StoryAnalysis analysis;
  private final int window;
  private final int step;
  private final AnalysisCodec codec = new AnalysisCodec();
  private final Map<String, Cached> cache = new HashMap<>();
  private Set<String> used = new HashSet<>();
  private int analysed;
  private long analysisNanos;
  private long clusterNanos;
  private static final int ANALYSIS_CHUNK = 200;
  private static final int BUILD_CHUNK = 2000;
  private final boolean log = Boolean.getBoolean("lagebild.serve.log-updates");

  // The checkpoint: grouped through sequence `through`; article -> group key and key -> members.
  private boolean loaded;
  private long through;
  private Map<String, String> groupOf = new HashMap<>();
  private Map<String, Set<String>> membersOf = new HashMap<>();

  public IncrementalStoryUpdater(
      LagebildStore store, GermanSearchIndex index, StoryAnalysis analysis, int window) {
    this(store, index, analysis, window, Math.max(1, window / 4));
  }

  /**
   * @param step articles per stored grouping step; smaller steps regroup more often during a large
   *     catch-up, larger ones leave more articles to regroup at each refresh
   */
  public IncrementalStoryUpdater(
      LagebildStore store, GermanSearchIndex index, StoryAnalysis analysis, int window, int step) {
    if (window < 1 || step < 1) {
      throw new IllegalArgumentException("window and step must be >= 1");
    }
    this.store = store;
    this.index = index;
    this.analysis = analysis;
    this.window = window;
    this.step = step;
  }

  /** Brings the fold up to the last stored article and replaces the stories that changed. */
  public synchronized Outcome refresh() {
    long t0 = System.nanoTime();
    analysisNanos = 0;
    clusterNanos = 0;
    analysed = 0;
    used = new HashSet<>();
    if (!loaded) {
      GroupingState state = store.grouping();
      through = state.throughSequence();
      groupOf = new HashMap<>(state.groupOf());
      membersOf = new HashMap<>();
      groupOf.forEach((id, key) -> membersOf.computeIfAbsent(key, k -> new HashSet<>()).add(id));
      loaded = true;
    }
    int steps = 0;
    for (OptionalLong next = store.sequenceAfter(through, step); next.isPresent();
        next = store.sequenceAfter(through, step)) {
      long boundary = next.getAsLong();
      used = new HashSet<>();
      Regrouping r = regroup(store.articlesThrough(boundary, window), groupOf, membersOf);
      store.saveGrouping(boundary, r.assigned(), r.dropped());
      Map<String, String> nextGroupOf = new HashMap<>(groupOf);
      Map<String, Set<String>> nextMembers = new HashMap<>(membersOf);
      apply(r, nextGroupOf, nextMembers);
      groupOf = nextGroupOf;
      membersOf = nextMembers;
      through = boundary;
      steps++;
      trimCache();
    }

    Map<String, Set<String>> shown = membersOf;
    if (store.lastSequence() > through) {
      used = new HashSet<>();
      Regrouping r = regroup(store.recentArticles(window), groupOf, membersOf);
      shown = new HashMap<>(membersOf);
      apply(r, new HashMap<>(groupOf), shown);
    }

    Map<String, Set<String>> stored = store.storyMembers();
    Map<String, Set<String>> changed = new LinkedHashMap<>();
    Set<String> kept = new HashSet<>();
    for (Map.Entry<String, Set<String>> g : new TreeMap<>(shown).entrySet()) {
      String id = storyId(g.getKey());
      kept.add(id);
      Set<String> before = stored.get(id);
      if (before == null || !new HashSet<>(before).equals(g.getValue())) {
        changed.put(id, g.getValue());
      }
    }
    List<String> removed = stored.keySet().stream().filter(id -> !kept.contains(id)).sorted().toList();
    // Sections are built and written in chunks of about BUILD_CHUNK articles, so a large catch-up
    // (thousands of new stories) never holds every document in memory at once.
    long buildNanos = 0;
    int replaced = 0;
    Set<String> regroupedIds = used;
    List<Map.Entry<String, Set<String>>> todo = new ArrayList<>(changed.entrySet());
    int from = 0;
    boolean first = true;
    while (first || from < todo.size()) {
      Map<String, Set<String>> chunk = new LinkedHashMap<>();
      int size = 0;
      while (from < todo.size()
          && (chunk.isEmpty() || size + todo.get(from).getValue().size() <= BUILD_CHUNK)) {
        Map.Entry<String, Set<String>> e = todo.get(from++);
        chunk.put(e.getKey(), e.getValue());
        size += e.getValue().size();
      }
      used = new HashSet<>(regroupedIds);
      long tBuild = System.nanoTime();
      long analysisBefore = analysisNanos;
      List<StoredStory> built = build(chunk);
      buildNanos += System.nanoTime() - tBuild - (analysisNanos - analysisBefore);
      List<String> removedNow = first ? removed : List.of();
      if (!built.isEmpty() || !removedNow.isEmpty()) {
        // One lock for store write and index commit, so the commit records a change count it covers.
        synchronized (index) {
          store.replaceStories(removedNow, built);
          index.putStories(removedNow, built);
          index.commit(store.changeCount());
        }
      }
      replaced += built.size();
      first = false;
      used = regroupedIds;
      trimCache();
    }
    trimCache();
    if (log) {
      System.err.printf(Locale.ROOT,
          "lagebild: stories updated in %.2f s (analysis %.2f s, %d articles; grouping %.2f s, %d steps;"
              + " sections %.2f s, %d stories replaced, %d removed)%n",
          (System.nanoTime() - t0) / 1e9, analysisNanos / 1e9, analysed, clusterNanos / 1e9, steps,
          buildNanos / 1e9, replaced, removed.size());
    }
    return new Outcome(analysed, steps, replaced, removed.size());
  }

  /**
   * Clusters {@code recent} plus every member of the groups they belong to, in ingest order. Each
   * resulting group's key is its first article; articles that could not be analysed leave.
   */
  private Regrouping regroup(
      List<StoredArticle> recent, Map<String, String> groupOf, Map<String, Set<String>> membersOf) {
    Set<String> ids = new HashSet<>();
    recent.forEach(a -> ids.add(a.article().id()));
    Set<String> extra = new HashSet<>();
    for (StoredArticle a : recent) {
      String key = groupOf.get(a.article().id());
      if (key != null) {
        extra.addAll(membersOf.getOrDefault(key, Set.of()));
      }
    }
    extra.removeAll(ids);
    List<StoredArticle> articles = new ArrayList<>(store.articles(extra));
    articles.addAll(recent);
    articles.sort(Comparator.comparingLong(StoredArticle::sequence));
    Map<String, AnnotatedDocument> docs = documents(articles);
    List<AnnotatedDocument> ordered = new ArrayList<>();
    Map<String, Long> sequence = new HashMap<>();
    Set<String> dropped = new HashSet<>();
    for (StoredArticle a : articles) {
      AnnotatedDocument d = docs.get(a.article().id());
      if (d == null) {
        dropped.add(a.article().id());
      } else {
        ordered.add(d);
        sequence.put(d.id(), a.sequence());
      }
    }
    Map<String, String> assigned = new HashMap<>();
    long t0 = System.nanoTime();
    List<StoryGroup> groups = DossierJob.groupStories(ordered);
    clusterNanos += System.nanoTime() - t0;
    for (StoryGroup g : groups) {
      String key = g.articleIds().stream()
          .min(Comparator.comparingLong(sequence::get)).orElseThrow();
      g.articleIds().forEach(id -> assigned.put(id, key));
    }
    return new Regrouping(assigned, dropped);
  }

  /** Moves the regrouped articles to their new groups; sets are replaced, never changed in place. */
  private static void apply(
      Regrouping r, Map<String, String> groupOf, Map<String, Set<String>> membersOf) {
    Set<String> moved = new HashSet<>(r.assigned().keySet());
    moved.addAll(r.dropped());
    for (String id : moved) {
      String old = groupOf.remove(id);
      if (old != null && membersOf.containsKey(old)) {
        Set<String> rest = new HashSet<>(membersOf.get(old));
        rest.remove(id);
        if (rest.isEmpty()) {
          membersOf.remove(old);
        } else {
          membersOf.put(old, rest);
        }
      }
    }
    Map<String, Set<String>> fresh = new HashMap<>();
    r.assigned().forEach((id, key) -> {
      groupOf.put(id, key);
      fresh.computeIfAbsent(key, k -> new HashSet<>()).add(id);
    });
    fresh.forEach((key, members) -> {
      Set<String> all = new HashSet<>(membersOf.getOrDefault(key, Set.of()));
      all.addAll(members);
      membersOf.put(key, all);
    });
  }

  /**
   * The analysed documents of these articles: from memory, else from the store, else analysed now
   * (and stored). Articles whose analysis failed are missing from the answer.
   */
  private Map<String, AnnotatedDocument> documents(List<StoredArticle> articles) {
    Map<String, AnnotatedDocument> out = new HashMap<>();
    List<StoredArticle> missing = new ArrayList<>();
    for (StoredArticle a : articles) {
      used.add(a.article().id());
      Cached c = cache.get(a.article().id());
      if (c != null && c.hash().equals(a.contentHash())) {
        out.put(a.article().id(), c.doc());
      } else {
        missing.add(a);
      }
    }
    if (missing.isEmpty()) {
      return out;
    }
    Map<String, ArticleAnalysis> saved =
        store.analyses(missing.stream().map(a -> a.article().id()).toList());
    List<StoredArticle> toAnalyse = new ArrayList<>();
    for (StoredArticle a : missing) {
      ArticleAnalysis s = saved.get(a.article().id());
      Optional<AnnotatedDocument> doc =
          s != null && s.format() == AnalysisCodec.FORMAT && s.contentHash().equals(a.contentHash())
              ? codec.decode(s.data()) : Optional.empty();
      if (doc.isPresent()) {
        cache.put(a.article().id(), new Cached(a.contentHash(), doc.get()));
        out.put(a.article().id(), doc.get());
      } else {
        toAnalyse.add(a);
      }
    }
    if (toAnalyse.isEmpty()) {
      return out;
    }
    // In chunks, each stored when done: a crash during a long catch-up loses one chunk at most.
    for (int from = 0; from < toAnalyse.size(); from += ANALYSIS_CHUNK) {
      List<StoredArticle> chunk =
          toAnalyse.subList(from, Math.min(toAnalyse.size(), from + ANALYSIS_CHUNK));
      long t0 = System.nanoTime();
      BatchAnalyzer.Result result =
          new BatchAnalyzer(analysis.pipeline(), BatchAnalyzer.Options.defaults())
              .analyze(chunk.stream().map(StoredArticle::article).toList(), ProgressListener.NONE);
      analysisNanos += System.nanoTime() - t0;
      analysed += chunk.size();
      Map<String, String> hashes = new HashMap<>();
      chunk.forEach(a -> hashes.put(a.article().id(), a.contentHash()));
      List<ArticleAnalysis> rows = new ArrayList<>();
      for (AnnotatedDocument d : result.documents()) {
        String hash = hashes.get(d.id());
        cache.put(d.id(), new Cached(hash, d));
        out.put(d.id(), d);
        codec.encode(d).ifPresent(bytes ->
            rows.add(new ArticleAnalysis(d.id(), hash, AnalysisCodec.FORMAT, bytes)));
      }
      store.putAnalyses(rows);
    }
    return out;
  }

  /** Memory holds the documents of the last regrouping only; the store has the rest. */
  private void trimCache() {
    cache.keySet().retainAll(used);
  }

  /** Stories for the changed groups, members in ingest order, with every section computed. */
  private List<StoredStory> build(Map<String, Set<String>> changed) {
    if (changed.isEmpty()) {
      return List.of();
    }
    Set<String> needed = new HashSet<>();
    changed.values().forEach(needed::addAll);
    List<StoredArticle> articles = new ArrayList<>(store.articles(needed));
    articles.sort(Comparator.comparingLong(StoredArticle::sequence));
    Map<String, AnnotatedDocument> byId = documents(articles);
    List<AnnotatedDocument> docs = new ArrayList<>();
    Map<String, Long> sequence = new HashMap<>();
    for (StoredArticle a : articles) {
      AnnotatedDocument d = byId.get(a.article().id());
      if (d != null) {
        docs.add(d);
        sequence.put(d.id(), a.sequence());
      }
    }
    List<StoryGroup> groups = new ArrayList<>();
    changed.forEach((id, members) -> {
      List<String> ordered = members.stream().filter(sequence::containsKey)
          .sorted(Comparator.comparingLong(sequence::get)).toList();
      if (!ordered.isEmpty()) {
        groups.add(new StoryGroup(id, ordered));
      }
    });
    docs = DossierJob.inferStoryDates(docs, groups);
    return build(docs, groups);
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

  /** A story's id follows from its group key (its first article), so it is the same in every run. */
  static String storyId(String groupKey) {
    return "st-" + org.lagebild.store.SqliteStore.contentHash(groupKey).substring(0, 12);
  }
}
