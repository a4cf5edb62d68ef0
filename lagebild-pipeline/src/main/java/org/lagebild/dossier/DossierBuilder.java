package org.lagebild.dossier;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lagebild.clean.NoiseDetector;
import org.lagebild.language.LanguageIdentifier;
import org.lagebild.linguistics.LinguisticStage;
import org.lagebild.model.AnnotatedDocument;
import org.lagebild.model.Article;
import org.lagebild.model.EntityMention;
import org.lagebild.model.LanguageGuess;
import org.lagebild.model.Noise;
import org.lagebild.model.PublicationDate;
import org.lagebild.model.Rejection;
import org.lagebild.model.dossier.Dossier;
import org.lagebild.model.dossier.DossierArticle;
import org.lagebild.model.dossier.Story;
import org.lagebild.model.dossier.StoryEntity;
import org.lagebild.stories.EntityKeys;
import org.lagebild.stories.StoryGroup;
import org.lagebild.time.PublicationDateInferrer;

/**
 * Assembles the dossier from analysed documents, story groups and rejections. Missing layers are
 * tolerated: an article without a language stage falls back to its declared language, one without
 * entities simply contributes none.
 *
 * <p>Entities are aggregated per story by a baseline rule (type plus case-folded text, genitive
 * "-s" dropped when the shorter form also occurs in the story); a dedicated entity stage replaces
 * it by passing its own entities to {@link #story(StoryGroup, Map, List)}.
 */
public final class DossierBuilder {

  private final List<StorySection> sections;

  /** A builder with the baseline story content only (articles, aggregated entities, title). */
  public DossierBuilder() {
    this(List.of());
  }

  /** A builder that applies {@code sections}, in order, to every story after the baseline. */
  public DossierBuilder(List<StorySection> sections) {
    this.sections = List.copyOf(sections);
  }

  /** The dossier for a batch; every group's article ids must be among {@code docs}. */
  public Dossier build(
      List<AnnotatedDocument> docs,
      List<StoryGroup> groups,
      List<Rejection> rejected,
      Dossier.Generated generated) {
    Map<String, AnnotatedDocument> byId = new LinkedHashMap<>();
    for (AnnotatedDocument doc : docs) {
      byId.putIfAbsent(doc.id(), doc);
    }
    List<DossierArticle> articles = new ArrayList<>(docs.size());
    for (AnnotatedDocument doc : docs) {
      articles.add(article(doc));
    }
    List<Story> stories = new ArrayList<>(groups.size());
    for (StoryGroup group : groups) {
      Story story = story(group, byId, aggregateEntities(group, byId));
      if (!sections.isEmpty()) {
        List<AnnotatedDocument> members = group.articleIds().stream().map(byId::get).toList();
        List<StoryEntity> baseline = story.entities();
        for (StorySection section : sections) {
          story = filled(section, story, members);
        }
        // An entity section merges spellings the baseline kept apart, so centrality is judged anew.
        if (!story.entities().equals(baseline)) {
          story = story.withTitle(title(group, byId, story.entities()));
        }
      }
      stories.add(story);
    }
    return new Dossier(generated, articles, rejected, stories);
  }

  private static final System.Logger LOG = System.getLogger(DossierBuilder.class.getName());

