package org.lagebild.stories;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lagebild.model.AnnotatedDocument;
import org.lagebild.model.PublicationDate;
import org.lagebild.time.PublicationDateInferrer;

/**
 * Groups a batch of articles into stories: TF-IDF cosine over {@link TermVectorStage#TERMS} (IDF
 * from the batch), single-link through union-find above a threshold, and no link between two
 * articles whose known publication dates lie more than {@code maxDaysApart} days apart.
 *
 * <p>Pairs are never enumerated exhaustively: each article is indexed under its few heaviest terms
 * and only articles that share one of them are compared, so 20,000 articles take seconds. Terms
 * whose posting list grows past {@code maxPostings} are too common to single out a story and are
 * not used for retrieval (they still count in the cosine). The result does not depend on the input
 * order: articles are processed in id order.
 */
public final class BaselineStoryGrouper {

  /**
   * Tuning knobs.
   *
   * @param threshold minimum cosine for two articles to be linked
   * @param topTerms how many of an article's heaviest terms index it for candidate retrieval
   * @param maxPostings retrieval skips terms that head more articles than this
   * @param maxDaysApart articles with known dates further apart are never linked
   * @param entityWeight extra weight of entity keys over plain lemmas
   */
  public record Settings(
      double threshold, int topTerms, int maxPostings, int maxDaysApart, double entityWeight) {

    public static final Settings DEFAULTS = new Settings(0.2, 12, 2000, 7, 1.5);

    public Settings {
      if (!(threshold > 0 && threshold <= 1)) {
        throw new IllegalArgumentException("threshold must lie in (0, 1]: " + threshold);
      }
      if (topTerms < 1 || maxPostings < 1 || maxDaysApart < 0 || !(entityWeight > 0)) {
        throw new IllegalArgumentException("invalid grouping settings: " + this);
      }
    }
  }

  private final Settings settings;

  public BaselineStoryGrouper() {
    this(Settings.DEFAULTS);
  }

  public BaselineStoryGrouper(Settings settings) {
    this.settings = settings;
  }

  public Settings settings() {
    return settings;
  }

  /** Groups {@code docs}; every article ends in exactly one group (singletons included). */
  public List<StoryGroup> group(List<AnnotatedDocument> docs) {
    List<AnnotatedDocument> ordered = new ArrayList<>(docs);
    ordered.sort(
        Comparator.comparing(AnnotatedDocument::id).thenComparing(AnnotatedDocument::text));
    int n = ordered.size();
    Vectors vectors = vectorize(ordered);
    long[] days = new long[n];
    for (int i = 0; i < n; i++) {
      days[i] = epochDay(ordered.get(i));
    }

    UnionFind links = new UnionFind(n);
    int[][] postings = invertedIndex(vectors, n);
    int[] seen = new int[n];
    Arrays.fill(seen, -1);
    for (int i = 0; i < n; i++) {
      for (int term : vectors.top[i]) {
        int[] posting = postings[term];
        if (posting == null) {
          continue;
        }
        for (int j : posting) {
          // Each pair once (from its lower index), each candidate once per article.
          if (j <= i || seen[j] == i) {
            continue;
          }
          seen[j] = i;
          if (tooFarApart(days[i], days[j]) || links.find(i) == links.find(j)) {
            continue;
          }
          if (cosine(vectors, i, j) >= settings.threshold()) {
            links.union(i, j);
          }
        }
      }
    }
    return groups(ordered, links);
  }

  /**
   * Cosine of every pair of articles, keyed {@code "idA|idB"} with ids in order: a diagnostic for
   * calibrating the threshold on small samples (quadratic, never used by {@link #group}).
   */
  Map<String, Double> allPairScores(List<AnnotatedDocument> docs) {
    List<AnnotatedDocument> ordered = new ArrayList<>(docs);
    ordered.sort(
        Comparator.comparing(AnnotatedDocument::id).thenComparing(AnnotatedDocument::text));
    Vectors vectors = vectorize(ordered);
    Map<String, Double> scores = new java.util.TreeMap<>();
    for (int i = 0; i < ordered.size(); i++) {
      for (int j = i + 1; j < ordered.size(); j++) {
        scores.put(ordered.get(i).id() + "|" + ordered.get(j).id(), cosine(vectors, i, j));
      }
    }
    return scores;
  }

  private boolean tooFarApart(long a, long b) {
    return a != Long.MIN_VALUE && b != Long.MIN_VALUE && Math.abs(a - b) > settings.maxDaysApart();
  }

  private static long epochDay(AnnotatedDocument doc) {
    PublicationDate date = doc.getOrDefault(PublicationDateInferrer.PUBLISHED, null);
    String value = date != null ? date.value() : doc.article().published();
    if (value == null || value.length() < 10) {
      return Long.MIN_VALUE;
    }
    try {
      return LocalDate.parse(value.substring(0, 10)).toEpochDay();
    } catch (DateTimeParseException e) {
      return Long.MIN_VALUE;
    }
  }

  /** Sparse, L2-normalised TF-IDF vectors with term ids ascending, plus each article's top terms. */
  private record Vectors(int[][] terms, double[][] weights, int[][] top, int vocabulary) {}

