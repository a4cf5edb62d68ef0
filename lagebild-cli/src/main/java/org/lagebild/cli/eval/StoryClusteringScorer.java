package org.lagebild.cli.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores a clustering against gold stories: pairwise precision/recall/F1 over article pairs in the
 * same story (the metric of Miranda et al. 2018) and B-cubed F1. Only articles in {@code scope}
 * count, so that one clustering run can be scored on each half of a gold set.
 */
public final class StoryClusteringScorer {

  /** Pairwise and B-cubed scores, with the pair counts behind them. */
  public record Scores(double precision, double recall, double f1, double bcubedPrecision,
      double bcubedRecall, double bcubedF1, long truePairs, long predictedPairs, long goldPairs,
      int articles) {}

  private StoryClusteringScorer() {}

  public static Scores score(Collection<List<String>> gold, Collection<List<String>> predicted,
      Set<String> scope) {
    Map<String, Integer> goldOf = labels(gold, scope);
    Map<String, Integer> predOf = labels(predicted, scope);
    // Articles the prediction lost count as singletons of their own.
    int next = -1;
    for (String id : goldOf.keySet()) {
      if (!predOf.containsKey(id)) {
        predOf.put(id, next--);
      }
    }
    List<String> ids = new ArrayList<>(goldOf.keySet());
    ids.sort(String::compareTo);
    long tp = 0;
    long pp = 0;
    long gp = 0;
    for (int i = 0; i < ids.size(); i++) {
      for (int j = i + 1; j < ids.size(); j++) {
        boolean g = goldOf.get(ids.get(i)).equals(goldOf.get(ids.get(j)));
        boolean p = predOf.get(ids.get(i)).equals(predOf.get(ids.get(j)));
        if (g) {
          gp++;
        }
        if (p) {
          pp++;
        }
        if (g && p) {
          tp++;
        }
      }
    }
    double precision = pp == 0 ? 1 : (double) tp / pp;
    double recall = gp == 0 ? 1 : (double) tp / gp;
    Map<Integer, Integer> goldSize = new HashMap<>();
    Map<Integer, Integer> predSize = new HashMap<>();
    Map<Long, Integer> both = new HashMap<>();
    for (String id : ids) {
      goldSize.merge(goldOf.get(id), 1, Integer::sum);
      predSize.merge(predOf.get(id), 1, Integer::sum);
      both.merge(((long) goldOf.get(id) << 32) ^ (predOf.get(id) & 0xffffffffL), 1, Integer::sum);
    }
    double bp = 0;
    double br = 0;
    for (String id : ids) {
      int g = goldOf.get(id);
      int p = predOf.get(id);
      int common = both.get(((long) g << 32) ^ (p & 0xffffffffL));
      bp += (double) common / predSize.get(p);
      br += (double) common / goldSize.get(g);
    }
    int n = Math.max(1, ids.size());
    bp /= n;
    br /= n;
    return new Scores(precision, recall, f1(precision, recall), bp, br, f1(bp, br), tp, pp, gp,
        ids.size());
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private static Map<String, Integer> labels(Collection<List<String>> clusters, Set<String> scope) {
    Map<String, Integer> of = new HashMap<>();
    int label = 0;
    for (List<String> cluster : clusters) {
      for (String id : cluster) {
        if (scope.contains(id)) {
          of.put(id, label);
        }
      }
      label++;
    }
    return of;
  }
}
