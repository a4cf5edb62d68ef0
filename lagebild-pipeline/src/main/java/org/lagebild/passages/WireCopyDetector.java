package org.lagebild.passages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.lagebild.model.AnnotatedDocument;
import org.lagebild.model.dossier.Citation;
import org.lagebild.passages.PassageFingerprint.SentencePrint;

/**
 * Finds the passages articles share (wire copy): sentences are matched by exact hash of their
 * normalised words or by word-trigram Jaccard, consecutive matches are chained into passages, and
 * each passage is aligned word by word (longest common subsequence) to list the edits between the
 * versions. Pairs of articles are only compared when they share shingles (inverted index), never
 * all sentence pairs. Stateless and thread-safe.
 */
public final class WireCopyDetector {

  /**
   * @param minWords sentences shorter than this are ignored (datelines, captions, "Foto: dpa")
   * @param minSentenceSimilarity word-trigram Jaccard for two sentences to count as one wording
   * @param nearDuplicateCoverage both articles this much inside shared passages: near-duplicate
   * @param maxEdits edits listed per passage at most
   */
  public record Settings(int minWords, double minSentenceSimilarity, double nearDuplicateCoverage,
      int maxEdits) {
    public static final Settings DEFAULTS = new Settings(6, 0.5, 0.9, 40);

    public Settings {
      if (minWords < 2 || !(minSentenceSimilarity > 0 && minSentenceSimilarity <= 1)
          || !(nearDuplicateCoverage > 0 && nearDuplicateCoverage <= 1) || maxEdits < 0) {
        throw new IllegalArgumentException("invalid passage settings: " + this);
      }
    }
  }

  /** What a group of articles shares: passages (in article order) and per-pair overlaps. */
  public record Report(List<AlignedPassage> passages, List<ArticleOverlap> overlaps) {
    public Report {
      passages = List.copyOf(passages);
      overlaps = List.copyOf(overlaps);
    }
  }

  private static final int MAX_ALIGN_WORDS = 2000;

  private final Settings settings;

  public WireCopyDetector() {
    this(Settings.DEFAULTS);
  }

  public WireCopyDetector(Settings settings) {
    this.settings = settings;
  }

  public Settings settings() {
    return settings;
  }

  public PassageFingerprint fingerprint(AnnotatedDocument doc) {
    return PassageFingerprint.of(doc, settings.minWords());
  }

  /** Shared passages among a story's documents. */
  public Report detect(List<AnnotatedDocument> documents) {
    List<PassageFingerprint> prints = new ArrayList<>(documents.size());
    for (AnnotatedDocument d : documents) {
      prints.add(fingerprint(d));
    }
    return detectPrints(prints);
  }

  /** Shared passages among fingerprinted articles: candidate pairs through shared shingles. */
  public Report detectPrints(List<PassageFingerprint> prints) {
    Map<Integer, List<Integer>> byShingle = new HashMap<>();
    for (int d = 0; d < prints.size(); d++) {
      for (SentencePrint s : prints.get(d).sentences) {
        for (int sh : s.shingles()) {
          List<Integer> list = byShingle.computeIfAbsent(sh, k -> new ArrayList<>(2));
          if (list.isEmpty() || list.get(list.size() - 1) != d) {
            list.add(d);
          }
        }
      }
    }
    TreeMap<Long, int[]> shared = new TreeMap<>();
    for (List<Integer> docs : byShingle.values()) {
      for (int i = 0; i < docs.size(); i++) {
        for (int j = i + 1; j < docs.size(); j++) {
          shared.computeIfAbsent(((long) docs.get(i) << 32) | docs.get(j), k -> new int[1])[0]++;
        }
      }
    }
    List<AlignedPassage> passages = new ArrayList<>();
    List<ArticleOverlap> overlaps = new ArrayList<>();
    for (Map.Entry<Long, int[]> e : shared.entrySet()) {
      if (e.getValue()[0] < 3) {
        continue;
      }
      PassageFingerprint a = prints.get((int) (e.getKey() >>> 32));
      PassageFingerprint b = prints.get((int) (e.getKey() & 0xffffffffL));
      Pair pair = compare(a, b);
      if (pair != null) {
        passages.addAll(pair.passages);
        overlaps.add(pair.overlap);
      }
    }
    return new Report(passages, overlaps);
  }