  private Vectors vectorize(List<AnnotatedDocument> ordered) {
    int n = ordered.size();
    List<Map<String, Integer>> counts = new ArrayList<>(n);
    Map<String, int[]> df = new HashMap<>();
    for (AnnotatedDocument doc : ordered) {
      Map<String, Integer> terms = doc.getOrDefault(TermVectorStage.TERMS, Map.of());
      counts.add(terms);
      for (Map.Entry<String, Integer> e : terms.entrySet()) {
        if (e.getValue() != null && e.getValue() > 0) {
          df.computeIfAbsent(e.getKey(), k -> new int[1])[0]++;
        }
      }
    }
    // Term ids in sorted order, so sums run in the same order whatever the input order was.
    String[] vocabulary = df.keySet().toArray(String[]::new);
    Arrays.sort(vocabulary);
    Map<String, Integer> ids = new HashMap<>(vocabulary.length * 2);
    double[] idf = new double[vocabulary.length];
    for (int t = 0; t < vocabulary.length; t++) {
      ids.put(vocabulary[t], t);
      idf[t] = Math.log((1.0 + n) / (1.0 + df.get(vocabulary[t])[0])) + 1.0;
    }
    int[][] termIds = new int[n][];
    double[][] weights = new double[n][];
    int[][] top = new int[n][];
    for (int i = 0; i < n; i++) {
      Map<String, Integer> terms = counts.get(i);
      int[] tids = new int[terms.size()];
      int k = 0;
      for (Map.Entry<String, Integer> e : terms.entrySet()) {
        if (e.getValue() != null && e.getValue() > 0) {
          tids[k++] = ids.get(e.getKey());
        }
      }
      tids = Arrays.copyOf(tids, k);
      Arrays.sort(tids);
      double[] w = new double[k];
      double norm = 0;
      for (int x = 0; x < k; x++) {
        String term = vocabulary[tids[x]];
        double tf = 1.0 + Math.log(terms.get(term));
        double boost = term.startsWith(TermVectorStage.ENTITY_PREFIX) ? settings.entityWeight() : 1;
        w[x] = tf * idf[tids[x]] * boost;
        norm += w[x] * w[x];
      }
      norm = Math.sqrt(norm);
      for (int x = 0; x < k; x++) {
        w[x] /= norm;
      }
      termIds[i] = tids;
      weights[i] = w;
      top[i] = topTerms(tids, w, df, vocabulary);
    }
    return new Vectors(termIds, weights, top, vocabulary.length);
  }

  /** The heaviest terms shared with at least one other article (a term seen once links nothing). */
  private int[] topTerms(int[] tids, double[] w, Map<String, int[]> df, String[] vocabulary) {
    Integer[] order = new Integer[tids.length];
    int m = 0;
    for (int x = 0; x < tids.length; x++) {
      if (df.get(vocabulary[tids[x]])[0] > 1) {
        order[m++] = x;
      }
    }
    Integer[] candidates = Arrays.copyOf(order, m);
    Arrays.sort(
        candidates,
        (a, b) -> w[a] != w[b] ? Double.compare(w[b], w[a]) : Integer.compare(tids[a], tids[b]));
    int k = Math.min(settings.topTerms(), candidates.length);
    int[] top = new int[k];
    for (int x = 0; x < k; x++) {
      top[x] = tids[candidates[x]];
    }
    return top;
  }

  private int[][] invertedIndex(Vectors vectors, int n) {
    int[] sizes = new int[vectors.vocabulary()];
    for (int i = 0; i < n; i++) {
      for (int t : vectors.top[i]) {
        sizes[t]++;
      }
    }
    int[][] postings = new int[vectors.vocabulary()][];
    int[] fill = new int[vectors.vocabulary()];
    for (int i = 0; i < n; i++) {
      for (int t : vectors.top[i]) {
        if (sizes[t] < 2 || sizes[t] > settings.maxPostings()) {
          continue;
        }
        if (postings[t] == null) {
          postings[t] = new int[sizes[t]];
        }
        postings[t][fill[t]++] = i;
      }
    }
    return postings;
  }

  private static double cosine(Vectors v, int i, int j) {
    int[] a = v.terms[i];
    int[] b = v.terms[j];
    double[] wa = v.weights[i];
    double[] wb = v.weights[j];
    double dot = 0;
    int x = 0;
    int y = 0;
    while (x < a.length && y < b.length) {
      if (a[x] == b[y]) {
        dot += wa[x++] * wb[y++];
      } else if (a[x] < b[y]) {
        x++;
      } else {
        y++;
      }
    }
    return dot;
  }

  private static List<StoryGroup> groups(List<AnnotatedDocument> ordered, UnionFind links) {
    Map<Integer, List<String>> byRoot = new HashMap<>();
    List<List<String>> groups = new ArrayList<>();
    for (int i = 0; i < ordered.size(); i++) {
      List<String> members =
          byRoot.computeIfAbsent(
              links.find(i),
              r -> {
                List<String> list = new ArrayList<>();
                groups.add(list);
                return list;
              });
      members.add(ordered.get(i).id());
    }
    // Members are in id order already; groups: largest first, then by first id.
    groups.sort(
        Comparator.<List<String>>comparingInt(List::size)
            .reversed()
            .thenComparing(g -> g.get(0)));
    List<StoryGroup> result = new ArrayList<>(groups.size());
    for (int s = 0; s < groups.size(); s++) {
      result.add(new StoryGroup("s" + (s + 1), groups.get(s)));
    }
    return result;
  }

  /** Disjoint sets with path halving and union by size. */
  private static final class UnionFind {
    private final int[] parent;
    private final int[] size;

    UnionFind(int n) {
      parent = new int[n];
      size = new int[n];
      for (int i = 0; i < n; i++) {
        parent[i] = i;
        size[i] = 1;
      }
    }

    int find(int x) {
      while (parent[x] != x) {
        parent[x] = parent[parent[x]];
        x = parent[x];
      }
      return x;
    }

    void union(int a, int b) {
      int ra = find(a);
      int rb = find(b);
      if (ra == rb) {
        return;
      }
      if (size[ra] < size[rb] || (size[ra] == size[rb] && rb < ra)) {
        int tmp = ra;
        ra = rb;
        rb = tmp;
      }
      parent[rb] = ra;
      size[ra] += size[rb];
    }
  }
}
