package org.lagebild.cli.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.lagebild.model.EntityMention;

/**
 * Strict span scoring of a named-entity recognizer on GermEval 2014 (NoSta-D). Only the outer
 * annotation column is used; {@code *deriv} and {@code *part} labels ("deutschen", "SPD-Fraktion")
 * count as O, as they are not entity names; predicted MISC is scored against OTH. Each sentence is
 * given to the recognizer as its tokens joined by single spaces; a predicted mention maps back to the
 * gold tokens its characters cover and matches a gold mention only if type and both token boundaries
 * agree.
 */
public final class GermEvalNerEvaluator {

  /** GermEval's outer classes, in report order. */
  public static final List<String> TYPES = List.of("PER", "LOC", "ORG", "OTH");

  /** A mention over gold tokens {@code [start, end)}. */
  public record Mention(int start, int end, String type) {}

  /** One annotated sentence. */
  public record GoldSentence(List<String> tokens, List<Mention> mentions) {
    public GoldSentence {
      tokens = List.copyOf(tokens);
      mentions = List.copyOf(mentions);
    }

    /** The text the recognizer sees. */
    public String text() {
      return String.join(" ", tokens);
    }
  }

  /** True positives, false positives and false negatives of one class or a micro-average. */
  public record Counts(long truePositives, long falsePositives, long falseNegatives) {
    public static final Counts ZERO = new Counts(0, 0, 0);

    public Counts plus(Counts o) {
      return new Counts(
          truePositives + o.truePositives,
          falsePositives + o.falsePositives,
          falseNegatives + o.falseNegatives);
    }

    public double precision() {
      long predicted = truePositives + falsePositives;
      return predicted == 0 ? 0 : (double) truePositives / predicted;
    }

    public double recall() {
      long gold = truePositives + falseNegatives;
      return gold == 0 ? 0 : (double) truePositives / gold;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Number of gold mentions. */
    public long support() {
      return truePositives + falseNegatives;
    }
  }

  /**
   * The outcome of one run.
   *
   * @param perType counts per class of {@link #TYPES}
   * @param unaligned predicted mentions that began or ended inside a gold token
   * @param seconds wall time spent in the recognizer
   */
  public record Report(
      Map<String, Counts> perType, int sentences, long tokens, long unaligned, double seconds) {

    public Report {
      perType = Map.copyOf(perType);
    }

    public Counts of(String type) {
      return perType.getOrDefault(type, Counts.ZERO);
    }

    /** Micro-average: counts summed over the given classes. */
    public Counts micro(Collection<String> types) {
      Counts sum = Counts.ZERO;
      for (String type : types) {
        sum = sum.plus(of(type));
      }
      return sum;
    }

    public double tokensPerSecond() {
      return seconds > 0 ? tokens / seconds : 0;
    }

    public double sentencesPerSecond() {
      return seconds > 0 ? sentences / seconds : 0;
    }
  }

  private GermEvalNerEvaluator() {}

  /** Reads at most {@code limit} sentences ({@code limit <= 0}: all) of a GermEval 2014 TSV file. */
  public static List<GoldSentence> read(Path tsv, int limit) throws IOException {
    try (BufferedReader reader = Files.newBufferedReader(tsv, StandardCharsets.UTF_8)) {
      return read(reader, limit);
    }
  }

  static List<GoldSentence> read(BufferedReader reader, int limit) throws IOException {
    List<GoldSentence> sentences = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    for (String line = reader.readLine(); ; line = reader.readLine()) {
      if (line == null || line.isBlank()) {
        if (!tokens.isEmpty()) {
          sentences.add(new GoldSentence(tokens, spans(labels)));
          tokens.clear();
          labels.clear();
          if (limit > 0 && sentences.size() >= limit) {
            break;
          }
        }
        if (line == null) {
          break;
        }
        continue;
      }
      if (line.startsWith("#")) {
        continue;
      }
      String[] columns = line.split("\t");
      if (columns.length < 3) {
        continue;
      }
      tokens.add(columns[1]);
      labels.add(columns[2]);
    }
    return sentences;
  }

  /** Gold mentions from outer BIO labels; an I- label that continues nothing opens a mention. */
  static List<Mention> spans(List<String> labels) {
    List<Mention> mentions = new ArrayList<>();
    String open = null;
    int start = 0;
    for (int i = 0; i <= labels.size(); i++) {
      String label = i < labels.size() ? labels.get(i) : "O";
      String type = goldType(label);
      boolean continues = type != null && type.equals(open) && label.startsWith("I-");
      if (open != null && !continues) {
        mentions.add(new Mention(start, i, open));
        open = null;
      }
      if (type != null && !continues) {
        open = type;
        start = i;
      }
    }
    return mentions;
  }

  private static String goldType(String label) {
    if (label.length() < 3 || !(label.startsWith("B-") || label.startsWith("I-"))) {
      return null;
    }
    String type = label.substring(2);
    return TYPES.contains(type) ? type : null;
  }

  private static String predictedType(String type) {
    return switch (type) {
      case "PER", "LOC", "ORG" -> type;
      case "MISC", "OTH" -> "OTH";
      default -> null;
    };
  }

  /** Predicted character spans as gold-token spans, and how many did not fall on token edges. */
  record Mapped(Set<Mention> mentions, int unaligned) {}

