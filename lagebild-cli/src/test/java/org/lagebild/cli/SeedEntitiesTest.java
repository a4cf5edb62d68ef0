package org.lagebild.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The customer's example articles through the real models, refiner and canonicaliser: spellings of
 * one person in different outlets end up in one entity, with roles and exact mentions. Names appear
 * here as test expectations only; the main code knows none of them.
 */
class SeedEntitiesTest {

  @Test
  void spellingsOfOnePersonAcrossOutletsAreOneEntity(@TempDir Path out) throws Exception {
    Path seeds = AnalyzeCommandTest.SEEDS;
    assumeTrue(Files.isDirectory(seeds), "../shared/seeds not present; skipping");
    int exit =
        Main.commandLine()
            .execute("analyze", "--quiet", "--out", out.toString(), seeds.toString());
    assertThat(exit).isZero();
    JsonNode dossier = new ObjectMapper().readTree(out.resolve("dossier.json").toFile());
    JsonNode entities = dossier.at("/stories/0/entities");

    JsonNode president = withVariant(entities, "Wolodymyr Selenskyj");
    assertThat(variants(president))
        .contains("Wolodymyr Selenskyj", "Wolodymyr Zelenskiy", "Wolodymyr Zelenskij");
    assertThat(president.get("type").asText()).isEqualTo("PER");

    JsonNode secretary = withVariant(entities, "Antony Blinken");
    assertThat(variants(secretary)).contains("Antony Blinken", "Anthony Blinken", "Blinken");
    assertThat(roles(secretary)).contains("US-Außenminister");

    JsonNode minister = withVariant(entities, "Annalena Baerbock");
    assertThat(variants(minister)).contains("Baerbock", "Annalena Berbock");

    JsonNode lavrov = withVariant(entities, "Sergej Lawrow");
    assertThat(variants(lavrov)).contains("Lawrow");
    assertThat(withVariant(entities, "Russlands").get("name").asText()).isEqualTo("Russland");
    assertThat(roles(withVariant(entities, "Dmitri Peskow"))).contains("Kreml-Sprecher");

    for (JsonNode entity : entities) {
      assertThat(variants(entity))
          .as("derived adjectives are not entities")
          .doesNotContain("deutschen");
    }
  }

  private static JsonNode withVariant(JsonNode entities, String variant) {
    for (JsonNode e : entities) {
      if (variants(e).contains(variant)) {
        return e;
      }
    }
    throw new AssertionError("no entity with variant " + variant + " in " + entities);
  }

  private static List<String> variants(JsonNode entity) {
    List<String> out = new ArrayList<>();
    entity.get("variants").forEach(v -> out.add(v.asText()));
    return out;
  }

  private static List<String> roles(JsonNode entity) {
    List<String> out = new ArrayList<>();
    entity.get("roles").forEach(v -> out.add(v.asText()));
    return out;
  }
}
