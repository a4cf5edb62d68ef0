package org.lagebild.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lagebild.cli.eval.TimexEvaluator.GoldDocument;
import org.lagebild.cli.eval.TimexEvaluator.Scores;

class TimexEvaluatorTest {

  @Test
  void readsInlineTimex2AndScoresLenientStrictAndValues(@TempDir Path dir) throws IOException {
    Path keyinline = Files.createDirectories(dir.resolve("keyinline"));
    Files.writeString(keyinline.resolve("01_Test.key.xml"), """
        <DOC>
        <DATETIME> <TIMEX2 val="2011-02-16T17:00:00">2011-02-16T17:00:00</TIMEX2> </DATETIME>
        <TEXT>
        Am <TIMEX2 val="1939-09-01">1. September 1939</TIMEX2> begann der Krieg. \
        <TIMEX2 val="1939-09-03">Zwei Tage später</TIMEX2> folgte Frankreich. \
        Im <TIMEX2 val="1939-10">Oktober</TIMEX2> war es vorbei, <TIMEX2 val="PRESENT_REF">heute</TIMEX2> erinnert man sich. \
        Das geschah <TIMEX2 val="1940-SP">im Frühjahr</TIMEX2>.
        </TEXT>
        </DOC>
        """);
    List<GoldDocument> docs = TimexEvaluator.readWikiWars(dir);
    assertThat(docs).hasSize(1);
    GoldDocument doc = docs.get(0);
    assertThat(doc.timexes()).hasSize(5); // the creation time in the header is not text
    assertThat(doc.text().substring(doc.timexes().get(0).start(), doc.timexes().get(0).end()))
        .isEqualTo("1. September 1939");

    Scores s = TimexEvaluator.evaluate(docs);
    assertThat(s.gold()).isEqualTo(5);
    assertThat(s.lenient()).isEqualTo(5);
    // "im Frühjahr" is tagged as "Frühjahr": found, but not the exact span, and 1939 is the narrative's year.
    assertThat(s.strict()).isEqualTo(4);
    assertThat(s.valueLenient()).isEqualTo(4);
    assertThat(s.valueAccuracy()).isEqualTo(0.8);
  }

  @Test
  void newsLabelsThatDoNotMatchTheTextAreReportedAndDropped(@TempDir Path dir) throws IOException {
    Path corpus = dir.resolve("a.jsonl");
    Files.writeString(corpus, "{\"id\": \"x1\", \"published\": \"2022-01-19T10:00:00+01:00\","
        + " \"text\": \"Er kam am Montag. Danach nichts.\"}\n");
    Path labels = dir.resolve("labels.tsv");
    Files.writeString(labels, "articleId\tstart\tend\ttext\tvalue\n"
        + "x1\t0\t17\t*\tREGION\n"
        + "x1\t10\t16\tMontag\t2022-01-17\n"
        + "x1\t0\t2\tXX\t2022\n"
        + "missing\t0\t1\ta\tb\n");
    List<String> problems = new ArrayList<>();
    List<GoldDocument> docs = TimexEvaluator.readNewsLabels(labels, corpus, problems);

    assertThat(problems).hasSize(2);
    assertThat(docs.get(0).timexes()).hasSize(1);
    Scores s = TimexEvaluator.evaluate(docs);
    assertThat(s.valueStrict()).isEqualTo(1);
    assertThat(s.system()).isEqualTo(1);
  }
}
