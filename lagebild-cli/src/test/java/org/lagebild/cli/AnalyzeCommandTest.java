package org.lagebild.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end through the real command line with the real models: the dossier is schema-valid, every
 * offset points into its article, and bad inputs are listed while the rest of the batch goes on.
 */
class AnalyzeCommandTest {

  static final Path SEEDS = Path.of("../../shared/seeds");

  @Test
  void seedsGiveACompleteSchemaValidDossier(@TempDir Path out) throws Exception {
    assumeTrue(Files.isDirectory(SEEDS), "../shared/seeds not present; skipping");
    int exit = Main.commandLine().execute("analyze", "--quiet", "--out", out.toString(), SEEDS.toString());
    assertThat(exit).isZero();

    JsonNode dossier = new ObjectMapper().readTree(out.resolve("dossier.json").toFile());
    assertSchemaValid(dossier);
    assertThat(dossier.get("articles")).hasSize(5);
    Set<String> storyArticles = new HashSet<>();
    dossier.get("stories").forEach(s -> s.get("articleIds").forEach(id -> storyArticles.add(id.asText())));
    for (JsonNode article : dossier.get("articles")) {
      String text = article.get("text").asText();
      String id = article.get("id").asText();
      assertThat(text).isEqualTo(Files.readString(SEEDS.resolve(id + ".txt"), StandardCharsets.UTF_8));
      assertThat(article.get("language").asText()).as(id).isEqualTo("de");
      assertThat(article.get("published").isNull()).as("published of %s", id).isFalse();
      assertThat(article.get("publishedBasis").asText()).as(id).isNotEqualTo("unknown");
      for (JsonNode noise : article.get("noise")) {
        assertThat(noise.get("end").asInt()).isLessThanOrEqualTo(text.length());
      }
      assertThat(storyArticles).contains(id);
    }
    assertThat(dossier.at("/articles").findValues("noise").stream().mapToInt(JsonNode::size).sum())
        .as("the seeds carry scraping debris")
        .isPositive();

    JsonNode entities = dossier.at("/stories/0/entities");
    assertThat(entities.size()).isGreaterThan(5);
    for (JsonNode story : dossier.get("stories")) {
      for (JsonNode entity : story.get("entities")) {
        for (JsonNode m : entity.get("mentions")) {
          String text = articleText(dossier, m.get("articleId").asText());
          assertThat(text.substring(m.get("start").asInt(), m.get("end").asInt()))
              .isEqualTo(m.get("text").asText());
        }
      }
    }
    String html = Files.readString(out.resolve("index.html"));
    assertThat(html).startsWith("<!DOCTYPE html>").doesNotContain("http://", "https://cdn");
  }

  @Test
  void badInputsAreListedAndTheRestIsAnalysed(@TempDir Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("good.txt"),
        "Berlin. Die Bundesregierung hat am Montag neue Hilfen beschlossen. Finanzminister"
            + " Christian Lindner sagte, das Paket sei solide finanziert.");
    Files.write(in.resolve("empty.txt"), new byte[0]);
    Files.write(in.resolve("binary.txt"), new byte[] {0x50, 0x4b, 3, 4, 0, 0, 0, 0, (byte) 0xff, 0, 1});
    Files.write(in.resolve("latin1.txt"),
        "Die Stadt München plant für Straßen größere Ausgaben, sagte der Bürgermeister."
            .getBytes(Charset.forName("windows-1252")));
    Files.writeString(in.resolve("broken.html"),
        "<html><head><title>Haushalt</title><body><article><p>Der Landtag in Düsseldorf berät"
            + " über den Haushalt.<p>Die Opposition kritisiert die Pläne <b>scharf");
    Files.writeString(in.resolve("mixed.jsonl"),
        "{\"id\":\"a1\",\"text\":\"Der Bundestag debattiert heute über die Rente.\"}\n"
            + "{\"id\":\"a2\",\"text\": broken\n"
            + "{\"id\":\"a3\",\"maintext\":\"Die Polizei in Hamburg meldet einen Großeinsatz.\","
            + "\"date_publish\":\"2021-03-04 10:00:00\",\"source_domain\":\"example.org\"}\n");
    try (var gz = new GZIPOutputStream(Files.newOutputStream(in.resolve("packed.txt.gz")))) {
      gz.write("Der Rat der Stadt Köln hat den Plan gebilligt.".getBytes(StandardCharsets.UTF_8));
    }
    Path out = dir.resolve("out");

    int exit = Main.commandLine().execute("analyze", "--quiet", "--out", out.toString(), in.toString());

    assertThat(exit).isZero();
    JsonNode dossier = new ObjectMapper().readTree(out.resolve("dossier.json").toFile());
    assertSchemaValid(dossier);
    Set<String> ids = new HashSet<>();
    dossier.get("articles").forEach(a -> ids.add(a.get("id").asText()));
    assertThat(ids).contains("good", "latin1", "broken", "a1", "a3", "packed");
    assertThat(articleText(dossier, "latin1")).contains("München", "Straßen", "größere");
    Set<String> rejected = new HashSet<>();
    dossier.get("rejected").forEach(r -> rejected.add(r.get("source").asText()));
    assertThat(rejected).anyMatch(s -> s.endsWith("empty.txt"))
        .anyMatch(s -> s.endsWith("binary.txt"))
        .anyMatch(s -> s.contains("mixed.jsonl"));
    dossier.get("rejected").forEach(r -> assertThat(r.get("reason").asText()).isNotBlank());
  }

  @Test
  void nothingAnalysableGivesExitStatusOne(@TempDir Path dir) throws Exception {
    Files.write(dir.resolve("empty.txt"), new byte[0]);
    int exit = Main.commandLine()
        .execute("analyze", "--quiet", "--out", dir.resolve("out").toString(), dir.toString());
    assertThat(exit).isEqualTo(1);
  }

  @Test
  void misuseGivesExitStatusTwo() {
    assertThat(Main.commandLine().execute("analyze")).isEqualTo(2);
    assertThat(Main.commandLine().execute("analyze", "--threads", "x", "in")).isEqualTo(2);
  }

  private static String articleText(JsonNode dossier, String id) {
    for (JsonNode a : dossier.get("articles")) {
      if (a.get("id").asText().equals(id)) {
        return a.get("text").asText();
      }
    }
    throw new AssertionError("no article " + id);
  }

  static void assertSchemaValid(JsonNode dossier) throws Exception {
    try (InputStream schema =
        AnalyzeCommandTest.class.getResourceAsStream("/org/lagebild/dossier/dossier.schema.json")) {
      assertThat(schema).as("schema resource").isNotNull();
      JsonSchema s = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
      Set<ValidationMessage> errors = s.validate(dossier);
      assertThat(errors).as("schema violations").isEmpty();
    }
  }
}
