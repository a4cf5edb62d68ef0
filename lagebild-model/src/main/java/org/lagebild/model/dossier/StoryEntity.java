package org.lagebild.model.dossier;

import java.util.List;
import java.util.Objects;

/**
 * One real person, organisation, place or other named thing across a story's articles, whatever the
 * spelling.
 *
 * @param id unique within the story; quotes and timeline entries refer to it
 * @param name the display name (the most frequent surface form)
 * @param type {@code PER}, {@code ORG}, {@code LOC} or {@code MISC}
 * @param variants distinct surface forms seen
 * @param roles role phrases that refer to it (e.g. "der US-Außenminister")
 */
public record StoryEntity(
    String id,
    String name,
    String type,
    List<String> variants,
    List<String> roles,
    List<Mention> mentions) {

  public static final List<String> TYPES = List.of("PER", "ORG", "LOC", "MISC");

  public StoryEntity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Lists.oneOf(type, "entity type", TYPES.toArray(String[]::new));
    variants = Lists.copy(variants);
    roles = Lists.copy(roles);
    mentions = Lists.copy(mentions);
  }

  /** Where one article mentions the entity. */
  public record Mention(String articleId, int start, int end, String text) {
    public Mention {
      Objects.requireNonNull(articleId, "articleId");
      Objects.requireNonNull(text, "text");
      Lists.checkOffsets(start, end);
    }
  }
}
