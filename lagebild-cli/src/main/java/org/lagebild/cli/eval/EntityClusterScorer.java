package org.lagebild.cli.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Scores mentions grouped into entities against gold entities: mention detection by exact span,
 * and B-cubed (Bagga and Baldwin 1998) over the gold mentions. A gold mention the system did not
 * find is a singleton of its own on the system side; system mentions that are not gold mentions
 * only lower mention precision (the variant of Cai and Strube 2010 that keeps B-cubed about
 * grouping, with detection reported beside it).
 */
public final class EntityClusterScorer {

  private EntityClusterScorer() {}

  /**
   * A mention and its entity.
   *
   * @param cluster the gold entity id, or the system entity's id (unique across stories)
   */
  public record Mention(String articleId, int start, int end, String text, String cluster) {
    public Mention {
      Objects.requireNonNull(articleId, "articleId");
      Objects.requireNonNull(cluster, "cluster");
    }

    String span() {
      return articleId + "\u0000" + start + "\u0000" + end;
    }
  }

  /** Detection and B-cubed figures; F1 of two zeros is zero. */
  public record Scores(
      int gold, int system, int matched, double b3Precision, double b3Recall,
      long wrongLinks, long missedLinks) {

    public double mentionPrecision() {
      return system == 0 ? 0 : (double) matched / system;
    }

    public double mentionRecall() {
      return gold == 0 ? 0 : (double) matched / gold;
    }

    public double mentionF1() {
      return f1(mentionPrecision(), mentionRecall());
    }

    public double b3F1() {
      return f1(b3Precision, b3Recall);
    }

    private static double f1(double p, double r) {
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /** Scores {@code system} against {@code gold}; a repeated span counts once (its first entry). */
  public static Scores score(List<Mention> gold, List<Mention> system) {
    List<Mention> goldMentions = unique(gold);
    List<Mention> systemMentions = unique(system);
    Map<String, Mention> systemBySpan = new HashMap<>();
    systemMentions.forEach(m -> systemBySpan.put(m.span(), m));
    List<String> systemCluster = systemClusters(goldMentions, systemBySpan);
    int matched = 0;
    for (Mention g : goldMentions) {
      if (systemBySpan.containsKey(g.span())) {
        matched++;
      }
    }
    // Counts of gold mentions per (gold entity, system entity), per gold entity, per system entity.
    Map<String, Integer> both = new HashMap<>();
    Map<String, Integer> perGold = new HashMap<>();
    Map<String, Integer> perSystem = new HashMap<>();
    for (int i = 0; i < goldMentions.size(); i++) {
      String g = goldMentions.get(i).cluster();
      String s = systemCluster.get(i);
      both.merge(g + "\u0000" + s, 1, Integer::sum);
      perGold.merge(g, 1, Integer::sum);
      perSystem.merge(s, 1, Integer::sum);
    }
    double precision = 0;
    double recall = 0;
    for (int i = 0; i < goldMentions.size(); i++) {
      String g = goldMentions.get(i).cluster();
      String s = systemCluster.get(i);
      int overlap = both.get(g + "\u0000" + s);
      precision += (double) overlap / perSystem.get(s);
      recall += (double) overlap / perGold.get(g);
    }
    int n = goldMentions.size();
    long samePair = 0;
    for (int c : both.values()) {
      samePair += pairs(c);
    }
    long systemPairs = 0;
    for (int c : perSystem.values()) {
      systemPairs += pairs(c);
    }
    long goldPairs = 0;
    for (int c : perGold.values()) {
      goldPairs += pairs(c);
    }
    return new Scores(n, systemMentions.size(), matched, n == 0 ? 0 : precision / n,
        n == 0 ? 0 : recall / n, systemPairs - samePair, goldPairs - samePair);
  }

  /**
   * The grouping errors, one line each: system entities that join mentions of several gold
   * entities ("MERGED") and gold entities spread over several system entities or partly not found
   * ("SPLIT"), with the surfaces on each side.
   */
  public static List<String> errors(List<Mention> gold, List<Mention> system) {
    List<Mention> goldMentions = unique(gold);
    Map<String, Mention> systemBySpan = new HashMap<>();
    unique(system).forEach(m -> systemBySpan.put(m.span(), m));
    List<String> systemCluster = systemClusters(goldMentions, systemBySpan);
    Map<String, Map<String, Set<String>>> goldBySystem = new LinkedHashMap<>();
    Map<String, Map<String, Set<String>>> systemByGold = new LinkedHashMap<>();
    for (int i = 0; i < goldMentions.size(); i++) {
      Mention g = goldMentions.get(i);
      String s = systemBySpan.containsKey(g.span()) ? systemCluster.get(i) : "(not found)";
      goldBySystem.computeIfAbsent(s, k -> new LinkedHashMap<>())
          .computeIfAbsent(g.cluster(), k -> new LinkedHashSet<>()).add(g.text());
      systemByGold.computeIfAbsent(g.cluster(), k -> new LinkedHashMap<>())
          .computeIfAbsent(s, k -> new LinkedHashSet<>()).add(g.text());
    }
    List<String> lines = new ArrayList<>();
    goldBySystem.forEach((s, golds) -> {
      if (golds.size() > 1 && !s.equals("(not found)")) {
        lines.add("MERGED " + s + ": " + describe(golds));
      }
    });
    systemByGold.forEach((g, systems) -> {
      if (systems.size() > 1) {
        lines.add("SPLIT  " + g + ": " + describe(systems));
      }
    });
    lines.sort(Comparator.naturalOrder());
    return lines;
  }

  private static String describe(Map<String, Set<String>> parts) {
    List<String> out = new ArrayList<>();
    parts.forEach((k, surfaces) -> out.add(k + " " + surfaces));
    return String.join(" + ", out);
  }

  /** For each gold mention, the system entity it is in, or a singleton id when not found. */
  private static List<String> systemClusters(List<Mention> gold, Map<String, Mention> systemBySpan) {
    List<String> out = new ArrayList<>(gold.size());
    for (int i = 0; i < gold.size(); i++) {
      Mention s = systemBySpan.get(gold.get(i).span());
      out.add(s != null ? "sys\u0000" + s.cluster() : "missed\u0000" + i);
    }
    return out;
  }

  private static List<Mention> unique(List<Mention> mentions) {
    Map<String, Mention> bySpan = new LinkedHashMap<>();
    for (Mention m : mentions) {
      bySpan.putIfAbsent(m.span(), m);
    }
    return new ArrayList<>(bySpan.values());
  }

  private static long pairs(long n) {
    return n * (n - 1) / 2;
  }

  static String format(Scores s) {
    return String.format(Locale.ROOT, "%5d %5d %5d  %6.3f %6.3f %6.3f   %6.3f %6.3f %6.3f  %6d %6d",
        s.gold(), s.system(), s.matched(), s.mentionPrecision(), s.mentionRecall(), s.mentionF1(),
        s.b3Precision(), s.b3Recall(), s.b3F1(), s.wrongLinks(), s.missedLinks());
  }
}
