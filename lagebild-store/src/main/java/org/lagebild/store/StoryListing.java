package org.lagebild.store;

import java.util.List;

/** A story in a list: enough to show and link it. */
public record StoryListing(
    String id,
    String title,
    int articleCount,
    String firstPublished,
    String lastPublished,
    List<String> outlets,
    String updatedAt) {
  public StoryListing {
    outlets = List.copyOf(outlets);
  }
}
