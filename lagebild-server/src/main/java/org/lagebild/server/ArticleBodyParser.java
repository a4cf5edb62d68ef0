package org.lagebild.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.lagebild.ingest.ArticleReader;
import org.lagebild.ingest.IngestOptions;
import org.lagebild.ingest.IngestResult;
import org.lagebild.model.Article;
import org.lagebild.model.Rejection;
import org.lagebild.store.SqliteStore;

/**
 * Turns a request body (one JSON object, an array, or JSON Lines) into articles with the same reader
 * the command line uses, so field names and limits are the same everywhere. Records without an id get
 * one from their text, so posting the same id-less record twice stores it once.
 */
public final class ArticleBodyParser {

  private static final String STEM = "body";

  private final IngestOptions options;

  public ArticleBodyParser(IngestOptions options) {
    this.options = options;
  }

  /** Which reader format a Content-Type selects, or an error for anything else. */
  public static String extensionFor(String contentType) {
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).split(";")[0].strip();
    return switch (type) {
      case "application/json" -> "json";
      case "application/x-ndjson", "application/jsonl", "application/x-jsonlines",
          "application/jsonlines" -> "jsonl";
      default -> throw ApiException.unsupportedType(type);
    };
  }

  /**
   * Reads at most {@code maxBytes} from {@code body}; more is a 413 before anything is stored.
   *
   * @param origin how sources are labelled, e.g. {@code POST /api/articles}
   */
  public IngestResult parse(InputStream body, String extension, long maxBytes, String origin) {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("lagebild-post");
      Path file = dir.resolve(STEM + "." + extension);
      try (var out = Files.newOutputStream(file)) {
        byte[] buf = new byte[1 << 16];
        long total = 0;
        int n;
        while ((n = body.read(buf)) > 0) {
          total += n;
          if (total > maxBytes) {
            throw ApiException.tooLarge(maxBytes);
          }
          out.write(buf, 0, n);
        }
      }
      return relabel(new ArticleReader(options).readAll(List.of(file)), file.toString(), origin);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteQuietly(dir);
    }
  }

  /** Reads files (a watched folder's) and labels them by their own paths. */
  public IngestResult parseFiles(List<Path> files) {
    return new ArticleReader(options).readAll(files);
  }

  private static IngestResult relabel(IngestResult read, String tempPath, String origin) {
    List<Article> articles = new ArrayList<>();
    for (Article a : read.articles()) {
      String id = a.id();
      if (id.equals(STEM) || id.startsWith(STEM + "#")) {
        id = "sha-" + SqliteStore.contentHash(a.text()).substring(0, 16);
      }
      articles.add(
          new Article(id, a.source().replace(tempPath, origin), a.title(), a.outlet(), a.url(),
              a.language(), a.published(), a.author(), a.text()));
    }
    List<Rejection> rejected = new ArrayList<>();
    for (Rejection r : read.rejected()) {
      rejected.add(new Rejection(r.source().replace(tempPath, origin),
          r.reason().replace(tempPath, origin)));
    }
    return new IngestResult(articles, rejected);
  }

  private static void deleteQuietly(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A leftover temp file is harmless.
    }
  }
}
