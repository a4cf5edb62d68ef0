package org.lagebild.model.dossier;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * @param variantCounts each variant with its number of mentions, overall and per outlet (empty
 *     where not computed)
 * @param derived words derived from the name ("russischen" for a country) that refer to it without
 *     naming it; not counted among the mentions
 * @param roleMentions role phrases without a name that the article makes refer to this person
 *     ("der Kremlchef" after "Kremlchef Erika Muster"); not counted among the mentions
 */
public record StoryEntity(
    String id,
    String name,
    String type,
    List<String> variants,
    List<String> roles,
    List<Mention> mentions,
    List<VariantCount> variantCounts,
    List<Mention> derived,
    List<Mention> roleMentions) {

  public static final List<String> TYPES = List.of("PER", "ORG", "LOC", "MISC");

  public StoryEntity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Lists.oneOf(type, "entity type", TYPES.toArray(String[]::new));
    variants = Lists.copy(variants);
    roles = Lists.copy(roles);
    mentions = Lists.copy(mentions);
    variantCounts = Lists.copy(variantCounts);
    derived = Lists.copy(derived);
    roleMentions = Lists.copy(roleMentions);
  }

  /** An entity without role mentions. */
  public StoryEntity(
      String id, String name, String type, List<String> variants, List<String> roles,
      List<Mention> mentions, List<VariantCount> variantCounts, List<Mention> derived) {
    this(id, name, type, variants, roles, mentions, variantCounts, derived, List.of());
  }

  /** An entity without variant counts and derived references. */
  public StoryEntity(
      String id, String name, String type, List<String> variants, List<String> roles,
      List<Mention> mentions) {
    this(id, name, type, variants, roles, mentions, List.of(), List.of(), List.of());
  }

  public StoryEntity withMentions(List<String> newVariants, List<Mention> newMentions) {
    return new StoryEntity(
        id, name, type, newVariants, roles, newMentions, variantCounts, derived, roleMentions);
  }

  public StoryEntity withVariantCounts(List<VariantCount> counts) {
    return new StoryEntity(
        id, name, type, variants, roles, mentions, counts, derived, roleMentions);
  }

  public StoryEntity withDerived(List<Mention> newDerived) {
    return new StoryEntity(
        id, name, type, variants, roles, mentions, variantCounts, newDerived, roleMentions);
  }

  /** The entity with these role mentions and these roles. */
  public StoryEntity withRoleMentions(List<String> newRoles, List<Mention> newRoleMentions) {
    return new StoryEntity(
        id, name, type, variants, newRoles, mentions, variantCounts, derived, newRoleMentions);
  }

  /** Where one article mentions the entity. */
  public record Mention(String articleId, int start, int end, String text) {
    public Mention {
      Objects.requireNonNull(articleId, "articleId");
      Objects.requireNonNull(text, "text");
      Lists.checkOffsets(start, end);
    }

    /**
     * Mentions in reading order: by their article's place in {@code articleOrder} (article id to
     * position; unknown ids first), then by offset.
     */
    public static Comparator<Mention> inArticleOrder(Map<String, Integer> articleOrder) {
      return Comparator.<Mention>comparingInt(m -> articleOrder.getOrDefault(m.articleId(), 0))
          .thenComparingInt(Mention::start);
    }
  }

  /**
   * One spelling and how often it occurs.
   *
   * @param outlets mentions per outlet, in order of first appearance ("unknown" for articles
   *     without an outlet)
   */
  public record VariantCount(String text, int count, Map<String, Integer> outlets) {
    public VariantCount {
      Objects.requireNonNull(text, "text");
      if (count < 0) {
        throw new IllegalArgumentException("count must be >= 0, was " + count);
      }
      outlets = outlets == null
          ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(outlets));
    }
  }
}
