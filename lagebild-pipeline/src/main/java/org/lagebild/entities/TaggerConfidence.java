package org.lagebild.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lagebild.model.EntityScores;

/**
 * The statistical tagger's own confidence, per token of the article (its marginal probability of
 * each entity type), used in two ways:
 *
 * <ul>
 *   <li><b>recovery</b>: a run of untagged tokens that the tagger thought at least {@link #RECOVER}
 *       likely to be part of a name ("ein Sieg Wendrichs", where the best labelling said "O" with 0.55)
 *       becomes a mention of the type it found most likely, if it contains a capitalised word;
 *   <li><b>doubt</b>: a tagged mention whose tokens have on average less than {@link #DOUBT}
 *       probability of its type is dropped.
 * </ul>
 *
 * Thresholds were chosen on the GermEval 2014 dev split. Without scores (another analyzer) nothing
 * changes.
 */
final class TaggerConfidence {

  /** Minimum probability of "some name" for an untagged token to join a recovered mention. */
  static final double RECOVER = 0.5;

  /** Minimum mean probability of its own type for a tagged mention to be kept. */
  static final double DOUBT = 0.5;

  private static final String[] TYPES = {"PER", "LOC", "ORG", "MISC"};

  /** Per view token: probabilities of PER, LOC, ORG, MISC (all 0 where the tagger saw none). */
  private final double[][] probabilities;

  private final boolean available;

  private TaggerConfidence(double[][] probabilities, boolean available) {
    this.probabilities = probabilities;
    this.available = available;
  }

  static TaggerConfidence of(TokenView view, List<EntityScores> scores) {
    double[][] p = new double[view.size()][4];
    if (scores.isEmpty()) {
      return new TaggerConfidence(p, false);
    }
    Map<Integer, EntityScores> byStart = new HashMap<>(scores.size() * 2);
    for (EntityScores s : scores) {
      byStart.put(s.start(), s);
    }
    for (int i = 0; i < view.size(); i++) {
      EntityScores s = byStart.get(view.token(i).start());
      if (s != null && s.end() == view.token(i).end()) {
        p[i] = new double[] {s.per(), s.loc(), s.org(), s.misc()};
      }
    }
    return new TaggerConfidence(p, true);
  }

  boolean available() {
    return available;
  }

  double inside(int i) {
    double[] p = probabilities[i];
    return p[0] + p[1] + p[2] + p[3];
  }

  double of(int i, String type) {
    int t = index(type);
    return t < 0 ? 0 : probabilities[i][t];
  }

  private static int index(String type) {
    for (int t = 0; t < TYPES.length; t++) {
      if (TYPES[t].equals(type)) {
        return t;
      }
    }
    return -1;
  }

  private String bestType(int i) {
    double[] p = probabilities[i];
    int best = 0;
    for (int t = 1; t < 4; t++) {
      if (p[t] > p[best]) {
        best = t;
      }
    }
    return TYPES[best];
  }

  /** Mean probability of the candidate's own type over its tokens. */
  double mean(Candidate c) {
    double sum = 0;
    for (int i = c.first(); i < c.last(); i++) {
      sum += of(i, c.type());
    }
    return sum / c.size();
  }

  /** Tagged mentions whose mean confidence is below {@link #DOUBT} are left out. */
  List<Candidate> dropDoubtful(List<Candidate> tagged) {
    if (!available) {
      return tagged;
    }
    List<Candidate> kept = new ArrayList<>(tagged.size());
    for (Candidate c : tagged) {
      if (mean(c) >= DOUBT) {
        kept.add(c);
      }
    }
    return kept;
  }

  /** A proper noun or an acronym (two capitals) among the tokens: not only common nouns. */
  private static boolean namelike(TokenView view, int first, int last) {
    for (int k = first; k < last; k++) {
      String w = view.word(k);
      if (view.pos(k).equals("PROPN") || w.chars().filter(Character::isUpperCase).count() >= 2) {
        return true;
      }
    }
    return false;
  }

  /**
   * The tagged mentions plus runs of untagged tokens in one sentence, each at least {@link
   * #RECOVER} likely to be part of a name and all most likely of the same type, that contain a
   * capitalised word.
   */
  List<Candidate> recover(TokenView view, List<Candidate> tagged) {
    if (!available) {
      return tagged;
    }
    boolean[] covered = Candidate.coverage(view.size(), tagged);
    List<Candidate> out = new ArrayList<>(tagged);
    int i = 0;
    while (i < view.size()) {
      if (covered[i] || inside(i) < RECOVER) {
        i++;
        continue;
      }
      String type = bestType(i);
      int end = i + 1;
      while (end < view.size() && !covered[end] && inside(end) >= RECOVER
          && bestType(end).equals(type)
          && view.token(end).sentence() == view.token(i).sentence()) {
        end++;
      }
      int first = i;
      int last = end;
      while (first < last && !view.capitalised(first)) {
        first++;
      }
      while (last > first && !view.capitalised(last - 1)) {
        last--;
      }
      if (last > first && namelike(view, first, last)) {
        out.add(new Candidate(first, last, type));
      }
      i = end;
    }
    return out;
  }
}
