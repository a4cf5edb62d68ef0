package org.lagebild.store;

import java.util.List;
import java.util.Objects;

/**
 * A story as kept by the store: listing fields, the entities it names (for filters and entity
 * pages), and its full content as an opaque JSON document written by the analysis side.
 *
 * @param firstPublished earliest known publication date of its articles (ISO 8601), or {@code null}
 * @param lastPublished latest known publication date, or {@code null}
 * @param json the story's dossier content; the store never looks inside
 */
public record StoredStory(
    String id,
    String title,
    List<String> articleIds,
    String firstPublished,
    String lastPublished,
    List<String> outlets,
    List<EntityRef> entities,
    String json,
    String updatedAt) {

  public StoredStory {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(json, "json");
    articleIds = List.copyOf(articleIds);
    outlets = List.copyOf(outlets);
    entities = List.copyOf(entities);
  }

  /**
   * One entity of a story under its store-wide id.
   *
   * @param id store-wide id derived from type and name, e.g. {@code per-anna-beispiel}
   * @param storyEntityId the id inside the story's JSON ({@code e3})
   * @param speaker whether the story quotes it
   */
  public record EntityRef(
      String id,
      String storyEntityId,
      String name,
      String type,
      List<String> variants,
      int mentions,
      boolean speaker) {
    public EntityRef {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(name, "name");
      variants = List.copyOf(variants);
    }
  }

  /** The listing entry, without the content. */
  public StoryListing listing() {
    return new StoryListing(id, title, articleIds.size(), firstPublished, lastPublished, outlets,
        updatedAt);
  }
}