  /**
   * The story with one section filled; if the section fails on this story, the story as it was,
   * with a warning on the log: one story's odd text must not cost the batch its dossier.
   */
  static Story filled(StorySection section, Story story, List<AnnotatedDocument> members) {
    try {
      return section.fill(story, members);
    } catch (RuntimeException e) {
      LOG.log(
          System.Logger.Level.WARNING,
          "the " + section.name() + " section failed on story " + story.id() + " and was left out ("
              + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
      return story;
    }
  }

  /** The dossier entry for one document, from whichever layers it has. */
  public static DossierArticle article(AnnotatedDocument doc) {
    Article a = doc.article();
    LanguageGuess guess = doc.getOrDefault(LanguageIdentifier.LANGUAGE, null);
    String language =
        guess != null ? guess.code() : a.language() != null ? a.language() : LanguageGuess.UNDETERMINED;
    PublicationDate published = doc.getOrDefault(PublicationDateInferrer.PUBLISHED, null);
    if (published == null) {
      published =
          a.published() != null ? new PublicationDate(a.published(), "metadata") : PublicationDate.UNKNOWN;
    }
    List<Noise> noise = new ArrayList<>();
    for (Noise n : doc.getOrDefault(NoiseDetector.NOISE, List.<Noise>of())) {
      if (n.end() <= a.text().length()) {
        noise.add(n);
      }
    }
    Integer tokens =
        doc.has(LinguisticStage.TOKEN_COUNT)
            ? doc.get(LinguisticStage.TOKEN_COUNT)
            : doc.has(LinguisticStage.TOKENS) ? doc.get(LinguisticStage.TOKENS).size() : null;
    Integer sentences =
        doc.has(LinguisticStage.SENTENCES) ? doc.get(LinguisticStage.SENTENCES).size() : null;
    return new DossierArticle(
        a.id(),
        a.source(),
        a.title(),
        a.outlet(),
        a.url(),
        language,
        published.value(),
        published.basis(),
        a.text(),
        noise,
        guess != null ? guess.confidence() : null,
        tokens,
        sentences);
  }

  /** A story from its group and entities (baseline or from an entity stage), titled from both. */
  public Story story(
      StoryGroup group, Map<String, AnnotatedDocument> byId, List<StoryEntity> entities) {
    for (String id : group.articleIds()) {
      if (!byId.containsKey(id)) {
        throw new IllegalArgumentException(
            "story " + group.id() + " lists article '" + id + "' that is not in the batch");
      }
    }
    return Story.of(group.id(), title(group, byId, entities), group.articleIds(), entities);
  }

  /**
   * Baseline entity aggregation: mentions of all the story's articles grouped by type and folded
   * text; name is the most frequent surface form; entities sorted by mention count.
   */
  public static List<StoryEntity> aggregateEntities(
      StoryGroup group, Map<String, AnnotatedDocument> byId) {
    record Found(String articleId, int start, int end, String surface, String type, String key) {}
    List<Found> found = new ArrayList<>();
    for (String articleId : group.articleIds()) {
      AnnotatedDocument doc = byId.get(articleId);
      if (doc == null) {
        continue;
      }
      String text = doc.text();
      List<EntityMention> mentions =
          new ArrayList<>(doc.getOrDefault(LinguisticStage.ENTITIES, List.of()));
      mentions.sort(Comparator.comparingInt(EntityMention::start).thenComparingInt(EntityMention::end));
      for (EntityMention m : mentions) {
        if (m.end() > text.length() || m.end() == m.start()) {
          continue;
        }
        String surface = text.substring(m.start(), m.end());
        String key = EntityKeys.fold(surface);
        if (key.isEmpty()) {
          continue;
        }
        found.add(new Found(articleId, m.start(), m.end(), surface, EntityKeys.type(m.type()), key));
      }
    }
    Map<String, Set<String>> keysByType = new HashMap<>();
    for (Found f : found) {
      keysByType.computeIfAbsent(f.type(), t -> new HashSet<>()).add(f.key());
    }

    final class Group {
      final String type;
      final String key;
      final int firstSeen;
      final List<StoryEntity.Mention> mentions = new ArrayList<>();
      final Map<String, Integer> surfaces = new LinkedHashMap<>();

      Group(String type, String key, int firstSeen) {
        this.type = type;
        this.key = key;
        this.firstSeen = firstSeen;
      }
    }
    Map<String, Group> groups = new LinkedHashMap<>();
    for (int i = 0; i < found.size(); i++) {
      Found f = found.get(i);
      String key = EntityKeys.withoutGenitive(f.key(), keysByType.get(f.type()));
      int order = i;
      Group g = groups.computeIfAbsent(f.type() + "\u0000" + key, k -> new Group(f.type(), key, order));
      g.mentions.add(new StoryEntity.Mention(f.articleId(), f.start(), f.end(), f.surface()));
      g.surfaces.merge(f.surface(), 1, Integer::sum);
    }

    List<Group> ordered = new ArrayList<>(groups.values());
    ordered.sort(
        Comparator.<Group>comparingInt(g -> -g.mentions.size()).thenComparingInt(g -> g.firstSeen));
    Set<String> usedIds = new HashSet<>();
    List<StoryEntity> entities = new ArrayList<>(ordered.size());
    for (Group g : ordered) {
      List<String> variants = new ArrayList<>(g.surfaces.keySet());
      // Most frequent first; ties keep first appearance (LinkedHashMap order, stable sort).
      variants.sort(Comparator.comparingInt(v -> -g.surfaces.get(v)));
      String id = entityId(g.type, g.key);
      for (int k = 2; !usedIds.add(id); k++) {
        id = entityId(g.type, g.key) + "-" + k;
      }
      entities.add(new StoryEntity(id, variants.get(0), g.type, variants, List.of(), g.mentions));
    }
    return entities;
  }

  /** Stable across runs and batches: the same name and type get the same id in every story. */
  static String entityId(String type, String key) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest((type + "|" + key).getBytes(StandardCharsets.UTF_8));
      return "e" + HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }

  /** The story's title: see {@link StoryTitler}. */
  static String title(
      StoryGroup group, Map<String, AnnotatedDocument> byId, List<StoryEntity> entities) {
    return StoryTitler.title(group, byId, entities);
  }
}
