package org.lagebild.cli.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Supplier;
import org.lagebild.cli.eval.GermEvalNerEvaluator.Counts;
import org.lagebild.cli.eval.GermEvalNerEvaluator.GoldSentence;
import org.lagebild.cli.eval.GermEvalNerEvaluator.Report;
import org.lagebild.entities.GermanEntityRefiner;
import org.lagebild.linguistics.LinguisticAnalyzer;
import org.lagebild.model.EntityMention;
import org.lagebild.nlp.CoreNlpGermanAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ./lagebild eval ner}: the product's German analyzer against GermEval 2014, printed beside
 * published scores. A measurement, not a test: it never fails on low scores.
 */
@Command(
    name = "ner",
    mixinStandardHelpOptions = true,
    description = {
      "Named-entity recognition on GermEval 2014 (strict span F1, outer spans; *deriv/*part count"
          + " as O; MISC scored as OTH), printed beside published references.",
      "Runs the same entity pipeline as ./lagebild analyze: the German analyzer (CoreNLP) and"
          + " GermanEntityRefiner; --raw scores CoreNLP alone."
    })
public final class EvalNerCommand implements Callable<Integer> {

  /** Published GermEval 2014 test scores (strict span F1) from ../shared/data/README.md. */
  static final Map<String, Double> CORENLP_REFERENCE =
      Map.of("PER", 0.829, "LOC", 0.782, "ORG", 0.612, "PER+LOC+ORG", 0.756, "all four", 0.689);

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "TSV",
      defaultValue = "../shared/data/germeval2014/NER-de-test.tsv",
      description = "GermEval 2014 file (default: ${DEFAULT-VALUE})")
  Path file;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "0",
      description = "only the first N sentences (0: all)")
  int limit;

  @Option(
      names = "--threads",
      paramLabel = "N",
      defaultValue = "1",
      description = "worker threads sharing one analyzer (default: ${DEFAULT-VALUE})")
  int threads;

  @Option(
      names = "--raw",
      description = "score the German analyzer's entities without GermanEntityRefiner")
  boolean raw;

  @Option(
      names = "--show-errors",
      paramLabel = "FILE",
      description =
          "write each sentence with an error to FILE: missed gold mentions (-) and wrong predictions (+)")
  Path errorsFile;

  private final Supplier<Function<String, List<EntityMention>>> recognizer;

  public EvalNerCommand() {
    this.recognizer = null;
  }

  /** For tests: a recognizer other than the product's analyzer. */
  EvalNerCommand(Supplier<Function<String, List<EntityMention>>> recognizer) {
    this.recognizer = recognizer;
  }

  /**
   * The product's entity pipeline on one text: analyzer, then the refiner over its tokens and
   * entities, exactly as LinguisticStage and GermanEntityRefiner run in ./lagebild analyze.
   */
  static Function<String, List<EntityMention>> productRecognizer(
      LinguisticAnalyzer analyzer, boolean refine) {
    return text -> {
      LinguisticAnalyzer.Result result = analyzer.analyze(text);
      return refine
          ? GermanEntityRefiner.refine(
                  text, result.tokens(), result.entities(), result.entityScores())
              .entities()
          : result.entities();
    };
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (threads < 1) {
      err.println("--threads must be at least 1");
      return 2;
    }
    if (!Files.isRegularFile(file)) {
      err.println(
          "GermEval 2014 file not found: " + file + " (see ../shared/data/README.md); skipped.");
      return 0;
    }
    List<GoldSentence> sentences = GermEvalNerEvaluator.read(file, limit);
    // The error file is opened before the models load, so that a bad path fails at once.
    Writer errors = null;
    if (errorsFile != null) {
      try {
        errors = Files.newBufferedWriter(errorsFile, StandardCharsets.UTF_8);
      } catch (IOException e) {
        String why =
            e instanceof java.nio.file.NoSuchFileException
                ? "its folder does not exist"
                : e instanceof java.nio.file.AccessDeniedException ? "permission denied" : e.getMessage();
        err.println("cannot write the error list to " + errorsFile + ": " + why);
        return 2;
      }
    }
    Report report;
    try (Writer closing = errors) {
      err.println("Loading the German analyzer ...");
      Function<String, List<EntityMention>> recognize =
          recognizer != null
              ? recognizer.get()
              : productRecognizer(new CoreNlpGermanAnalyzer(), !raw);
      err.printf(Locale.ROOT, "Tagging %d sentences on %d thread(s) ...%n", sentences.size(), threads);
      report = GermEvalNerEvaluator.evaluate(sentences, recognize, threads, closing);
    }
    if (errorsFile != null) {
      err.println("Errors written to " + errorsFile);
    }
    print(out, report);
    out.flush();
    return 0;
  }

  void print(PrintWriter out, Report report) {
    boolean test = file.getFileName().toString().contains("test");
    out.printf(Locale.ROOT, "GermEval 2014 NER: %s%n", file);
    out.printf(
        Locale.ROOT,
        "recognizer: %s%n",
        recognizer != null
            ? "supplied"
            : raw
                ? "CoreNLP 4.5.10 German CRF alone (--raw)"
                : "CoreNLP 4.5.10 German CRF + GermanEntityRefiner");
    out.printf(
        Locale.ROOT,
        "%d sentences, %d tokens; strict span match on outer spans, *deriv/*part as O, MISC as OTH%n%n",
        report.sentences(),
        report.tokens());
    out.printf(
        Locale.ROOT,
        "%-12s %7s %7s %7s %8s   %s%n",
        "class",
        "P",
        "R",
        "F1",
        "support",
        test ? "CoreNLP 4.5.10 German, published F1 (test)" : "(published references are for test)");
    for (String type : GermEvalNerEvaluator.TYPES) {
      row(out, type.equals("OTH") ? "OTH/MISC" : type, report.of(type), CORENLP_REFERENCE.get(type), test);
    }
    row(
        out,
        "PER+LOC+ORG",
        report.micro(List.of("PER", "LOC", "ORG")),
        CORENLP_REFERENCE.get("PER+LOC+ORG"),
        test);
    row(
        out,
        "all four",
        report.micro(GermEvalNerEvaluator.TYPES),
        CORENLP_REFERENCE.get("all four"),
        test);
    out.printf(
        Locale.ROOT,
        "%npredicted mentions not on gold token boundaries: %d%n",
        report.unaligned());
    out.printf(
        Locale.ROOT,
        "speed: %.0f tokens/s, %.1f sentences/s on %d thread(s) (%.1f s, models loaded beforehand)%n",
        report.tokensPerSecond(),
        report.sentencesPerSecond(),
        threads,
        report.seconds());
    out.println();
    out.println("Published references, GermEval 2014 test, strict span F1 (PER+LOC+ORG+OTH unless noted):");
    out.println("  CoreNLP 4.5.10 German CRF       0.756 PER+LOC+ORG, 0.689 all four");
    out.println("  GermEval 2014 best systems      about 0.75-0.76 (official nested metric)");
    out.println("  German BERT base                0.829");
    out.println("  GeistBERT                       0.885");
    out.println("  SpanMarker + GELECTRA-large     0.891");
  }

  private static void row(PrintWriter out, String name, Counts c, Double reference, boolean test) {
    out.printf(
        Locale.ROOT,
        "%-12s %7.3f %7.3f %7.3f %8d   %s%n",
        name,
        c.precision(),
        c.recall(),
        c.f1(),
        c.support(),
        test && reference != null ? String.format(Locale.ROOT, "%.3f", reference) : "");
  }
}
