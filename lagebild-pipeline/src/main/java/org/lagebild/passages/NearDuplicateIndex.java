package org.lagebild.passages;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lagebild.passages.PassageFingerprint.SentencePrint;

/**
 * Finds copies across a stream, whatever story the articles landed in: the last {@code window}
 * articles are indexed by the exact hashes of their sentences; a new article is compared (with
 * {@link WireCopyDetector#compare}) with those sharing at least two sentences. Sentences that many
 * indexed articles carry (an outlet's boilerplate) are skipped. Memory is bounded by the window.
 * Not thread-safe.
 */
public final class NearDuplicateIndex {

  private final WireCopyDetector detector;
  private final int window;
  private final int maxPostings;
  private final ArrayDeque<PassageFingerprint> recent = new ArrayDeque<>();
  private final Map<Long, List<PassageFingerprint>> bySentence = new HashMap<>();

  /**
   * @param window articles kept for comparison
   * @param maxPostings sentences in more kept articles than this are boilerplate, not evidence
   */
  public NearDuplicateIndex(WireCopyDetector detector, int window, int maxPostings) {
    if (window < 1 || maxPostings < 1) {
      throw new IllegalArgumentException("window and maxPostings must be >= 1");
    }
    this.detector = detector;
    this.window = window;
    this.maxPostings = maxPostings;
  }

  /** Compares the article with the window, then adds it; returns the pairs that share passages. */
  public List<WireCopyDetector.Pair> add(PassageFingerprint print) {
    Map<PassageFingerprint, int[]> shared = new HashMap<>();
    for (SentencePrint s : print.sentences) {
      List<PassageFingerprint> list = bySentence.get(s.hash());
      if (list == null || list.size() > maxPostings) {
        continue;
      }
      for (PassageFingerprint other : list) {
        shared.computeIfAbsent(other, k -> new int[1])[0]++;
      }
    }
    List<WireCopyDetector.Pair> pairs = new ArrayList<>();
    int needed = print.sentences.size() < 4 ? 1 : 2;
    List<PassageFingerprint> ordered = new ArrayList<>(shared.keySet());
    ordered.sort(java.util.Comparator.comparing(PassageFingerprint::articleId));
    for (PassageFingerprint other : ordered) {
      if (shared.get(other)[0] >= needed) {
        WireCopyDetector.Pair pair = detector.compare(other, print);
        if (pair != null) {
          pairs.add(pair);
        }
      }
    }
    recent.addLast(print);
    for (SentencePrint s : print.sentences) {
      List<PassageFingerprint> list = bySentence.computeIfAbsent(s.hash(), k -> new ArrayList<>(1));
      if (list.isEmpty() || list.get(list.size() - 1) != print) {
        list.add(print);
      }
    }
    if (recent.size() > window) {
      PassageFingerprint old = recent.removeFirst();
      for (SentencePrint s : old.sentences) {
        List<PassageFingerprint> list = bySentence.get(s.hash());
        if (list != null) {
          list.remove(old);
          if (list.isEmpty()) {
            bySentence.remove(s.hash());
          }
        }
      }
    }
    return pairs;
  }

  /** Articles held now. */
  public int size() {
    return recent.size();
  }
}