  static Mapped toTokens(List<String> tokens, List<EntityMention> predicted) {
    int[] starts = new int[tokens.size()];
    int[] ends = new int[tokens.size()];
    int offset = 0;
    for (int i = 0; i < tokens.size(); i++) {
      starts[i] = offset;
      ends[i] = offset + tokens.get(i).length();
      offset = ends[i] + 1;
    }
    Set<Mention> mentions = new HashSet<>();
    int unaligned = 0;
    for (EntityMention mention : predicted) {
      String type = predictedType(mention.type());
      if (type == null || mention.end() <= mention.start()) {
        continue;
      }
      int first = -1;
      int last = -1;
      for (int i = 0; i < tokens.size(); i++) {
        if (ends[i] > mention.start() && starts[i] < mention.end()) {
          if (first < 0) {
            first = i;
          }
          last = i;
        }
      }
      if (first < 0) {
        continue;
      }
      if (starts[first] != mention.start() || ends[last] != mention.end()) {
        unaligned++;
      }
      mentions.add(new Mention(first, last + 1, type));
    }
    return new Mapped(mentions, unaligned);
  }

  /**
   * Runs {@code recognizer} over every sentence on {@code threads} threads and scores the result.
   * The recognizer must be thread-safe when {@code threads > 1}.
   */
  public static Report evaluate(
      List<GoldSentence> sentences,
      Function<String, List<EntityMention>> recognizer,
      int threads)
      throws InterruptedException {
    return evaluate(sentences, recognizer, threads, null);
  }

  /** As {@link #evaluate(List, Function, int)}, also writing the errors to {@code errors} if given. */
  public static Report evaluate(
      List<GoldSentence> sentences,
      Function<String, List<EntityMention>> recognizer,
      int threads,
      Appendable errors)
      throws InterruptedException {
    List<List<EntityMention>> predictions = new ArrayList<>(sentences.size());
    long begin = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      List<Future<List<EntityMention>>> futures = new ArrayList<>(sentences.size());
      for (GoldSentence sentence : sentences) {
        String text = sentence.text();
        futures.add(pool.submit(() -> recognizer.apply(text)));
      }
      for (Future<List<EntityMention>> future : futures) {
        predictions.add(future.get());
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException("the recognizer failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
    double seconds = (System.nanoTime() - begin) / 1e9;
    if (errors != null) {
      try {
        writeErrors(sentences, predictions, errors);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return score(sentences, predictions, seconds);
  }

  /**
   * Writes, per sentence with an error, the missed gold mentions ({@code -}) and the wrong predictions
   * ({@code +}) as {@code TYPE [first,end) words}, each error class greppable.
   */
  public static void writeErrors(
      List<GoldSentence> sentences, List<List<EntityMention>> predictions, Appendable out)
      throws IOException {
    for (int s = 0; s < sentences.size(); s++) {
      GoldSentence sentence = sentences.get(s);
      Set<Mention> predicted = toTokens(sentence.tokens(), predictions.get(s)).mentions();
      Set<Mention> gold = new HashSet<>(sentence.mentions());
      List<String> lines = new ArrayList<>();
      errorLines(gold, predicted, "- ", sentence, lines);
      errorLines(predicted, gold, "+ ", sentence, lines);
      if (!lines.isEmpty()) {
        out.append("# ").append(Integer.toString(s + 1)).append(' ').append(sentence.text()).append('\n');
        for (String line : lines) {
          out.append(line).append('\n');
        }
      }
    }
  }

  /** Lines for the mentions of {@code these} missing from {@code others}, in token order. */
  private static void errorLines(
      Set<Mention> these, Set<Mention> others, String sign, GoldSentence sentence, List<String> lines) {
    these.stream()
        .filter(m -> !others.contains(m))
        .sorted(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end))
        .forEach(m -> lines.add(sign + describe(sentence, m)));
  }

  private static String describe(GoldSentence sentence, Mention m) {
    return m.type()
        + " ["
        + m.start()
        + ","
        + m.end()
        + ") "
        + String.join(" ", sentence.tokens().subList(m.start(), m.end()));
  }

  /** Scores given predictions (one list per sentence, in order). */
  static Report score(
      List<GoldSentence> sentences, List<List<EntityMention>> predictions, double seconds) {
    Map<String, long[]> counts = new LinkedHashMap<>();
    TYPES.forEach(type -> counts.put(type, new long[3]));
    long tokens = 0;
    long unaligned = 0;
    for (int s = 0; s < sentences.size(); s++) {
      GoldSentence sentence = sentences.get(s);
      tokens += sentence.tokens().size();
      Mapped mapped = toTokens(sentence.tokens(), predictions.get(s));
      unaligned += mapped.unaligned();
      Set<Mention> gold = new HashSet<>(sentence.mentions());
      for (Mention m : mapped.mentions()) {
        counts.get(m.type())[gold.contains(m) ? 0 : 1]++;
      }
      for (Mention m : gold) {
        if (!mapped.mentions().contains(m)) {
          counts.get(m.type())[2]++;
        }
      }
    }
    Map<String, Counts> perType = new LinkedHashMap<>();
    counts.forEach((type, c) -> perType.put(type, new Counts(c[0], c[1], c[2])));
    return new Report(perType, sentences.size(), tokens, unaligned, seconds);
  }
}
