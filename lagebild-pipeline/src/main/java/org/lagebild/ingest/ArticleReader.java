package org.lagebild.ingest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.lagebild.model.Article;
import org.lagebild.model.Rejection;

/**
 * Reads articles from files and folders: plain text and Markdown (the text exactly as decoded),
 * HTML pages (main text extracted), JSON and JSON Lines (Lagebild, news-please and trafilatura
 * field names), each optionally gzipped. Every input ends as articles or as a {@link Rejection}
 * with a reason; no input makes {@link #read} throw. Ids are unique within one read, exact text
 * repeats are rejected. Thread-safe: each read keeps its own state.
 */
public final class ArticleReader {

  private static final int STREAM_BUFFER = 64 * 1024;

  private final IngestOptions options;
  private final ObjectMapper json;
  private final ObjectReader jsonLine;

  public ArticleReader(IngestOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    long maxString = Math.max(options.maxFileBytes(), options.maxArticleChars()) + 1;
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxStringLength((int) Math.min(Integer.MAX_VALUE - 8, maxString))
                    .build())
            // Scrapers often write raw tabs and newlines inside strings; the text is still good.
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .build();
    this.json = JsonMapper.builder(factory).build();
    // A JSON Lines record is exactly one value: "{...} garbage" is a corrupt line, not a record.
    this.jsonLine =
        json.readerFor(JsonNode.class).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  /**
   * Streams every article found under the inputs (files and folders, recursively, sorted for
   * determinism) to the sink, and every input that could not be read as a rejection.
   */
  public void read(List<Path> inputs, IngestSink sink) {
    Objects.requireNonNull(inputs, "inputs");
    Objects.requireNonNull(sink, "sink");
    Batch batch = new Batch(sink);
    try {
      for (Path input : inputs) {
        readInput(Objects.requireNonNull(input, "input path"), batch);
      }
    } catch (SinkFailure failure) {
      throw failure.getCause();
    }
  }

  private void readInput(Path input, Batch batch) {
    if (Files.isDirectory(input)) {
      readFolder(input, batch);
    } else if (!Files.exists(input, LinkOption.NOFOLLOW_LINKS)) {
      batch.reject(input.toString(), "no such file or directory");
    } else if (!Files.exists(input)) {
      batch.reject(input.toString(), "broken symbolic link");
    } else if (!Files.isRegularFile(input)) {
      batch.reject(input.toString(), "not a regular file or folder");
    } else {
      readFile(input, batch);
    }
  }

  /** Reads everything into memory; for large batches prefer {@link #read(List, IngestSink)}. */
  public IngestResult readAll(List<Path> inputs) {
    List<Article> articles = new ArrayList<>();
    List<Rejection> rejected = new ArrayList<>();
    read(
        inputs,
        new IngestSink() {
          @Override
          public void article(Article article) {
            articles.add(article);
          }

          @Override
          public void rejected(Rejection rejection) {
            rejected.add(rejection);
          }
        });
    return new IngestResult(articles, rejected);
  }

