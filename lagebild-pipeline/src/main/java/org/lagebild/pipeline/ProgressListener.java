package org.lagebild.pipeline;

/** Receives progress of a long batch; implementations must be thread-safe. */
public interface ProgressListener {

  ProgressListener NONE = new ProgressListener() {};

  /** A phase starts; {@code total} is the number of units, or -1 if unknown. */
  default void phase(String name, long total) {}

  /** {@code done} units of the current phase are finished, {@code tokens} tokens seen so far. */
  default void advanced(long done, long tokens) {}

  /** A message worth a line of its own (e.g. a slow start-up step). */
  default void note(String message) {}

  default void finished() {}
}
