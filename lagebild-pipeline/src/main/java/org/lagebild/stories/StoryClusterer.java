package org.lagebild.stories;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Online story clustering in the manner of Miranda et al. (EMNLP 2018): each incoming article is
 * compared with the centroids of the stories still open, found through an inverted index over the
 * stories' heaviest terms (never all pairs), and joins the best one when a similarity over several
 * feature groups (body lemmas, entities, title words, minus a time-gap penalty) passes the
 * threshold and the article also comes close to at least one member on its own (a centroid can
 * resemble an article that no member does); otherwise it opens a new story. The time penalty grows
 * with title dissimilarity: same-topic follow-ups a few days later are the typical false join. Stories close when no article has joined them for
 * {@code windowDays}, so memory stays bounded by the window, not the stream. Two open stories merge
 * when an article fits both and their centroids agree.
 *
 * <p>IDF comes from document frequencies in a fixed-size hashed table (bounded memory): counted as
 * articles arrive when streaming, or over the whole batch first in {@link #cluster}. Not thread-safe:
 * one clusterer serves one stream.
 */
public final class StoryClusterer {

  /**
   * Tuning knobs.
   *
   * @param threshold minimum combined similarity for an article to join a story
   * @param mergeThreshold minimum similarity (article to both, and story to story) to merge two
   * @param lemmaWeight weight of the body-lemma cosine
   * @param entityWeight weight of the entity cosine
   * @param titleWeight weight of the title cosine
   * @param dayPenalty subtracted per day of gap beyond the first between article and story
   * @param titleDayPenalty added to {@code dayPenalty} per such day, scaled by how unlike the
   *     article's title is to the closest member title: a follow-up days later rarely keeps the
   *     headline, a late report of the same event often does
   * @param memberThreshold the article must also come this close to at least one member on its
   *     own (same score, same penalty), so that a centroid never pulls in what no member resembles
   * @param windowDays a story closes when its newest article is older than this
   * @param undatedWindow a story of undated articles only closes after this many arrivals
   * @param candidates full comparisons per article, the stories sharing most index terms
   * @param maxPostings index terms heading more open stories than this are skipped in retrieval
   */
  public record Settings(
      double threshold,
      double mergeThreshold,
      double lemmaWeight,
      double entityWeight,
      double titleWeight,
      double dayPenalty,
      double titleDayPenalty,
      double memberThreshold,
      int windowDays,
      int undatedWindow,
      int candidates,
      int maxPostings) {

    public static final Settings DEFAULTS =
        new Settings(0.10, 0.25, 0.45, 0.30, 0.25, 0.08, 0.30, 0.14, 4, 5000, 24, 400);

    public Settings {
      if (!(threshold > 0 && threshold < 1) || !(mergeThreshold >= threshold)) {
        throw new IllegalArgumentException("thresholds must satisfy 0 < threshold <= merge < 1");
      }
      if (lemmaWeight < 0 || entityWeight < 0 || titleWeight < 0
          || !(lemmaWeight + entityWeight + titleWeight > 0) || dayPenalty < 0
          || titleDayPenalty < 0 || !(memberThreshold >= 0 && memberThreshold < 1)
          || windowDays < 0 || undatedWindow < 1 || candidates < 1 || maxPostings < 1) {
        throw new IllegalArgumentException("invalid clustering settings: " + this);
      }
    }

    public Settings withDayPenalty(double p) {
      return new Settings(threshold, mergeThreshold, lemmaWeight, entityWeight, titleWeight, p,
          titleDayPenalty, memberThreshold, windowDays, undatedWindow, candidates, maxPostings);
    }

    public Settings withThreshold(double t) {
      return new Settings(t, Math.max(t, mergeThreshold), lemmaWeight, entityWeight, titleWeight,
          dayPenalty, titleDayPenalty, memberThreshold, windowDays, undatedWindow, candidates,
          maxPostings);
    }

    public Settings withTitleDayPenalty(double p) {
      return new Settings(threshold, mergeThreshold, lemmaWeight, entityWeight, titleWeight,
          dayPenalty, p, memberThreshold, windowDays, undatedWindow, candidates, maxPostings);
    }

    public Settings withMemberThreshold(double m) {
      return new Settings(threshold, mergeThreshold, lemmaWeight, entityWeight, titleWeight,
          dayPenalty, titleDayPenalty, m, windowDays, undatedWindow, candidates, maxPostings);
    }
  }

  /**
   * Where one article went.
   *
   * @param articleId the article
   * @param storyId the story it joined or opened
   * @param score similarity to that story (0 for a new story)
   * @param merged stories merged into {@code storyId} on this arrival (they no longer exist)
   */
  public record Assignment(String articleId, long storyId, double score, List<Long> merged) {
    public Assignment {
      merged = List.copyOf(merged);
    }
  }

  private static final int DF_BITS = 21;
  private static final int LEMMA_TERMS = 160;
  private static final int ENTITY_TERMS = 60;
  private static final int TITLE_TERMS = 40;
  private static final int[] INDEX_TERMS = {12, 8, 6};
  private static final int[] QUERY_TERMS = {12, 8, 6};
  /** Member vectors kept per open story for the member check (the newest; bounds memory). */
  private static final int MEMBERS_KEPT = 24;
  /** Title likeness assumed when either side has no title: neither proof nor counter-evidence. */
  private static final double UNKNOWN_TITLE = 0.5;

  private final Settings settings;
  private final int[] df = new int[1 << DF_BITS];
  private long documents;
  private boolean primed;

  private final Map<Long, OpenStory> open = new LinkedHashMap<>();
  private final Map<Integer, List<OpenStory>> postings = new HashMap<>();
  private long nextStoryId = 1;
  private long arrivals;
  private long clock = ArticleFeatures.UNDATED;
  private long lastSweepDay = ArticleFeatures.UNDATED;

  public StoryClusterer() {
    this(Settings.DEFAULTS);
  }

  public StoryClusterer(Settings settings) {
    this.settings = settings;
  }

  public Settings settings() {
    return settings;
  }

  /** Open stories now (bounded by the window). */
  public int openStories() {
    return open.size();
  }

  /** Index entries now, a measure of the state kept. */
  public long indexEntries() {
    long n = 0;
    for (List<OpenStory> list : postings.values()) {
      n += list.size();
    }
    return n;
  }

  /**
   * Clusters a batch: document frequencies over the whole batch first, then the articles in
   * publication order (ties by id; undated ones last, by content alone), so that the result does
   * not depend on the input order. Every article ends in exactly one group.
   */
  public List<StoryGroup> cluster(List<ArticleFeatures> batch) {
    List<ArticleFeatures> ordered = new ArrayList<>(batch);
    ordered.sort(streamOrder());
    for (ArticleFeatures f : ordered) {
      countDocument(f);
    }
    primed = true;
    Map<Long, Long> mergedInto = new HashMap<>();
    Map<String, Long> storyOf = new LinkedHashMap<>();
    for (ArticleFeatures f : ordered) {
      Assignment a = add(f);
      storyOf.put(f.id(), a.storyId());
      for (long m : a.merged()) {
        mergedInto.put(m, a.storyId());
      }
    }
    Map<Long, List<String>> members = new TreeMap<>();
    for (Map.Entry<String, Long> e : storyOf.entrySet()) {
      long s = e.getValue();
      while (mergedInto.containsKey(s)) {
        s = mergedInto.get(s);
      }
      members.computeIfAbsent(s, k -> new ArrayList<>()).add(e.getKey());
    }
    List<List<String>> groups = new ArrayList<>();
    for (List<String> ids : members.values()) {
      List<String> sorted = new ArrayList<>(ids);
      sorted.sort(Comparator.naturalOrder());
      groups.add(sorted);
    }
    groups.sort(Comparator.<List<String>>comparingInt(List::size).reversed().thenComparing(g -> g.get(0)));
    List<StoryGroup> result = new ArrayList<>(groups.size());
    for (int s = 0; s < groups.size(); s++) {
      result.add(new StoryGroup("s" + (s + 1), groups.get(s)));
    }
    return result;
  }

  /** Publication day ascending, undated last, ties by id: the order a batch is streamed in. */
  public static Comparator<ArticleFeatures> streamOrder() {
    return Comparator.<ArticleFeatures>comparingInt(f -> f.dated() ? 0 : 1)
        .thenComparingLong(f -> f.dated() ? f.epochDay() : 0)
        .thenComparing(ArticleFeatures::id);
  }

  /** Takes the next article of the stream (newest last) and says which story it joined. */
  public Assignment add(ArticleFeatures f) {
    if (!primed) {
      countDocument(f);
    }
    arrivals++;
    if (f.dated() && (clock == ArticleFeatures.UNDATED || f.epochDay() > clock)) {
      clock = f.epochDay();
    }
    expire();
    Vectors v = vectorize(f);
    List<Scored> scored = new ArrayList<>();
    for (OpenStory s : candidates(v)) {
      double score = similarity(v, f.epochDay(), s);
      if (score >= settings.threshold() && bestMember(v, f.epochDay(), s) < settings.memberThreshold()) {
        continue;
      }
      scored.add(new Scored(s, score));
    }
    scored.sort(Comparator.comparingDouble(Scored::score).reversed()
        .thenComparingLong(x -> x.story.id));
    if (scored.isEmpty() || scored.get(0).score < settings.threshold()) {
      OpenStory s = new OpenStory(nextStoryId++);
      s.absorb(v, f.epochDay(), arrivals);
      open.put(s.id, s);
      reindex(s);
      return new Assignment(f.id(), s.id, 0, List.of());
    }
    OpenStory best = scored.get(0).story;
    best.absorb(v, f.epochDay(), arrivals);
    List<Long> merged = new ArrayList<>();
    for (int i = 1; i < scored.size(); i++) {
      Scored other = scored.get(i);
      if (other.score < settings.mergeThreshold()) {
        break;
      }
      if (storySimilarity(best, other.story) >= settings.mergeThreshold()) {
        best.absorb(other.story);
        unindex(other.story);
        open.remove(other.story.id);
        merged.add(other.story.id);
      }
    }
    reindex(best);
    return new Assignment(f.id(), best.id, scored.get(0).score, merged);
  }

  /** Similarity of an article to a story: weighted group cosines, minus the time-gap penalty. */
  private double similarity(Vectors v, long day, OpenStory s) {
    double content = weighted(v.groups, s.centroid);
    if (content == 0) {
      return 0;
    }
    long gap = gap(day, s.firstDay, s.lastDay);
    return content - (gap > 1 ? penalty(gap, bestTitle(v, s)) : 0);
  }

  /** The article's best score against a single member (content and penalty pair by pair). */
  private double bestMember(Vectors v, long day, OpenStory s) {
    double best = Double.NEGATIVE_INFINITY;
    for (int m = 0; m < s.members.size(); m++) {
      Vectors other = s.members.get(m);
      long memberDay = s.memberDays.get(m);
      double score = weighted(v.groups, other.groups);
      long gap = gap(day, memberDay, memberDay);
      if (gap > 1) {
        score -= penalty(gap, titleLikeness(v, other));
      }
      best = Math.max(best, score);
    }
    return best;
  }

  /** Penalty for {@code gap} days: steeper the less the titles agree. */
  private double penalty(long gap, double titleLikeness) {
    double perDay = settings.dayPenalty() + settings.titleDayPenalty() * (1 - titleLikeness);
    return perDay * (gap - 1);
  }

  /** Closest title cosine between the article and any kept member. */
  private static double bestTitle(Vectors v, OpenStory s) {
    double best = -1;
    for (Vectors m : s.members) {
      best = Math.max(best, titleLikeness(v, m));
    }
    return best < 0 ? UNKNOWN_TITLE : best;
  }

  private static double titleLikeness(Vectors a, Vectors b) {
    if (a.groups[2].isEmpty() || b.groups[2].isEmpty()) {
      return UNKNOWN_TITLE;
    }
    return SparseVector.cosine(a.groups[2], b.groups[2]);
  }

  /** Weighted mean of the group cosines over the groups both sides have. */
  private double weighted(SparseVector[] a, SparseVector[] b) {
    double sum = 0;
    double weight = 0;
    double[] w = {settings.lemmaWeight(), settings.entityWeight(), settings.titleWeight()};
    for (int g = 0; g < 3; g++) {
      if (a[g].isEmpty() || b[g].isEmpty() || w[g] == 0) {
        continue;
      }
      sum += w[g] * SparseVector.cosine(a[g], b[g]);
      weight += w[g];
    }
    return weight == 0 ? 0 : sum / weight;
  }

  private double storySimilarity(OpenStory a, OpenStory b) {
    double content = weighted(a.centroid, b.centroid);
    if (content == 0) {
      return 0;
    }
    long gap = 0;
    if (a.dated() && b.dated()) {
      gap = Math.max(0, Math.max(a.firstDay - b.lastDay, b.firstDay - a.lastDay));
    }
    if (gap <= 1) {
      return content;
    }
    double title = -1;
    for (Vectors m : a.members) {
      title = Math.max(title, bestTitle(m, b));
    }
    return content - penalty(gap, title < 0 ? UNKNOWN_TITLE : title);
  }

  /** Days between a day and a date range (0 inside it or when either is undated). */
  private static long gap(long day, long first, long last) {
    if (day == ArticleFeatures.UNDATED || last == ArticleFeatures.UNDATED) {
      return 0;
    }
    if (day < first) {
      return first - day;
    }
    return Math.max(0, day - last);
  }

  /** Open stories sharing index terms with the article, those sharing most first. */
  private List<OpenStory> candidates(Vectors v) {
    Map<OpenStory, int[]> hits = new HashMap<>();
    for (int g = 0; g < 3; g++) {
      SparseVector vec = v.groups[g];
      for (int p : SparseVector.top(vec.ids, vec.weights, QUERY_TERMS[g])) {
        List<OpenStory> list = postings.get(vec.ids[p]);
        if (list == null || list.size() > settings.maxPostings()) {
          continue;
        }
        for (OpenStory s : list) {
          hits.computeIfAbsent(s, k -> new int[1])[0]++;
        }
      }
    }
    List<Map.Entry<OpenStory, int[]>> ranked = new ArrayList<>(hits.entrySet());
    ranked.sort((a, b) -> a.getValue()[0] != b.getValue()[0]
        ? Integer.compare(b.getValue()[0], a.getValue()[0])
        : Long.compare(a.getKey().id, b.getKey().id));
    List<OpenStory> result = new ArrayList<>(Math.min(ranked.size(), settings.candidates()));
    for (int i = 0; i < ranked.size() && i < settings.candidates(); i++) {
      result.add(ranked.get(i).getKey());
    }
    return result;
  }

  private void reindex(OpenStory s) {
    int[] terms = s.indexTerms();
    int[] old = s.indexed;
    for (int t : old) {
      if (Arrays.binarySearch(terms, t) < 0) {
        removePosting(t, s);
      }
    }
    for (int t : terms) {
      if (Arrays.binarySearch(old, t) < 0) {
        postings.computeIfAbsent(t, k -> new ArrayList<>(2)).add(s);
      }
    }
    s.indexed = terms;
  }

  private void unindex(OpenStory s) {
    for (int t : s.indexed) {
      removePosting(t, s);
    }
    s.indexed = new int[0];
  }

  private void removePosting(int term, OpenStory s) {
    List<OpenStory> list = postings.get(term);
    if (list != null) {
      list.remove(s);
      if (list.isEmpty()) {
        postings.remove(term);
      }
    }
  }

  /** Closes stories past the window; runs when the clock moves a day, or every 1000 arrivals. */
  private void expire() {
    boolean newDay = clock != lastSweepDay;
    if (!newDay && arrivals % 1000 != 0) {
      return;
    }
    lastSweepDay = clock;
    Iterator<OpenStory> it = open.values().iterator();
    while (it.hasNext()) {
      OpenStory s = it.next();
      boolean stale = s.dated()
          ? clock != ArticleFeatures.UNDATED && s.lastDay < clock - settings.windowDays()
          : arrivals - s.lastArrival > settings.undatedWindow();
      if (stale) {
        unindex(s);
        it.remove();
      }
    }
  }

  private void countDocument(ArticleFeatures f) {
    documents++;
    int mask = df.length - 1;
    count(f.lemmas(), 'l', mask);
    count(f.entities(), 'e', mask);
    count(f.title(), 't', mask);
  }

  private void count(Map<String, Integer> terms, char group, int mask) {
    for (String term : terms.keySet()) {
      int slot = TermHashes.of(group, term) & mask;
      if (df[slot] < Integer.MAX_VALUE) {
        df[slot]++;
      }
    }
  }

  private double idf(int id) {
    int d = df[id & (df.length - 1)];
    return Math.log((documents + 1.0) / (d + 1.0)) + 1.0;
  }

  private Vectors vectorize(ArticleFeatures f) {
    return new Vectors(new SparseVector[] {
        vector(f.lemmas(), 'l', LEMMA_TERMS),
        vector(f.entities(), 'e', ENTITY_TERMS),
        vector(f.title(), 't', TITLE_TERMS)});
  }

  /** L2-normalised (1 + ln tf) * idf, pruned to the heaviest terms. */
  private SparseVector vector(Map<String, Integer> counts, char group, int maxTerms) {
    if (counts.isEmpty()) {
      return SparseVector.EMPTY;
    }
    TreeMap<Integer, Float> byId = new TreeMap<>();
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() == null || e.getValue() <= 0) {
        continue;
      }
      int id = TermHashes.of(group, e.getKey());
      float w = (float) ((1 + Math.log(e.getValue())) * idf(id));
      byId.merge(id, w, Float::sum);
    }
    int[] ids = new int[byId.size()];
    float[] w = new float[ids.length];
    int i = 0;
    double norm = 0;
    for (Map.Entry<Integer, Float> e : byId.entrySet()) {
      ids[i] = e.getKey();
      w[i] = e.getValue();
      norm += (double) w[i] * w[i];
      i++;
    }
    norm = Math.sqrt(norm);
    for (int x = 0; x < w.length; x++) {
      w[x] = (float) (w[x] / norm);
    }
    return SparseVector.prune(ids, w, maxTerms);
  }

  private record Vectors(SparseVector[] groups) {}

  private record Scored(OpenStory story, double score) {}

  /** An open story: centroid sums per feature group, date range and index terms. */
  private static final class OpenStory {
    final long id;
    final SparseVector[] centroid = {SparseVector.EMPTY, SparseVector.EMPTY, SparseVector.EMPTY};
    long firstDay = ArticleFeatures.UNDATED;
    long lastDay = ArticleFeatures.UNDATED;
    long lastArrival;
    int size;
    int[] indexed = new int[0];
    final List<Vectors> members = new ArrayList<>(2);
    final List<Long> memberDays = new ArrayList<>(2);

    OpenStory(long id) {
      this.id = id;
    }

    boolean dated() {
      return lastDay != ArticleFeatures.UNDATED;
    }

    void absorb(Vectors v, long day, long arrival) {
      int[] caps = {LEMMA_TERMS, ENTITY_TERMS, TITLE_TERMS};
      for (int g = 0; g < 3; g++) {
        centroid[g] = SparseVector.addPruned(centroid[g], v.groups[g], 1.0, caps[g]);
      }
      if (day != ArticleFeatures.UNDATED) {
        firstDay = firstDay == ArticleFeatures.UNDATED ? day : Math.min(firstDay, day);
        lastDay = lastDay == ArticleFeatures.UNDATED ? day : Math.max(lastDay, day);
      }
      lastArrival = arrival;
      size++;
      keep(v, day);
    }

    private void keep(Vectors v, long day) {
      members.add(v);
      memberDays.add(day);
      if (members.size() > MEMBERS_KEPT) {
        members.remove(0);
        memberDays.remove(0);
      }
    }

    void absorb(OpenStory other) {
      int[] caps = {LEMMA_TERMS, ENTITY_TERMS, TITLE_TERMS};
      for (int g = 0; g < 3; g++) {
        centroid[g] = SparseVector.addPruned(centroid[g], other.centroid[g], 1.0, caps[g]);
      }
      if (other.dated()) {
        firstDay = dated() ? Math.min(firstDay, other.firstDay) : other.firstDay;
        lastDay = dated() ? Math.max(lastDay, other.lastDay) : other.lastDay;
      }
      lastArrival = Math.max(lastArrival, other.lastArrival);
      size += other.size;
      for (int m = 0; m < other.members.size(); m++) {
        keep(other.members.get(m), other.memberDays.get(m));
      }
    }

    /** The heaviest centroid terms of each group, ids ascending. */
    int[] indexTerms() {
      int[] all = new int[INDEX_TERMS[0] + INDEX_TERMS[1] + INDEX_TERMS[2]];
      int n = 0;
      for (int g = 0; g < 3; g++) {
        SparseVector c = centroid[g];
        for (int p : SparseVector.top(c.ids, c.weights, INDEX_TERMS[g])) {
          all[n++] = c.ids[p];
        }
      }
      int[] terms = Arrays.copyOf(all, n);
      Arrays.sort(terms);
      return Arrays.stream(terms).distinct().toArray();
    }
  }
}
