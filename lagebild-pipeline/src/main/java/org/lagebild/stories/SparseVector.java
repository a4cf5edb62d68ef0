package org.lagebild.stories;

import java.util.Arrays;

/** Term ids ascending with float weights: the compact vector type of article and story state. */
final class SparseVector {

  static final SparseVector EMPTY = new SparseVector(new int[0], new float[0]);

  final int[] ids;
  final float[] weights;
  final double norm;

  SparseVector(int[] ids, float[] weights) {
    this.ids = ids;
    this.weights = weights;
    double sum = 0;
    for (float w : weights) {
      sum += (double) w * w;
    }
    this.norm = Math.sqrt(sum);
  }

  boolean isEmpty() {
    return ids.length == 0 || norm == 0;
  }

  /** Cosine of two vectors (0 when either is empty). */
  static double cosine(SparseVector a, SparseVector b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    double dot = 0;
    int x = 0;
    int y = 0;
    while (x < a.ids.length && y < b.ids.length) {
      if (a.ids[x] == b.ids[y]) {
        dot += (double) a.weights[x++] * b.weights[y++];
      } else if (a.ids[x] < b.ids[y]) {
        x++;
      } else {
        y++;
      }
    }
    return dot / (a.norm * b.norm);
  }

  /** {@code a + scale * b}, keeping at most {@code maxTerms} heaviest terms (ties: lower id). */
  static SparseVector addPruned(SparseVector a, SparseVector b, double scale, int maxTerms) {
    int[] ids = new int[a.ids.length + b.ids.length];
    float[] w = new float[ids.length];
    int x = 0;
    int y = 0;
    int n = 0;
    while (x < a.ids.length || y < b.ids.length) {
      if (y >= b.ids.length || (x < a.ids.length && a.ids[x] < b.ids[y])) {
        ids[n] = a.ids[x];
        w[n++] = a.weights[x++];
      } else if (x >= a.ids.length || b.ids[y] < a.ids[x]) {
        ids[n] = b.ids[y];
        w[n++] = (float) (scale * b.weights[y++]);
      } else {
        ids[n] = a.ids[x];
        w[n++] = (float) (a.weights[x++] + scale * b.weights[y++]);
      }
    }
    return prune(Arrays.copyOf(ids, n), Arrays.copyOf(w, n), maxTerms);
  }

  /** Keeps the {@code k} heaviest terms, ids ascending. */
  static SparseVector prune(int[] ids, float[] w, int k) {
    if (ids.length <= k) {
      return new SparseVector(ids, w);
    }
    int[] order = top(ids, w, k);
    Arrays.sort(order);
    int[] keptIds = new int[k];
    float[] keptW = new float[k];
    for (int i = 0; i < k; i++) {
      keptIds[i] = ids[order[i]];
      keptW[i] = w[order[i]];
    }
    return new SparseVector(keptIds, keptW);
  }

  /** Positions of the {@code k} heaviest terms, heaviest first (ties: lower id). */
  static int[] top(int[] ids, float[] w, int k) {
    Integer[] order = new Integer[ids.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (p, q) -> w[p] != w[q] ? Float.compare(w[q], w[p]) : Integer.compare(ids[p], ids[q]));
    int n = Math.min(k, order.length);
    int[] result = new int[n];
    for (int i = 0; i < n; i++) {
      result[i] = order[i];
    }
    return result;
  }
}
