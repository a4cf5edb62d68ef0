package org.lagebild.quotes;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Groups the versions of one utterance carried by several articles. Two quotes are versions of each
 * other when most of the shorter one's content words (folded, cut to a stem) occur in the longer one
 * and no two different known speakers say them; translation drift ("pflegen" vs "verfolgen") leaves
 * most words alike. Candidates come from an inverted index that skips stems common to many quotes, so
 * a huge story is never compared all pairs against all.
 */
public final class QuoteGrouper {

  /** Stems shared by more quotes than this are too common to propose candidates. */
  static final int MAX_POSTINGS = 200;
  /** Share of the shorter quote's stems that must occur in the other. */
  static final double MIN_CONTAINMENT = 0.6;
  static final int MIN_SHARED = 3;
  /** A partial quote of a few words is not grouped with every long quote that contains them. */
  static final double MIN_OVERLAP_OF_LONGER = 0.25;
  static final int STEM_LENGTH = 6;

  private static final Set<String> STOPWORDS =
      Set.of("der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem",
          "einen", "und", "oder", "aber", "nicht", "auch", "mit", "von", "vom", "für", "auf", "aus",
          "bei", "nach", "über", "unter", "vor", "zum", "zur", "ist", "sind", "war", "waren", "wird",
          "werden", "wurde", "hat", "haben", "hatte", "sei", "seien", "dass", "daß", "sich", "wir",
          "ich", "sie", "er", "es", "uns", "unser", "unsere", "ihr", "ihre", "sein", "seine", "wie",
          "als", "wenn", "noch", "nur", "schon", "sehr", "dies", "diese", "dieser", "dieses", "kann",
          "können", "könnte", "würde", "würden", "zu", "im", "in", "an", "am", "um", "so", "man");

  /** One quote to group: its words and the speaker entity it was linked to ({@code null} if none). */
  public record Item(String articleId, String text, String speakerEntityId) {}

  private QuoteGrouper() {}

  /** The group number of each item (items alone in their group get their own number). */
  public static int[] group(List<Item> items) {
    int n = items.size();
    List<Set<String>> stems = new ArrayList<>(n);
    Map<String, List<Integer>> postings = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Set<String> s = stems(items.get(i).text());
      stems.add(s);
      for (String stem : s) {
        postings.computeIfAbsent(stem, k -> new ArrayList<>()).add(i);
      }
    }
    // The story's topic words (in a quarter of its quotes) say nothing about which utterance it is.
    int common = Math.max(4, n / 4);
    for (int i = 0; i < n; i++) {
      stems.get(i).removeIf(stem -> postings.get(stem).size() > common);
    }
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < n; i++) {
      Map<Integer, Integer> shared = new HashMap<>();
      for (String stem : stems.get(i)) {
        List<Integer> list = postings.get(stem);
        if (list.size() > Math.min(MAX_POSTINGS, common)) {
          continue;
        }
        for (int j : list) {
          if (j > i) {
            shared.merge(j, 1, Integer::sum);
          }
        }
      }
      for (Map.Entry<Integer, Integer> e : shared.entrySet()) {
        int j = e.getKey();
        if (same(items.get(i), items.get(j), stems.get(i), stems.get(j), e.getValue())) {
          union(parent, i, j);
        }
      }
    }
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = find(parent, i);
    }
    return out;
  }

  private static boolean same(Item a, Item b, Set<String> sa, Set<String> sb, int shared) {
    if (a.speakerEntityId() != null && b.speakerEntityId() != null
        && !a.speakerEntityId().equals(b.speakerEntityId())) {
      return false;
    }
    int smaller = Math.min(sa.size(), sb.size());
    if (smaller == 0) {
      return false;
    }
    int larger = Math.max(sa.size(), sb.size());
    if (shared < MIN_SHARED) {
      return false;
    }
    return shared >= MIN_CONTAINMENT * smaller && shared >= MIN_OVERLAP_OF_LONGER * larger;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    int ra = find(parent, a);
    int rb = find(parent, b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }

  /** Content-word stems: case and accents folded, stopwords and short words dropped, cut short. */
  static Set<String> stems(String text) {
    String folded =
        Normalizer.normalize(text.toLowerCase(Locale.ROOT).replace("ß", "ss"), Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "");
    Set<String> out = new LinkedHashSet<>();
    for (String w : folded.split("[^\\p{L}\\p{N}]+")) {
      if (w.length() < 3 || STOPWORDS.contains(w)) {
        continue;
      }
      out.add(w.length() > STEM_LENGTH ? w.substring(0, STEM_LENGTH) : w);
    }
    return new HashSet<>(out);
  }
}
