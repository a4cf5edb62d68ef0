package org.lagebild.store;

import java.util.Map;

/**
 * The story grouping as of the last completed regrouping step: every article with a sequence up to
 * {@code throughSequence} that was grouped, mapped to its group key.
 */
public record GroupingState(long throughSequence, Map<String, String> groupOf) {
  public GroupingState {
    groupOf = Map.copyOf(groupOf);
  }
}
