package org.lagebild.store;

import java.util.List;

/**
 * One entity across all stories that name it.
 *
 * @param variants every spelling seen, over all stories
 * @param stories the stories naming it, newest first
 * @param mentions mentions over all stories
 */
public record EntityRecord(
    String id, String name, String type, List<String> variants, List<StoryListing> stories,
    int mentions) {
  public EntityRecord {
    variants = List.copyOf(variants);
    stories = List.copyOf(stories);
  }
}
