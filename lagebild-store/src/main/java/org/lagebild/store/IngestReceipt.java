package org.lagebild.store;

import java.util.List;

/**
 * What one {@link LagebildStore#putArticles} call did, by article id. Putting the same article twice
 * is harmless: the second time it is {@code unchanged}.
 *
 * @param added new ids
 * @param updated known ids whose text changed (the article is replaced)
 * @param unchanged known ids with the same text, and texts already stored under another id
 */
public record IngestReceipt(List<String> added, List<String> updated, List<String> unchanged) {
  public IngestReceipt {
    added = List.copyOf(added);
    updated = List.copyOf(updated);
    unchanged = List.copyOf(unchanged);
  }

  /** Whether anything new needs analysis. */
  public boolean changedAnything() {
    return !added.isEmpty() || !updated.isEmpty();
  }
}