  private void readFolder(Path folder, Batch batch) {
    record Entry(Path path, String problem) {}
    List<Entry> entries = new ArrayList<>();
    try {
      Files.walkFileTree(
          folder,
          EnumSet.noneOf(FileVisitOption.class),
          Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              return !dir.equals(folder) && hidden(dir)
                  ? FileVisitResult.SKIP_SUBTREE
                  : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (hidden(file)) {
                return FileVisitResult.CONTINUE;
              }
              if (attrs.isRegularFile() || (attrs.isSymbolicLink() && Files.isRegularFile(file))) {
                entries.add(new Entry(file, null));
              } else if (attrs.isSymbolicLink() && !Files.exists(file)) {
                entries.add(new Entry(file, "broken symbolic link"));
              } else if (!attrs.isSymbolicLink()) {
                entries.add(new Entry(file, "not a regular file"));
              }
              // Symbolic links to folders are not followed: they could form cycles.
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              entries.add(new Entry(file, "cannot read: " + describe(e)));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException | UncheckedIOException e) {
      batch.reject(folder.toString(), "cannot read folder: " + describe(e));
    }
    entries.sort(Comparator.comparing(entry -> entry.path().toString()));
    for (Entry entry : entries) {
      if (entry.problem() != null) {
        batch.reject(entry.path().toString(), entry.problem());
      } else {
        readFile(entry.path(), batch);
      }
    }
  }

  private static boolean hidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  private void readFile(Path file, Batch batch) {
    String source = file.toString();
    Path fileName = file.getFileName();
    InputFormat.Detected detected =
        InputFormat.detect(fileName == null ? source : fileName.toString());
    if (detected.format() == null) {
      batch.reject(
          source,
          detected.extension().isEmpty()
              ? "unsupported file type (no extension)"
              : "unsupported file type " + detected.extension().toLowerCase(Locale.ROOT));
      return;
    }
    int before = batch.articles;
    try {
      switch (detected.format()) {
        case TEXT, HTML -> readWholeFile(file, source, detected, batch);
        case JSON, JSON_LINES -> readJsonFile(file, source, detected, batch);
      }
    } catch (SinkFailure failure) {
      throw failure;
    } catch (IOException | UncheckedIOException e) {
      int read = batch.articles - before;
      batch.reject(
          source,
          "cannot read: "
              + describe(e)
              + (read > 0 ? String.format(Locale.ROOT, " (after %,d articles)", read) : ""));
    } catch (StackOverflowError e) {
      batch.reject(source, "cannot read: structure nested too deeply");
    } catch (RuntimeException e) {
      // A reader bug must cost one file, not the batch; the message says what to report.
      batch.reject(source, "cannot read: internal error " + e);
    }
  }

  private void readWholeFile(Path file, String source, InputFormat.Detected detected, Batch batch)
      throws IOException {
    long limit = options.maxFileBytes();
    byte[] bytes;
    if (!detected.gzip()) {
      long size = Files.size(file);
      if (size > limit) {
        batch.reject(source, tooLarge(size, limit));
        return;
      }
      bytes = Files.readAllBytes(file);
    } else {
      try (InputStream in = gunzip(Files.newInputStream(file))) {
        int cap = (int) Math.min(limit, Integer.MAX_VALUE - 16);
        bytes = in.readNBytes(cap + 1);
        if (bytes.length > cap) {
          batch.reject(
              source,
              String.format(
                  Locale.ROOT,
                  "decompressed content is over the limit of %,d bytes (maxFileBytes)",
                  limit));
          return;
        }
      }
    }
    if (bytes.length == 0) {
      batch.reject(source, "empty file");
      return;
    }
    boolean html = detected.format() == InputFormat.HTML;
    Charset declared = html ? TextDecoder.declaredHtmlCharset(bytes, bytes.length) : null;
    TextDecoder.Decoded decoded = TextDecoder.decode(bytes, bytes.length, declared);
    if (decoded.binaryReason() != null) {
      batch.reject(source, decoded.binaryReason());
      return;
    }
    String text = decoded.text();
    if (TextDecoder.isBlank(text)) {
      batch.reject(source, "empty file");
      return;
    }
    if (!html) {
      batch.offer(
          new Article(detected.stem(), source, null, null, null, null, null, null, text), "");
      return;
    }
    HtmlArticleExtractor.Extracted page = HtmlArticleExtractor.extract(text);
    if (TextDecoder.isBlank(page.text())) {
      batch.reject(
          source,
          "no article text found in HTML"
              + (page.title() != null ? " (title: " + abbreviate(page.title(), 80) + ")" : ""));
      return;
    }
    batch.offer(
        new Article(
            detected.stem(),
            source,
            page.title(),
            page.outlet(),
            page.url(),
            page.language(),
            page.published(),
            page.author(),
            page.text()),
        "");
  }

  private void readJsonFile(Path file, String source, InputFormat.Detected detected, Batch batch)
      throws IOException {
    InputStream raw = Files.newInputStream(file);
    try (InputStream in =
        detected.gzip() ? gunzip(raw) : new BufferedInputStream(raw, STREAM_BUFFER)) {
      in.mark(TextDecoder.SAMPLE_BYTES + 1);
      byte[] head = in.readNBytes(TextDecoder.SAMPLE_BYTES);
      in.reset();
      if (head.length == 0) {
        batch.reject(source, "empty file");
        return;
      }
      TextDecoder.Verdict verdict =
          TextDecoder.inspect(head, head.length, head.length < TextDecoder.SAMPLE_BYTES, null);
      if (verdict.binary()) {
        batch.reject(source, verdict.binaryReason());
        return;
      }
      in.skipNBytes(verdict.skip());
      Reader reader =
          new InputStreamReader(
              in,
              verdict
                  .charset()
                  .newDecoder()
                  .onMalformedInput(CodingErrorAction.REPLACE)
                  .onUnmappableCharacter(CodingErrorAction.REPLACE));
      if (detected.format() == InputFormat.JSON_LINES) {
        readJsonLines(reader, source, detected.stem(), batch);
      } else {
        readJsonDocument(reader, source, detected.stem(), batch);
      }
    }
  }

  private void readJsonLines(Reader reader, String source, String stem, Batch batch)
      throws IOException {
    BoundedLineReader lines = new BoundedLineReader(reader, options.maxFileBytes());
    boolean content = false;
    BoundedLineReader.Line line;
    while ((line = lines.next()) != null) {
      String recordSource = source + "#" + line.number();
      String prefix = "line " + line.number() + ": ";
      if (line.overlong()) {
        content = true;
        batch.reject(recordSource, prefix + tooLong(line.length(), options.maxFileBytes()));
        continue;
      }
      String text = line.text();
      if (TextDecoder.isBlank(text)) {
        continue;
      }
      content = true;
      JsonNode node;
      try {
        node = jsonLine.readValue(text);
      } catch (JacksonException e) {
        batch.reject(recordSource, prefix + "invalid JSON: " + describe(e));
        continue;
      }
      JsonArticleMapper.Mapped mapped =
          JsonArticleMapper.map(node, stem + "#" + line.number(), recordSource);
      if (mapped.article() == null) {
        batch.reject(recordSource, prefix + mapped.reason());
      } else {
        batch.offer(mapped.article(), prefix);
      }
    }
    if (!content) {
      batch.reject(source, "empty file");
    }
  }

  /**
   * A JSON file holds one object (the article, id from the file name), an array of objects or a
   * sequence of root values; records after the first are numbered ({@code file#2}).
   */
  private void readJsonDocument(Reader reader, String source, String stem, Batch batch)
      throws IOException {
    int records = 0;
    JsonParser parser = json.createParser(reader);
    try (parser) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.START_ARRAY) {
          while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token == null) {
              batch.reject(source, "invalid JSON: array not closed at end of file");
              return;
            }
            records++;
            jsonRecord(parser, source, stem, records, true, batch);
          }
        } else {
          records++;
          jsonRecord(parser, source, stem, records, records > 1, batch);
        }
      }
    } catch (JacksonException e) {
      // Limit violations (nesting depth, string length) carry no location; the parser knows it.
      JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
      String where =
          at == null
              ? ""
              : String.format(
                  Locale.ROOT, " at line %d, column %d", at.getLineNr(), at.getColumnNr());
      batch.reject(
          source,
          "invalid JSON"
              + where
              + ": "
              + describe(e)
              + (records > 1 ? String.format(Locale.ROOT, " (in record %d)", records) : ""));
      return;
    }
    if (records == 0) {
      batch.reject(source, "empty file");
    }
  }

  private void jsonRecord(
      JsonParser parser, String source, String stem, int number, boolean numbered, Batch batch)
      throws IOException {
    long start = parser.currentTokenLocation().getCharOffset();
    JsonNode node = parser.readValueAsTree();
    long length = parser.currentLocation().getCharOffset() - start;
    String recordSource = numbered ? source + "#" + number : source;
    String prefix = numbered ? "record " + number + ": " : "";
    if (start >= 0 && length > options.maxFileBytes()) {
      batch.reject(recordSource, prefix + tooLong(length, options.maxFileBytes()));
      return;
    }
    JsonArticleMapper.Mapped mapped =
        JsonArticleMapper.map(node, numbered ? stem + "#" + number : stem, recordSource);
    if (mapped.article() == null) {
      batch.reject(recordSource, prefix + mapped.reason());
    } else {
      batch.offer(mapped.article(), prefix);
    }
  }

  private static InputStream gunzip(InputStream raw) throws IOException {
    try {
      return new BufferedInputStream(
          new GZIPInputStream(new BufferedInputStream(raw, STREAM_BUFFER), STREAM_BUFFER),
          STREAM_BUFFER);
    } catch (IOException | RuntimeException e) {
      raw.close();
      throw e;
    }
  }

  private static String tooLarge(long size, long limit) {
    return String.format(
        Locale.ROOT,
        "file is %,d bytes, over the limit of %,d bytes (maxFileBytes)",
        size,
        limit);
  }

  private static String tooLong(long length, long limit) {
    return String.format(
        Locale.ROOT,
        "record is %,d characters, over the limit of %,d (maxFileBytes)",
        length,
        limit);
  }

  static String describe(Exception e) {
    if (e instanceof UncheckedIOException unchecked && unchecked.getCause() != null) {
      return describe(unchecked.getCause());
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NotDirectoryException) {
      return "not a folder";
    }
    if (e instanceof ZipException) {
      return "not valid gzip data (" + e.getMessage() + ")";
    }
    if (e instanceof EOFException) {
      return "data ends unexpectedly (truncated file?)";
    }
    if (e instanceof JacksonException jackson) {
      String message = jackson.getOriginalMessage();
      if (message == null) {
        message = jackson.getClass().getSimpleName();
      }
      int newline = message.indexOf('\n');
      message = newline >= 0 ? message.substring(0, newline) : message;
      return abbreviate(message.strip(), 200);
    }
    String message = e.getMessage();
    return message == null || message.isBlank()
        ? e.getClass().getSimpleName()
        : e.getClass().getSimpleName() + ": " + abbreviate(message, 200);
  }

  private static String abbreviate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  /** Sink failures are the caller's, not the input's: they leave read() unchanged. */
  private static final class SinkFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SinkFailure(RuntimeException cause) {
      super(cause);
    }

    @Override
    public synchronized RuntimeException getCause() {
      return (RuntimeException) super.getCause();
    }
  }

  /** The state of one read: limits, duplicate detection, counts. */
  private final class Batch {
    private final IngestSink sink;
    private final ArticleDeduplicator deduplicator = new ArticleDeduplicator();
    private int articles;

    Batch(IngestSink sink) {
      this.sink = sink;
    }

    void offer(Article article, String prefix) {
      int length = article.text().length();
      if (length > options.maxArticleChars()) {
        reject(
            article.source(),
            prefix
                + String.format(
                    Locale.ROOT,
                    "text has %,d characters, over the limit of %,d (maxArticleChars)",
                    length,
                    options.maxArticleChars()));
        return;
      }
      ArticleDeduplicator.Admission admission = deduplicator.admit(article);
      if (admission.article() == null) {
        reject(
            article.source(),
            prefix + "duplicate of " + admission.duplicateOf() + " (identical text)");
        return;
      }
      articles++;
      try {
        sink.article(admission.article());
      } catch (RuntimeException e) {
        throw new SinkFailure(e);
      }
    }

    void reject(String source, String reason) {
      try {
        sink.rejected(new Rejection(source, reason));
      } catch (RuntimeException e) {
        throw new SinkFailure(e);
      }
    }
  }
}
