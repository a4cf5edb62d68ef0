package org.lagebild.store;

/**
 * Which stories to list, newest (by latest publication date) first. {@code null} fields do not
 * filter.
 *
 * @param from stories with an article published on or after this ISO date
 * @param to stories with an article published on or before this ISO date
 * @param entityId stories naming this store-wide entity id
 * @param outlet stories with an article from this outlet
 */
public record StoryFilter(String from, String to, String entityId, String outlet, int limit, int offset) {
  public static final int MAX_LIMIT = 500;

  public StoryFilter {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT + ", was " + limit);
    }
    if (offset < 0) {
      throw new IllegalArgumentException("offset must be >= 0, was " + offset);
    }
  }

  public static StoryFilter newest(int limit) {
    return new StoryFilter(null, null, null, null, limit, 0);
  }
}