  /** Passages and overlap of two articles, or {@code null} when they share none. */
  public Pair compare(PassageFingerprint a, PassageFingerprint b) {
    if (a.sentences.isEmpty() || b.sentences.isEmpty()) {
      return null;
    }
    int[] match = matchSentences(a, b);
    List<int[]> runs = new ArrayList<>();
    int i = 0;
    while (i < match.length) {
      if (match[i] < 0) {
        i++;
        continue;
      }
      int start = i;
      while (i + 1 < match.length && match[i + 1] == match[i] + 1) {
        i++;
      }
      runs.add(new int[] {start, i, match[start], match[i]});
      i++;
    }
    if (runs.isEmpty()) {
      return null;
    }
    List<AlignedPassage> passages = new ArrayList<>();
    int sharedA = 0;
    int sharedB = 0;
    for (int[] run : runs) {
      AlignedPassage p = align(a, b, run);
      passages.add(p);
      for (int x = run[0]; x <= run[1]; x++) {
        sharedA += a.sentences.get(x).words().length;
      }
      for (int y = run[2]; y <= run[3]; y++) {
        sharedB += b.sentences.get(y).words().length;
      }
    }
    int wordsA = wordsIn(a);
    int wordsB = wordsIn(b);
    double covA = wordsA == 0 ? 0 : Math.min(1, (double) sharedA / wordsA);
    double covB = wordsB == 0 ? 0 : Math.min(1, (double) sharedB / wordsB);
    ArticleOverlap.Kind kind = a.textHash == b.textHash && a.words == b.words
        ? ArticleOverlap.Kind.EXACT_DUPLICATE
        : covA >= settings.nearDuplicateCoverage() && covB >= settings.nearDuplicateCoverage()
            ? ArticleOverlap.Kind.NEAR_DUPLICATE
            : ArticleOverlap.Kind.SHARED_PASSAGES;
    int ownA = a.words - sharedA;
    int ownB = b.words - sharedB;
    String more = ownA == ownB ? null : ownA > ownB ? a.articleId : b.articleId;
    return new Pair(passages, new ArticleOverlap(a.articleId, b.articleId, covA, covB, kind, more));
  }

  /** Passages and overlap of one pair of articles. */
  public record Pair(List<AlignedPassage> passages, ArticleOverlap overlap) {}

  private static int wordsIn(PassageFingerprint p) {
    int n = 0;
    for (SentencePrint s : p.sentences) {
      n += s.words().length;
    }
    return n;
  }

  /** For each sentence of a, the best matching sentence of b, or -1. */
  private int[] matchSentences(PassageFingerprint a, PassageFingerprint b) {
    Map<Long, Integer> exact = new HashMap<>();
    Map<Integer, List<Integer>> byShingle = new HashMap<>();
    for (int j = 0; j < b.sentences.size(); j++) {
      SentencePrint s = b.sentences.get(j);
      exact.putIfAbsent(s.hash(), j);
      for (int sh : s.shingles()) {
        byShingle.computeIfAbsent(sh, k -> new ArrayList<>(1)).add(j);
      }
    }
    int[] match = new int[a.sentences.size()];
    Arrays.fill(match, -1);
    for (int i = 0; i < match.length; i++) {
      SentencePrint s = a.sentences.get(i);
      Integer same = exact.get(s.hash());
      if (same != null) {
        match[i] = same;
        continue;
      }
      Map<Integer, int[]> common = new TreeMap<>();
      for (int sh : s.shingles()) {
        List<Integer> js = byShingle.get(sh);
        if (js != null) {
          for (int j : js) {
            common.computeIfAbsent(j, k -> new int[1])[0]++;
          }
        }
      }
      double best = settings.minSentenceSimilarity();
      for (Map.Entry<Integer, int[]> e : common.entrySet()) {
        int inter = e.getValue()[0];
        int union = s.shingles().length + b.sentences.get(e.getKey()).shingles().length - inter;
        double jaccard = union == 0 ? 0 : (double) inter / union;
        if (jaccard >= best) {
          best = jaccard + 1e-12;
          match[i] = e.getKey();
        }
      }
    }
    return match;
  }

