package org.lagebild.ingest;

import java.util.Locale;
import java.util.Map;

/** The input formats ingest understands, told apart by file extension (case-insensitive). */
enum InputFormat {
  /** {@code .txt}, {@code .md}: the whole file is one article's text. */
  TEXT,
  /** {@code .html}, {@code .htm}: one web page, main text extracted. */
  HTML,
  /** {@code .json}: one object, an array of objects, or a sequence of either. */
  JSON,
  /** {@code .jsonl}, {@code .ndjson}: one object a line. */
  JSON_LINES;

  private static final Map<String, InputFormat> BY_EXTENSION =
      Map.of(
          "txt", TEXT,
          "md", TEXT,
          "html", HTML,
          "htm", HTML,
          "json", JSON,
          "jsonl", JSON_LINES,
          "ndjson", JSON_LINES);

  /**
   * What a file name says.
   *
   * @param format the format, or {@code null} when unsupported
   * @param gzip whether the name ends in {@code .gz}
   * @param stem the name without {@code .gz} and without its last extension (the default id)
   * @param extension the extension as written, with its dot, or empty when there is none
   */
  record Detected(InputFormat format, boolean gzip, String stem, String extension) {}

  static Detected detect(String fileName) {
    String name = fileName;
    boolean gzip = name.toLowerCase(Locale.ROOT).endsWith(".gz") && name.length() > 3;
    if (gzip) {
      name = name.substring(0, name.length() - 3);
    }
    int dot = name.lastIndexOf('.');
    if (dot <= 0 || dot == name.length() - 1) {
      return new Detected(null, gzip, name, gzip ? ".gz" : "");
    }
    String extension = name.substring(dot);
    InputFormat format = BY_EXTENSION.get(extension.substring(1).toLowerCase(Locale.ROOT));
    return new Detected(format, gzip, name.substring(0, dot), extension + (gzip ? ".gz" : ""));
  }
}
