package org.lagebild.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lagebild.model.LanguageGuess;
import picocli.CommandLine;

class EvalLanguageCommandTest {

  private static Optional<Path> shared(String relative) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve("shared").resolve(relative))) {
        return Optional.of(dir.resolve("shared").resolve(relative));
      }
    }
    return Optional.empty();
  }

  @Test
  void runsStandaloneAndPrintsAccuracyPerSet() {
    EvalLanguageCommand command = new EvalLanguageCommand();
    StringWriter sw = new StringWriter();
    CommandLine cli = new CommandLine(command).setOut(new PrintWriter(sw, true));
    String germeval = shared("data/germeval2014/NER-de-test.tsv").map(Path::toString).orElse("absent.tsv");
    String fang = shared("data/fang-covid/fang-covid-de-20k.jsonl.gz").map(Path::toString).orElse("absent.gz");
    int rc = cli.execute("--germeval", germeval, "--fang", fang, "--articles", "300");
    System.out.println(sw);
    assertThat(rc).isZero();
    assertThat(sw.toString()).contains("multilingual-short (all)", "multilingual-short pl", "chars/s");
    var all = command.scores().stream().filter(s -> s.set().equals("multilingual-short (all)")).findFirst().orElseThrow();
    assertThat(all.total()).isEqualTo(90);
    assertThat(all.accuracy()).isGreaterThan(0.8);
    command.scores().stream().filter(s -> s.set().startsWith("fang")).findFirst()
        .ifPresent(s -> assertThat(s.accuracy()).isGreaterThan(0.95));
  }

  @Test
  void missingFilesAreSkippedWithAMessage() {
    StringWriter sw = new StringWriter();
    int rc = new CommandLine(new EvalLanguageCommand(text -> new LanguageGuess("de", 1, "detected")))
        .setOut(new PrintWriter(sw, true))
        .execute("--germeval", "no/such.tsv", "--fang", "no/such.gz");
    assertThat(rc).isZero();
    assertThat(sw.toString()).contains("skipped germeval", "skipped fang-covid", "multilingual-short pl");
  }
}
