package org.lagebild.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundedLineReaderTest {

  private static List<BoundedLineReader.Line> lines(String text, long max) throws IOException {
    BoundedLineReader reader = new BoundedLineReader(new StringReader(text), max);
    List<BoundedLineReader.Line> lines = new ArrayList<>();
    BoundedLineReader.Line line;
    while ((line = reader.next()) != null) {
      lines.add(line);
    }
    return lines;
  }

  @Test
  void splitsOnNewlinesAndDropsCarriageReturns() throws IOException {
    assertThat(lines("a\r\nbb\n\nccc", 100))
        .extracting(BoundedLineReader.Line::text)
        .containsExactly("a", "bb", "", "ccc");
  }

  @Test
  void trailingNewlineDoesNotMakeAnExtraLine() throws IOException {
    assertThat(lines("a\nb\n", 100)).hasSize(2);
    assertThat(lines("", 100)).isEmpty();
  }

  @Test
  void overlongLinesAreCountedButNotKept() throws IOException {
    String longLine = "x".repeat(200_000);
    List<BoundedLineReader.Line> lines = lines("kurz\n" + longLine + "\nwieder kurz\n", 1_000);
    assertThat(lines).extracting(BoundedLineReader.Line::number).containsExactly(1, 2, 3);
    assertThat(lines.get(1).overlong()).isTrue();
    assertThat(lines.get(1).length()).isEqualTo(200_000);
    assertThat(lines.get(2).text()).isEqualTo("wieder kurz");
  }

  @Test
  void lineSpanningManyBuffersIsJoined() throws IOException {
    String longLine = "ä".repeat(150_000);
    assertThat(lines(longLine + "\nende", 1_000_000))
        .extracting(BoundedLineReader.Line::text)
        .containsExactly(longLine, "ende");
  }
}