  /** Aligns a run of matched sentences word by word and lists the edits. */
  private AlignedPassage align(PassageFingerprint a, PassageFingerprint b, int[] run) {
    Words wa = words(a, run[0], run[1]);
    Words wb = words(b, run[2], run[3]);
    Citation ca = new Citation(a.articleId, a.sentences.get(run[0]).start(),
        a.sentences.get(run[1]).end());
    Citation cb = new Citation(b.articleId, b.sentences.get(run[2]).start(),
        b.sentences.get(run[3]).end());
    String longer = wa.size() == wb.size() ? "same" : wa.size() > wb.size() ? "a" : "b";
    if (wa.size() > MAX_ALIGN_WORDS || wb.size() > MAX_ALIGN_WORDS) {
      return new AlignedPassage(ca, cb, 1.0 - (double) Math.abs(wa.size() - wb.size())
          / Math.max(wa.size(), wb.size()), List.of(), longer);
    }
    int n = wa.size();
    int m = wb.size();
    int[][] lcs = new int[n + 1][m + 1];
    for (int x = n - 1; x >= 0; x--) {
      for (int y = m - 1; y >= 0; y--) {
        lcs[x][y] = wa.word(x).equals(wb.word(y))
            ? lcs[x + 1][y + 1] + 1 : Math.max(lcs[x + 1][y], lcs[x][y + 1]);
      }
    }
    double similarity = n + m == 0 ? 1 : 2.0 * lcs[0][0] / (n + m);
    List<PassageEdit> edits = new ArrayList<>();
    int x = 0;
    int y = 0;
    while (x < n || y < m) {
      if (x < n && y < m && wa.word(x).equals(wb.word(y))) {
        x++;
        y++;
        continue;
      }
      int x0 = x;
      int y0 = y;
      while ((x < n || y < m) && !(x < n && y < m && wa.word(x).equals(wb.word(y)))) {
        if (y >= m || (x < n && lcs[x + 1][y] >= lcs[x][y + 1])) {
          x++;
        } else {
          y++;
        }
      }
      if (edits.size() < settings.maxEdits()) {
        edits.add(edit(a.text, wa, x0, x, b.text, wb, y0, y));
      }
    }
    return new AlignedPassage(ca, cb, similarity, edits, longer);
  }

  private static PassageEdit edit(String textA, Words wa, int x0, int x1, String textB, Words wb,
      int y0, int y1) {
    int as = x0 < x1 ? wa.start(x0) : x0 < wa.size() ? wa.start(x0) : wa.end(wa.size() - 1);
    int ae = x0 < x1 ? wa.end(x1 - 1) : as;
    int bs = y0 < y1 ? wb.start(y0) : y0 < wb.size() ? wb.start(y0) : wb.end(wb.size() - 1);
    int be = y0 < y1 ? wb.end(y1 - 1) : bs;
    return new PassageEdit(as, ae, textA.substring(as, ae), bs, be, textB.substring(bs, be));
  }

  private static Words words(PassageFingerprint p, int from, int to) {
    List<SentencePrint> list = p.sentences.subList(from, to + 1);
    int n = 0;
    for (SentencePrint s : list) {
      n += s.words().length;
    }
    String[] words = new String[n];
    int[] starts = new int[n];
    int[] ends = new int[n];
    int k = 0;
    for (SentencePrint s : list) {
      for (int w = 0; w < s.words().length; w++) {
        words[k] = s.words()[w];
        starts[k] = s.wordStarts()[w];
        ends[k++] = s.wordEnds()[w];
      }
    }
    return new Words(words, starts, ends);
  }

  private record Words(String[] words, int[] starts, int[] ends) {
    int size() {
      return words.length;
    }

    String word(int i) {
      return words[i];
    }

    int start(int i) {
      return starts[i];
    }

    int end(int i) {
      return ends[i];
    }
  }
}
