package org.lagebild.ingest;

/**
 * Limits for reading input, so that one oversized file cannot exhaust memory.
 *
 * @param maxFileBytes largest single-article file (plain text, HTML, one JSON object) read, in
 *     bytes after decompression; JSON Lines and JSON arrays are streamed, so there it bounds each
 *     record (in characters)
 * @param maxArticleChars longest article text accepted, in characters
 */
public record IngestOptions(long maxFileBytes, int maxArticleChars) {

  /** 20 MiB a file, 2,000,000 characters an article: far above any news article. */
  public static final long DEFAULT_MAX_FILE_BYTES = 20L * 1024 * 1024;

  public static final int DEFAULT_MAX_ARTICLE_CHARS = 2_000_000;

  public IngestOptions {
    if (maxFileBytes <= 0) {
      throw new IllegalArgumentException("maxFileBytes must be positive, was " + maxFileBytes);
    }
    if (maxArticleChars <= 0) {
      throw new IllegalArgumentException(
          "maxArticleChars must be positive, was " + maxArticleChars);
    }
  }

  public static IngestOptions defaults() {
    return new IngestOptions(DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_ARTICLE_CHARS);
  }
}
