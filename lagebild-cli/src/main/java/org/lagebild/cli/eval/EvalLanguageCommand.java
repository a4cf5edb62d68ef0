package org.lagebild.cli.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.lagebild.clean.NoiseDetector;
import org.lagebild.language.LanguageDetector;
import org.lagebild.language.LanguageIdentifier;
import org.lagebild.model.Article;
import org.lagebild.model.LanguageGuess;
import org.lagebild.model.Pipeline;
import org.lagebild.nlp.OpenNlpLanguageDetector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Measures language identification as the pipeline runs it (debris marked, then detected) on short
 * German sentences (GermEval 2014 test), long German articles (FANG-COVID) and the built-in short
 * sentences in six other languages, and prints accuracy and single-thread throughput per set.
 */
@Command(
    name = "language",
    mixinStandardHelpOptions = true,
    description = "Accuracy and throughput of language identification on short and long text.")
public final class EvalLanguageCommand implements Callable<Integer> {

  static final String MULTILINGUAL_RESOURCE = "multilingual-sentences.tsv";

  @Spec CommandSpec spec;

  @Option(
      names = "--germeval",
      description = "GermEval 2014 NER test file (tab-separated tokens). Default: ${DEFAULT-VALUE}",
      defaultValue = "../shared/data/germeval2014/NER-de-test.tsv")
  Path germeval;

  @Option(
      names = "--fang",
      description = "FANG-COVID articles (.jsonl.gz). Default: ${DEFAULT-VALUE}",
      defaultValue = "../shared/data/fang-covid/fang-covid-de-20k.jsonl.gz")
  Path fang;

  @Option(names = "--articles", description = "Long articles to read. Default: ${DEFAULT-VALUE}",
      defaultValue = "2000")
  int articleLimit;

  @Option(names = "--min-chars", description = "Shortest sentence kept. Default: ${DEFAULT-VALUE}",
      defaultValue = "60")
  int minChars;

  @Option(names = "--max-chars", description = "Longest sentence kept. Default: ${DEFAULT-VALUE}",
      defaultValue = "150")
  int maxChars;

  private LanguageDetector detector;

  public EvalLanguageCommand() {}

  /** Uses the given detector instead of loading the OpenNLP model (for tests of other detectors). */
  public EvalLanguageCommand(LanguageDetector detector) {
    this.detector = detector;
  }

  /** One labelled text. */
  record Sample(String language, String text) {}

  /** The outcome of one set. */
  record Score(String set, int total, int correct, double seconds, long chars, Map<String, Integer> wrong) {
    double accuracy() {
      return total == 0 ? 0 : (double) correct / total;
    }
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec != null ? spec.commandLine().getOut() : new PrintWriter(System.out, true);
    if (detector == null) {
      long start = System.nanoTime();
      detector = new OpenNlpLanguageDetector();
      out.printf(Locale.ROOT, "OpenNLP langdetect model loaded in %.1f s%n", (System.nanoTime() - start) / 1e9);
    }
    Pipeline pipeline = Pipeline.of(new NoiseDetector(), new LanguageIdentifier(detector));
    List<Score> scores = new ArrayList<>();
    if (Files.isRegularFile(germeval)) {
      scores.add(evaluate("germeval-de-short (" + minChars + "-" + maxChars + " chars)",
          readGermEval(germeval), pipeline));
    } else {
      out.println("skipped germeval: " + germeval + " not found (use --germeval PATH)");
    }
    if (Files.isRegularFile(fang)) {
      scores.add(evaluate("fang-covid-de-long", readFang(fang, articleLimit), pipeline));
    } else {
      out.println("skipped fang-covid: " + fang + " not found (use --fang PATH)");
    }
    List<Sample> multilingual = readMultilingual();
    scores.add(evaluate("multilingual-short (all)", multilingual, pipeline));
    Map<String, List<Sample>> byLanguage =
        multilingual.stream().collect(Collectors.groupingBy(Sample::language, TreeMap::new, Collectors.toList()));
    for (Map.Entry<String, List<Sample>> e : byLanguage.entrySet()) {
      scores.add(evaluate("multilingual-short " + e.getKey(), e.getValue(), pipeline));
    }
    out.printf(Locale.ROOT, "%-36s %7s %9s %10s %12s  %s%n", "set", "texts", "accuracy", "texts/s",
        "chars/s", "wrong answers");
    for (Score s : scores) {
      out.printf(Locale.ROOT, "%-36s %7d %9.4f %10.0f %12.0f  %s%n", s.set(), s.total(), s.accuracy(),
          s.total() / Math.max(s.seconds(), 1e-9), s.chars() / Math.max(s.seconds(), 1e-9), s.wrong());
    }
    out.flush();
    lastScores = List.copyOf(scores);
    return 0;
  }

  private List<Score> lastScores = List.of();

  /** The scores of the last run, for tests. */
  List<Score> scores() {
    return lastScores;
  }

  private static Score evaluate(String set, List<Sample> samples, Pipeline pipeline) {
    int correct = 0;
    long chars = 0;
    Map<String, Integer> wrong = new TreeMap<>();
    long start = System.nanoTime();
    int i = 0;
    for (Sample sample : samples) {
      LanguageGuess guess =
          pipeline.process(Article.of("eval-" + i++, sample.text())).get(LanguageIdentifier.LANGUAGE);
      chars += sample.text().length();
      if (guess.code().equals(sample.language())) {
        correct++;
      } else {
        wrong.merge(guess.code(), 1, Integer::sum);
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Score(set, samples.size(), correct, seconds, chars, wrong);
  }

  /** Sentences of the GermEval file, detokenised, within the length bounds. */
  List<Sample> readGermEval(Path file) throws IOException {
    List<Sample> samples = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        addSentence(tokens, samples);
        continue;
      }
      if (line.startsWith("#")) {
        continue;
      }
      String[] columns = line.split("\t");
      if (columns.length >= 2) {
        tokens.add(columns[1]);
      }
    }
    addSentence(tokens, samples);
    return samples;
  }

  private void addSentence(List<String> tokens, List<Sample> samples) {
    if (tokens.isEmpty()) {
      return;
    }
    String sentence = String.join(" ", tokens)
        .replaceAll(" ([.,;:!?)\\]])", "$1")
        .replaceAll("([(\\[„]) ", "$1");
    tokens.clear();
    if (sentence.length() >= minChars && sentence.length() <= maxChars) {
      samples.add(new Sample("de", sentence));
    }
  }

  static List<Sample> readFang(Path file, int limit) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<Sample> samples = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      String line;
      while (samples.size() < limit && (line = reader.readLine()) != null) {
        JsonNode node = mapper.readTree(line);
        String text = node.path("text").asText("");
        if (!text.isBlank()) {
          samples.add(new Sample("de", text));
        }
      }
    }
    return samples;
  }

  static List<Sample> readMultilingual() throws IOException {
    List<Sample> samples = new ArrayList<>();
    try (InputStream in = EvalLanguageCommand.class.getResourceAsStream(MULTILINGUAL_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + MULTILINGUAL_RESOURCE + " missing from the build");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\t", 2);
        if (parts.length == 2) {
          samples.add(new Sample(parts[0].strip(), parts[1].strip()));
        }
      }
    }
    return samples;
  }
}
