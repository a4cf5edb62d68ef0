package org.lagebild.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lagebild.model.Article;
import org.lagebild.model.Rejection;

/**
 * Replays the inputs that once broke ingest (folder {@code broken/}). Each must end as articles or
 * rejections, never as an exception. The name says what is expected: {@code read-*} yields at
 * least one article, {@code reject-*} at least one rejection. Add a file whenever a new input
 * breaks something.
 */
class BrokenInputsTest {

  static Stream<Path> brokenInputs() throws IOException, URISyntaxException {
    Path folder = Path.of(BrokenInputsTest.class.getResource("broken").toURI());
    try (Stream<Path> files = Files.list(folder)) {
      return files.sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenInputs")
  void endsAsArticleOrRejection(Path input) {
    IngestResult result = new ArticleReader(IngestOptions.defaults()).readAll(List.of(input));
    String name = input.getFileName().toString();

    assertThat(result.articles().size() + result.rejected().size()).isPositive();
    for (Article article : result.articles()) {
      assertThat(article.text()).isNotBlank();
      assertThat(article.id()).isNotBlank();
      assertThat(article.source()).startsWith(input.toString());
    }
    for (Rejection rejection : result.rejected()) {
      assertThat(rejection.source()).startsWith(input.toString());
      assertThat(rejection.reason()).isNotBlank().doesNotContain("internal error");
    }
    if (name.startsWith("read-")) {
      assertThat(result.articles()).as("articles from %s", name).isNotEmpty();
    } else {
      assertThat(result.rejected()).as("rejections of %s", name).isNotEmpty();
    }
  }
}
