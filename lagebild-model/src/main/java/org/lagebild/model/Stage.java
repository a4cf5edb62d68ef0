package org.lagebild.model;

import java.util.Set;

/**
 * One per-article analysis step. A stage takes an immutable document and returns a new one with the
 * layers it {@link #provides()}; it may read only the layers it {@link #requires()}. Implementations
 * are thread-safe after construction: one instance serves all worker threads.
 */
public interface Stage {

  /** Short name for messages and progress, e.g. {@code "noise"}. */
  String name();

  Set<Layer<?>> requires();

  Set<Layer<?>> provides();

  /**
   * Annotates one document. Bad text is data: a stage must not throw on odd input (empty, binary,
   * huge); it annotates what it can.
   */
  AnnotatedDocument process(AnnotatedDocument document);
}
