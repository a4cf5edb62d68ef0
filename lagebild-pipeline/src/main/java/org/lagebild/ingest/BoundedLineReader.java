package org.lagebild.ingest;

import java.io.IOException;
import java.io.Reader;

/**
 * Splits a character stream into lines ({@code \n}, optionally preceded by {@code \r}) without ever
 * holding more than {@code maxChars} of one line: a longer line is counted and skipped, so that one
 * runaway record in a JSON Lines file cannot exhaust memory. Not thread-safe.
 */
final class BoundedLineReader {

  /**
   * One line.
   *
   * @param number 1-based line number
   * @param text the line without its terminator, or {@code null} when it was too long
   * @param length the line's length in characters
   */
  record Line(int number, String text, long length) {
    boolean overlong() {
      return text == null;
    }
  }

  private final Reader reader;
  private final long maxChars;
  private final char[] buffer = new char[64 * 1024];
  private final StringBuilder current = new StringBuilder();
  private int position;
  private int limit;
  private int lineNumber;
  private boolean ended;

  BoundedLineReader(Reader reader, long maxChars) {
    this.reader = reader;
    this.maxChars = maxChars;
  }

  /** The next line, or {@code null} at the end of the stream. */
  Line next() throws IOException {
    if (ended) {
      return null;
    }
    current.setLength(0);
    long length = 0;
    boolean overlong = false;
    while (true) {
      if (position == limit) {
        limit = reader.read(buffer, 0, buffer.length);
        position = 0;
        if (limit <= 0) {
          limit = 0;
          ended = true;
          if (length == 0) {
            return null;
          }
          return finish(length, overlong);
        }
      }
      int newline = -1;
      for (int i = position; i < limit; i++) {
        if (buffer[i] == '\n') {
          newline = i;
          break;
        }
      }
      int end = newline >= 0 ? newline : limit;
      int count = end - position;
      length += count;
      if (!overlong && length > maxChars) {
        overlong = true;
        current.setLength(0);
      }
      if (!overlong) {
        current.append(buffer, position, count);
      }
      position = end;
      if (newline >= 0) {
        position++;
        return finish(length, overlong);
      }
    }
  }

  private Line finish(long length, boolean overlong) {
    lineNumber++;
    if (overlong) {
      return new Line(lineNumber, null, length);
    }
    int end = current.length();
    if (end > 0 && current.charAt(end - 1) == '\r') {
      current.setLength(end - 1);
      length--;
    }
    return new Line(lineNumber, current.toString(), length);
  }
}
