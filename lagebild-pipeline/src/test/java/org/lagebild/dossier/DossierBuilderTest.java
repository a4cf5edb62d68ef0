package org.lagebild.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.lagebild.linguistics.LinguisticStage;
import org.lagebild.model.AnnotatedDocument;
import org.lagebild.model.Article;
import org.lagebild.model.EntityMention;
import org.lagebild.model.dossier.Dossier;
import org.lagebild.model.dossier.DossierArticle;
import org.lagebild.model.dossier.Story;
import org.lagebild.model.dossier.StoryEntity;
import org.lagebild.stories.SeedFixtures;
import org.lagebild.stories.StoryGroup;

class DossierBuilderTest {

  private final DossierBuilder builder = new DossierBuilder();

  private static AnnotatedDocument doc(String id, String title, String text, EntityMention... ents) {
    return AnnotatedDocument.of(new Article(id, id + ".txt", title, null, null, null, null, null, text))
        .with(LinguisticStage.ENTITIES, List.of(ents));
  }

  private static EntityMention ent(String text, String in, String type) {
    int at = in.indexOf(text);
    return new EntityMention(at, at + text.length(), text, type);
  }

  @Test
  void mentionsAreGroupedByTypeAndFoldedTextWithTheGenitiveDropped() {
    String t1 = "Die NATO warnt Russland. Russlands Truppen stehen bereit.";
    String t2 = "Nato-Chef trifft Russlands Außenminister in Paris.";
    AnnotatedDocument d1 =
        doc("a", null, t1, ent("NATO", t1, "ORG"), ent("Russland", t1, "LOC"),
            new EntityMention(t1.indexOf("Russlands"), t1.indexOf("Russlands") + 9, "Russlands", "LOC"));
    AnnotatedDocument d2 =
        doc("b", null, t2, ent("Nato", t2, "ORGANIZATION"), ent("Russlands", t2, "LOC"),
            ent("Paris", t2, "LOC"));

    List<StoryEntity> entities =
        DossierBuilder.aggregateEntities(
            new StoryGroup("s1", List.of("a", "b")), Map.of("a", d1, "b", d2));

    assertThat(entities).extracting(StoryEntity::name).containsExactly("Russlands", "NATO", "Paris");
    StoryEntity russia = entities.get(0);
    assertThat(russia.type()).isEqualTo("LOC");
    assertThat(russia.variants()).containsExactly("Russlands", "Russland");
    assertThat(russia.mentions()).hasSize(3);
    assertThat(russia.mentions()).allSatisfy(m -> assertThat(
        (m.articleId().equals("a") ? t1 : t2).substring(m.start(), m.end())).isEqualTo(m.text()));
    assertThat(entities.get(1).variants()).containsExactly("NATO", "Nato");
    // "Paris" keeps its s: no "Pari" in the story.
    assertThat(entities.get(2).variants()).containsExactly("Paris");
    assertThat(entities).extracting(StoryEntity::id).doesNotHaveDuplicates()
        .allMatch(id -> id.matches("e[0-9a-f]{8}"));
    assertThat(DossierBuilder.entityId("LOC", "russland")).isEqualTo(russia.id());
  }

  @Test
  void titleComesFromTheArticleSharingMostEntitiesElseFromItsLead() {
    String t1 = "Scholz in Paris.";
    String t2 = "Scholz trifft Macron in Paris.";
    AnnotatedDocument d1 = doc("a", "Kurzmeldung", t1, ent("Scholz", t1, "PER"), ent("Paris", t1, "LOC"));
    AnnotatedDocument d2 =
        doc("b", "Scholz und Macron beraten in Paris", t2, ent("Scholz", t2, "PER"),
            ent("Macron", t2, "PER"), ent("Paris", t2, "LOC"));
    AnnotatedDocument d3 = doc("c", null, t2, ent("Scholz", t2, "PER"), ent("Paris", t2, "LOC"));
    StoryGroup group = new StoryGroup("s1", List.of("a", "b", "c"));

    Dossier titled = builder.build(List.of(d1, d2, d3), List.of(group), List.of(), null);
    assertThat(titled.stories().get(0).title()).isEqualTo("Scholz und Macron beraten in Paris");

    // Without headlines: the lead of the article sharing most entities, not a list of names.
    String t4 = "Olaf Brenner trifft Marie Lenz in Paris. Beide sprechen über die Grenze.";
    AnnotatedDocument u1 = doc("a", null, t1, ent("Scholz", t1, "PER"), ent("Paris", t1, "LOC"));
    AnnotatedDocument u2 = doc("d", null, t4, ent("Olaf Brenner", t4, "PER"),
        ent("Marie Lenz", t4, "PER"), ent("Paris", t4, "LOC"));
    AnnotatedDocument u3 = doc("e", null, "Marie Lenz und Olaf Brenner in Paris.",
        ent("Marie Lenz", "Marie Lenz und Olaf Brenner in Paris.", "PER"));
    Dossier untitled = builder.build(List.of(u1, u2, u3),
        List.of(new StoryGroup("s1", List.of("a", "d", "e"))), List.of(), null);
    assertThat(untitled.stories().get(0).title()).isEqualTo("Olaf Brenner trifft Marie Lenz in Paris");
  }

