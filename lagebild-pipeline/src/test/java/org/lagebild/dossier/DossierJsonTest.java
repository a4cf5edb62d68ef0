package org.lagebild.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.lagebild.model.Noise;
import org.lagebild.model.dossier.Dossier;
import org.lagebild.model.dossier.DossierArticle;
import org.lagebild.model.dossier.PlaceLink;
import org.lagebild.model.dossier.Story;
import org.lagebild.model.dossier.StoryEntity;
import org.lagebild.stories.SeedFixtures;

class DossierJsonTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonSchema SCHEMA =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(DossierSchema.open());

  private static byte[] json(Dossier dossier) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new DossierJsonWriter().write(dossier, out);
    return out.toByteArray();
  }

  private static Set<ValidationMessage> validate(JsonNode node) {
    return SCHEMA.validate(node);
  }

  @Test
  void builderOutputOnInventedArticlesIsValid() throws IOException {
    JsonNode node = MAPPER.readTree(json(SampleDossiers.invented()));
    assertThat(validate(node)).isEmpty();
    assertThat(node.get("schema").asText()).isEqualTo("lagebild/dossier@1");
    assertThat(node.get("stories")).hasSize(3);
  }

  @Test
  void seedDossierWithEverySectionIsValidAndUsesTheContractNames() throws IOException {
    Path dir = SeedFixtures.seedsDir().orElse(null);
    Assumptions.assumeTrue(dir != null, "seeds folder (shared/seeds) not found; skipping");
    Dossier dossier = SampleDossiers.seedsWithSections(dir);

    JsonNode node = MAPPER.readTree(json(dossier));

    assertThat(validate(node)).isEmpty();
    JsonNode article = node.get("articles").get(0);
    assertThat(names(article)).contains("id", "source", "title", "outlet", "url", "language",
        "published", "publishedBasis", "text", "noise");
    assertThat(article.get("title").isNull()).isTrue();
    JsonNode story = node.get("stories").get(0);
    assertThat(names(story)).containsExactly("id", "title", "articleIds", "summary", "entities",
        "quotes", "timexes", "timeline", "sharedPassages", "discrepancies");
    assertThat(names(story.get("quotes").get(0))).containsExactly("id", "articleId", "start", "end",
        "text", "kind", "speaker", "cue", "groupId");
    assertThat(names(story.get("sharedPassages").get(0))).containsExactly("a", "b", "similarity");
    assertThat(names(story.get("entities").get(0)))
        .containsExactly("id", "name", "type", "variants", "roles", "mentions");
    // Offsets point into the text as written.
    for (JsonNode e : story.get("entities")) {
      for (JsonNode m : e.get("mentions")) {
        String text = textOf(node, m.get("articleId").asText());
        assertThat(text.substring(m.get("start").asInt(), m.get("end").asInt()))
            .isEqualTo(m.get("text").asText());
      }
    }
  }

  @Test
  void readerRestoresWhatTheWriterWrote() throws IOException {
    Dossier dossier = SampleDossiers.invented();
    Dossier back = new DossierJsonReader().read(new ByteArrayInputStream(json(dossier)));
    assertThat(back).isEqualTo(dossier);

    Path dir = SeedFixtures.seedsDir().orElse(null);
    if (dir != null) {
      Dossier full = SampleDossiers.seedsWithSections(dir);
      assertThat(new DossierJsonReader().read(new ByteArrayInputStream(json(full)))).isEqualTo(full);
    }
  }

  /** The invented dossier with variant counts, a derived reference and a role mention on its first entity. */
  static Dossier withEntityDetails() {
    Dossier d = SampleDossiers.invented();
    Story story = d.stories().get(0);
    List<StoryEntity> entities = new ArrayList<>(story.entities());
    StoryEntity e = entities.get(0);
    StoryEntity.Mention first = e.mentions().get(0);
    entities.set(0, e
        .withVariantCounts(List.of(new StoryEntity.VariantCount(first.text(), e.mentions().size(),
            java.util.Map.of("example.org", e.mentions().size()))))
        .withDerived(List.of(new StoryEntity.Mention(first.articleId(), first.start(), first.end(),
            first.text())))
        .withRoleMentions(e.roles(), List.of(new StoryEntity.Mention(
            first.articleId(), first.start(), first.end(), first.text()))));
    List<Story> stories = new ArrayList<>(d.stories());
    stories.set(0, story.withEntities(entities));
    return new Dossier(d.generated(), d.articles(), d.rejected(), stories);
  }

  @Test
  void variantCountsAndDerivedReferencesAreOptionalValidAndRoundTrip() throws IOException {
    Dossier dossier = withEntityDetails();
    JsonNode node = MAPPER.readTree(json(dossier));
    assertThat(validate(node)).isEmpty();
    JsonNode entity = node.get("stories").get(0).get("entities").get(0);
    assertThat(names(entity)).containsExactly("id", "name", "type", "variants", "roles", "mentions",
        "variantCounts", "derived", "roleMentions");
    assertThat(entity.get("variantCounts").get(0).get("outlets").get("example.org").asInt())
        .isPositive();
    assertThat(new DossierJsonReader().read(new ByteArrayInputStream(json(dossier))))
        .isEqualTo(dossier);

    // A dossier written before these fields existed still validates and reads.
    ((ObjectNode) entity).remove(List.of("variantCounts", "derived", "roleMentions"));
    assertThat(validate(node)).isEmpty();
    Dossier old = new DossierJsonReader().read(
        new ByteArrayInputStream(MAPPER.writeValueAsBytes(node)));
    assertThat(old.stories().get(0).entities().get(0).variantCounts()).isEmpty();
    assertThat(old.stories().get(0).entities().get(0).derived()).isEmpty();
    assertThat(old.stories().get(0).entities().get(0).roleMentions()).isEmpty();

    // A malformed count is refused by the schema.
    ((ObjectNode) entity).putArray("variantCounts").addObject().put("text", "x").put("count", -1);
    assertThat(validate(node)).isNotEmpty();
  }

  @Test
  void placesAreOptionalValidAndRoundTrip() throws IOException {
    Dossier d = SampleDossiers.invented();
    Story story = d.stories().get(0);
    String entity = story.entities().get(0).id();
    Story located =
        story.withPlaces(List.of(
            new PlaceLink(entity, PlaceLink.CITY, "CH", 2660646, "Genève", 46.2022, 6.1457),
            new PlaceLink(entity, PlaceLink.COUNTRY, "CH", 0, "Schweiz", 46.8, 8.2)));
    Dossier dossier = new Dossier(d.generated(), d.articles(), d.rejected(), List.of(located));
    JsonNode node = MAPPER.readTree(json(dossier));
    assertThat(validate(node)).isEmpty();
    JsonNode places = node.get("stories").get(0).get("places");
    assertThat(places.get(0).get("geonamesId").asLong()).isEqualTo(2660646);
    assertThat(places.get(1).has("geonamesId")).isFalse();
    assertThat(new DossierJsonReader().read(new ByteArrayInputStream(json(dossier))))
        .isEqualTo(dossier);

    // A story without places writes no field and reads back with none.
    assertThat(MAPPER.readTree(json(d)).get("stories").get(0).has("places")).isFalse();

    // A country that is not a two-letter code is refused by the schema.
    ((ObjectNode) places.get(0)).put("country", "Schweiz");
    assertThat(validate(node)).isNotEmpty();
  }

  @Test
  void readerRefusesAnotherSchema() {
    byte[] other = "{\"schema\":\"x@2\",\"articles\":[],\"rejected\":[],\"stories\":[]}"
        .getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> new DossierJsonReader().read(new ByteArrayInputStream(other)))
        .isInstanceOf(IOException.class).hasMessageContaining("x@2");
  }

  @Test
  void schemaRejectsABrokenDossier() throws IOException {
    ObjectNode good = (ObjectNode) MAPPER.readTree(json(SampleDossiers.invented()));
    assertThat(validate(good)).isEmpty();

    ObjectNode missingText = good.deepCopy();
    ((ObjectNode) missingText.get("articles").get(0)).remove("text");
    assertThat(validate(missingText)).anySatisfy(m -> assertThat(m.getMessage()).contains("text"));

    ObjectNode wrongType = good.deepCopy();
    ((ObjectNode) wrongType.get("stories").get(0).get("entities").get(0)).put("type", "PERSON");
    assertThat(validate(wrongType)).isNotEmpty();

    ObjectNode wrongBasis = good.deepCopy();
    ((ObjectNode) wrongBasis.get("articles").get(0)).put("publishedBasis", "guessed");
    assertThat(validate(wrongBasis)).isNotEmpty();

    ObjectNode negative = good.deepCopy();
    ObjectNode mention =
        (ObjectNode) negative.get("stories").get(0).get("entities").get(0).get("mentions").get(0);
    mention.put("start", -1);
    assertThat(validate(negative)).isNotEmpty();

    ObjectNode noStoryQuotes = good.deepCopy();
    ((ObjectNode) noStoryQuotes.get("stories").get(0)).remove("quotes");
    assertThat(validate(noStoryQuotes)).isNotEmpty();

    ObjectNode badQuote = good.deepCopy();
    ObjectNode quote = MAPPER.createObjectNode().put("id", "q1").put("articleId", "a").put("start", 0)
        .put("end", 3).put("text", "abc").put("kind", "paraphrase").putNull("speaker").putNull("cue")
        .putNull("groupId");
    ((ArrayNode) badQuote.get("stories").get(0).get("quotes")).add(quote);
    assertThat(validate(badQuote)).isNotEmpty();
    quote.put("kind", "indirect");
    assertThat(validate(badQuote)).isEmpty();

    ObjectNode wrongSchema = good.deepCopy().put("schema", "lagebild/dossier@0");
    assertThat(validate(wrongSchema)).isNotEmpty();
  }

  @Test
  void hostileTextSurvivesTheRoundTrip() throws IOException {
    String text = "\"quotes\" \\ </script> \u0000\u0007 \uD83D\uDE00 lone \uD800 end";
    DossierArticle a = new DossierArticle("h", "h", null, null, null, "de", null, "unknown", text,
        List.of(new Noise(0, 8, "markup")), null, null, null);
    Dossier d = new Dossier(null, List.of(a), List.of(), List.of());

    JsonNode node = MAPPER.readTree(json(d));

    assertThat(validate(node)).isEmpty();
    String back = node.get("articles").get(0).get("text").asText();
    assertThat(back).hasSameSizeAs(text).startsWith("\"quotes\" \\ </script> \u0000\u0007 \uD83D\uDE00");
    assertThat(back.charAt(text.indexOf('\uD800'))).isEqualTo('\uFFFD');
  }

  /** Streaming: 20,000 articles go out one by one without holding the output. */
  @Test
  void writesTwentyThousandArticlesAsAStream() throws IOException {
    String text = "Ein Absatz über ein Ereignis, mit Debris am Ende. ".repeat(40);
    Iterable<DossierArticle> articles = () -> new Iterator<>() {
      int i;

      @Override
      public boolean hasNext() {
        return i < 20_000;
      }

      @Override
      public DossierArticle next() {
        i++;
        return new DossierArticle("a" + i, "in/a" + i + ".txt", null, null, null, "de", null,
            "unknown", text, List.of(new Noise(0, 3, "markup")), 0.9, 300, 40);
      }
    };
    CountingStream out = new CountingStream();
    new DossierJsonWriter().write(Dossier.SCHEMA, null, articles, List.of(), List.of(), out);
    assertThat(out.count).isGreaterThan(20_000L * text.length());
  }

  private static final class CountingStream extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static String textOf(JsonNode dossier, String id) {
    for (JsonNode a : dossier.get("articles")) {
      if (a.get("id").asText().equals(id)) {
        return a.get("text").asText();
      }
    }
    throw new AssertionError("no article " + id);
  }
}
