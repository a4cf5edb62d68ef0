package org.lagebild.stories;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.lagebild.model.AnnotatedDocument;
import org.lagebild.model.Article;
import org.lagebild.model.PublicationDate;

/**
 * The customer's five example articles (read from the shared seeds folder, never copied into the
 * repository) with hand-prepared annotations: the names below were listed by reading the texts.
 * Tests using them skip when the folder is absent.
 */
public final class SeedFixtures {

  private SeedFixtures() {}

  public static final TestAnnotator ANNOTATOR =
      new TestAnnotator(
          List.of(
              TestAnnotator.per("Antony Blinken"), TestAnnotator.per("Anthony Blinken"),
              TestAnnotator.per("Blinken"), TestAnnotator.per("Annalena Baerbock"),
              TestAnnotator.per("Annalena Berbock"), TestAnnotator.per("Baerbock"),
              TestAnnotator.per("Berbock"), TestAnnotator.per("Olaf Scholz"),
              TestAnnotator.per("Scholz"), TestAnnotator.per("Jens Stoltenberg"),
              TestAnnotator.per("Stoltenberg"), TestAnnotator.per("Sergej Lawrow"),
              TestAnnotator.per("Lawrow"), TestAnnotator.per("Joe Biden"), TestAnnotator.per("Biden"),
              TestAnnotator.per("Wolodymyr Zelenskiy"), TestAnnotator.per("Wolodymyr Selenskyj"),
              TestAnnotator.per("Wolodymyr Zelenskij"), TestAnnotator.per("Zelenskiy"),
              TestAnnotator.per("Selenskyj"), TestAnnotator.per("Wladimir Putin"),
              TestAnnotator.per("Putin"), TestAnnotator.per("Dmytro Kuleba"),
              TestAnnotator.per("Kuleba"), TestAnnotator.per("Melanie Joly"),
              TestAnnotator.per("Jean-Yves Le Drian"), TestAnnotator.per("Liz Truss"),
              TestAnnotator.per("Maria Sacharowa"), TestAnnotator.per("Dmitri Peskow"),
              TestAnnotator.per("Peskow"), TestAnnotator.per("Victoria Nuland"),
              TestAnnotator.per("Nuland"), TestAnnotator.per("Alexei Zaitsev"),
              TestAnnotator.per("Samuel Charap"), TestAnnotator.per("Richard Weitz"),
              TestAnnotator.loc("Kiew"), TestAnnotator.loc("Berlin"), TestAnnotator.loc("Moskau"),
              TestAnnotator.loc("Genf"), TestAnnotator.loc("Ukraine"), TestAnnotator.loc("Russland"),
              TestAnnotator.loc("Russlands"), TestAnnotator.loc("Deutschland"),
              TestAnnotator.loc("Washington"), TestAnnotator.loc("Weißrussland"),
              TestAnnotator.loc("Europa"), TestAnnotator.loc("China"), TestAnnotator.loc("Peking"),
              TestAnnotator.loc("Frankreich"), TestAnnotator.loc("Großbritannien"),
              TestAnnotator.org("NATO"), TestAnnotator.org("Nato"), TestAnnotator.org("OSZE"),
              TestAnnotator.org("EU"), TestAnnotator.org("US-Außenministerium"),
              TestAnnotator.org("Kreml"), TestAnnotator.org("ARD"),
              TestAnnotator.org("RAND Research Corporation"), TestAnnotator.org("Hudson Institute"),
              TestAnnotator.misc("Nord Stream 2"), TestAnnotator.misc("Normandie-Format")),
          List.of(
              Pattern.compile("(?m)^h2 "),
              Pattern.compile("(?m)^ ?date \\d{4}-\\d{2} Avatar_\\S+ von .*$"),
              Pattern.compile("https?://\\S+")));

  /** The seeds folder: {@code LAGEBILD_SEEDS}, or {@code shared/seeds} above the working directory. */
  public static Optional<Path> seedsDir() {
    String env = System.getenv("LAGEBILD_SEEDS");
    if (env != null && Files.isDirectory(Paths.get(env))) {
      return Optional.of(Paths.get(env));
    }
    for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path candidate = p.resolve("shared").resolve("seeds");
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  public static List<Article> articles(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      List<Article> articles = new ArrayList<>();
      for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        String name = f.getFileName().toString();
        String text = Files.readString(f, StandardCharsets.UTF_8);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
          text = text.substring(1);
        }
        articles.add(Article.of(name.substring(0, name.length() - 4), text).withId(name.substring(0, name.length() - 4)));
      }
      return articles;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Annotated seeds. The one dpa piece carries a dateline ("19. Januar 2022, 19:14 Uhr"), entered
   * here by hand as its publication date; the others have none.
   */
  public static List<AnnotatedDocument> annotated(Path dir) {
    List<AnnotatedDocument> docs = new ArrayList<>();
    for (Article a : articles(dir)) {
      PublicationDate published =
          a.text().contains("19. Januar 2022, 19:14 Uhr")
              ? new PublicationDate("2022-01-19T19:14:00+01:00", "dateline")
              : PublicationDate.UNKNOWN;
      docs.add(ANNOTATOR.annotate(a, published));
    }
    return docs;
  }
}