  @Test
  void aSectionFailingOnOneStoryLeavesThatSectionOutAndKeepsTheRest() {
    String t = "Die NATO tagt in Paris.";
    AnnotatedDocument d = doc("a", "Titel", t, ent("NATO", t, "ORG"));
    StorySection broken =
        new StorySection() {
          @Override
          public String name() {
            return "broken";
          }

          @Override
          public Story fill(Story story, List<AnnotatedDocument> documents) {
            throw new IllegalStateException("odd text");
          }
        };
    StorySection titled =
        new StorySection() {
          @Override
          public String name() {
            return "titled";
          }

          @Override
          public Story fill(Story story, List<AnnotatedDocument> documents) {
            return story.withTitle("after");
          }
        };
    Dossier dossier =
        new DossierBuilder(List.of(broken, titled))
            .build(List.of(d), List.of(new StoryGroup("s1", List.of("a"))), List.of(),
                new Dossier.Generated("test", "2026-01-01T00:00:00Z"));
    assertThat(dossier.stories()).singleElement().satisfies(s -> {
      assertThat(s.title()).isEqualTo("after");
      assertThat(s.entities()).extracting(StoryEntity::name).containsExactly("NATO");
    });
  }

  @Test
  void missingLayersAreTolerated() {
    Article article =
        new Article("x", "in/x.json#3", "Titel", "example.org", "https://example.org/x", "fr",
            "2024-05-01", null, "Un texte sans analyse.");
    AnnotatedDocument bare = AnnotatedDocument.of(article);

    Dossier dossier =
        builder.build(List.of(bare), List.of(new StoryGroup("s1", List.of("x"))), List.of(), null);

    DossierArticle a = dossier.articles().get(0);
    assertThat(a.language()).isEqualTo("fr");
    assertThat(a.published()).isEqualTo("2024-05-01");
    assertThat(a.publishedBasis()).isEqualTo("metadata");
    assertThat(a.noise()).isEmpty();
    assertThat(a.tokenCount()).isNull();
    assertThat(a.languageConfidence()).isNull();
    Story story = dossier.stories().get(0);
    assertThat(story.entities()).isEmpty();
    assertThat(story.title()).isEqualTo("Titel");
    assertThat(story.quotes()).isEmpty();

    AnnotatedDocument nothing = AnnotatedDocument.of(Article.of("y", "  Erste Worte des Textes  "));
    Dossier plain =
        builder.build(List.of(nothing), List.of(new StoryGroup("s1", List.of("y"))), List.of(), null);
    assertThat(plain.articles().get(0).language()).isEqualTo("und");
    assertThat(plain.articles().get(0).publishedBasis()).isEqualTo("unknown");
    assertThat(plain.stories().get(0).title()).isEqualTo("Erste Worte des Textes");
  }

  @Test
  void aGroupNamingAnUnknownArticleIsAProgrammingError() {
    assertThatThrownBy(
            () -> builder.build(List.of(), List.of(new StoryGroup("s1", List.of("nope"))), List.of(), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nope");
  }

  @Test
  void seedStoryCollectsOneEntityPerSpellingGroupAndATitleFromALead() {
    Path dir = SeedFixtures.seedsDir().orElse(null);
    Assumptions.assumeTrue(dir != null, "seeds folder (shared/seeds) not found; skipping");

    Dossier dossier = SampleDossiers.seeds(dir);

    Story seed = dossier.stories().get(0);
    assertThat(seed.articleIds()).hasSize(5);
    // No titles in the seeds: the title is the lead of one of them, cut to headline length.
    assertThat(seed.title().length()).isBetween(20, StoryTitler.MAX_CHARS + 2);
    String lead = seed.title().replaceAll("\u00A0…$", "");
    assertThat(dossier.articles()).anySatisfy(
        a -> assertThat(a.text().replaceAll("\\s+", " ")).contains(lead));
    StoryEntity top = seed.entities().get(0);
    assertThat(top.mentions().size())
        .isGreaterThanOrEqualTo(seed.entities().get(seed.entities().size() - 1).mentions().size());
    // Russland and Russlands are one entity; the noise line of the dpa piece is listed.
    assertThat(seed.entities()).filteredOn(e -> e.variants().contains("Russlands"))
        .singleElement().satisfies(e -> assertThat(e.variants()).contains("Russland"));
    assertThat(dossier.articles()).filteredOn(a -> !a.noise().isEmpty()).isNotEmpty();
    assertThat(dossier.articles()).filteredOn(a -> "dateline".equals(a.publishedBasis())).hasSize(1);
    System.out.println("seed story title: " + seed.title() + "; entities: "
        + seed.entities().stream().limit(8).map(e -> e.name() + "/" + e.mentions().size()).toList());
  }
}
