package org.lagebild.stories;

import java.util.List;
import java.util.Objects;

/** One story: its id ({@code s1}, {@code s2}, ...) and the ids of its articles, sorted. */
public record StoryGroup(String id, List<String> articleIds) {
  public StoryGroup {
    Objects.requireNonNull(id, "id");
    articleIds = List.copyOf(articleIds);
  }
}
