package org.lagebild.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.lagebild.ingest.IngestResult;

/**
 * Ingests article files dropped into a folder (any format the command line reads). Polls rather than
 * relying on file-system events, which are lost on some mounts; a file is read once it has kept the
 * same size and time for one poll (so half-copied files wait), and again only if it changes. The
 * store's idempotency makes a re-read after a restart harmless.
 */
public final class FolderWatcher {

  private record Seen(long size, long modified) {}

  private final Path dir;
  private final ArticleBodyParser parser;
  private final IngestService ingest;
  private final Map<Path, Seen> pending = new HashMap<>();
  private final Map<Path, Seen> done = new HashMap<>();

  public FolderWatcher(Path dir, ArticleBodyParser parser, IngestService ingest) {
    this.dir = dir;
    this.parser = parser;
    this.ingest = ingest;
  }

  /** One poll; returns how many files were ingested. */
  public synchronized int poll() {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    List<Path> ready = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir, 8)) {
      for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        Seen now = new Seen(Files.size(p), Files.getLastModifiedTime(p).toMillis());
        if (now.equals(done.get(p))) {
          continue;
        }
        if (now.equals(pending.get(p))) {
          ready.add(p);
        } else {
          pending.put(p, now);
        }
      }
    } catch (IOException e) {
      System.err.println("lagebild: cannot list " + dir + ": " + e.getMessage());
      return 0;
    }
    if (ready.isEmpty()) {
      return 0;
    }
    IngestResult read = parser.parseFiles(ready);
    ingest.ingest(read.articles());
    read.rejected().forEach(r -> System.err.println("lagebild: skipped " + r.source() + ": " + r.reason()));
    for (Path p : ready) {
      done.put(p, pending.remove(p));
    }
    return ready.size();
  }
}
