package org.lagebild.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.lagebild.pipeline.ProgressListener;

/**
 * Progress on stderr: one self-overwriting line on a terminal (at most five updates a second), a
 * plain line every ten seconds when stderr is a file or pipe, so logs stay readable.
 */
final class ConsoleProgress implements ProgressListener {

  private final PrintStream out;
  private final boolean terminal;
  private final boolean quiet;
  private final long intervalNanos;
  private String phase = "";
  private long total = -1;
  private long phaseStart = System.nanoTime();
  private long lastPrint;
  private boolean lineOpen;

  ConsoleProgress(PrintStream out, boolean quiet) {
    this.out = out;
    this.terminal = System.console() != null;
    this.quiet = quiet;
    this.intervalNanos = terminal ? 200_000_000L : 10_000_000_000L;
  }

  @Override
  public synchronized void phase(String name, long total) {
    endLine();
    this.phase = name;
    this.total = total;
    this.phaseStart = System.nanoTime();
    this.lastPrint = phaseStart;
    if (!quiet) {
      out.println("lagebild: " + name + (total >= 0 ? " (" + total + ")" : "") + "...");
    }
  }

  @Override
  public synchronized void advanced(long done, long tokens) {
    long now = System.nanoTime();
    if (quiet || (now - lastPrint < intervalNanos && done != total)) {
      return;
    }
    lastPrint = now;
    double seconds = Math.max(1e-3, (now - phaseStart) / 1e9);
    double rate = done / seconds;
    StringBuilder line = new StringBuilder("  ").append(phase).append(' ').append(done);
    if (total > 0) {
      line.append('/').append(total)
          .append(String.format(Locale.ROOT, " (%.0f%%)", 100.0 * done / total));
    }
    line.append(String.format(Locale.ROOT, "  %.1f/s", rate));
    if (tokens > 0) {
      line.append(String.format(Locale.ROOT, "  %,.0f tokens/s", tokens / seconds));
    }
    if (total > 0 && done > 0 && done < total) {
      line.append("  ETA ").append(duration((long) ((total - done) / rate)));
    }
    if (terminal) {
      out.print("\r" + line + "   ");
      lineOpen = true;
      if (done == total) {
        endLine();
      }
    } else {
      out.println(line);
    }
  }

  @Override
  public synchronized void note(String message) {
    endLine();
    if (!quiet) {
      out.println("lagebild: " + message);
    }
  }

  @Override
  public synchronized void finished() {
    endLine();
  }

  private void endLine() {
    if (lineOpen) {
      out.println();
      lineOpen = false;
    }
  }

  static String duration(long seconds) {
    return seconds >= 3600
        ? String.format(Locale.ROOT, "%dh%02dm", seconds / 3600, (seconds % 3600) / 60)
        : seconds >= 60
            ? String.format(Locale.ROOT, "%dm%02ds", seconds / 60, seconds % 60)
            : seconds + "s";
  }
}
