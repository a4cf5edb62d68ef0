package org.lagebild.entities;

/** A mention while rules work on it: tokens {@code [first, last)} of the article and a type. */
record Candidate(int first, int last, String type) {

  Candidate {
    if (first < 0 || last <= first) {
      throw new IllegalArgumentException("empty candidate [" + first + ", " + last + ")");
    }
  }

  int size() {
    return last - first;
  }

  Candidate withTokens(int newFirst, int newLast) {
    return new Candidate(newFirst, newLast, type);
  }

  Candidate withType(String newType) {
    return new Candidate(first, last, newType);
  }

  /** Which of an article's {@code tokens} tokens the candidates cover. */
  static boolean[] coverage(int tokens, java.util.Collection<Candidate> candidates) {
    boolean[] covered = new boolean[tokens];
    for (Candidate c : candidates) {
      java.util.Arrays.fill(covered, c.first(), c.last(), true);
    }
    return covered;
  }
}
