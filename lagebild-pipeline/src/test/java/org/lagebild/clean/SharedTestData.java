package org.lagebild.clean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.lagebild.model.Article;

/**
 * Finds the shared data and seed folders ({@code shared/data}, {@code shared/seeds}) by walking up
 * from the working directory, so tests run from any checkout next to them and skip when absent.
 */
public final class SharedTestData {

  private SharedTestData() {}

  public static Optional<Path> find(String relative) {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      Path candidate = dir.resolve("shared").resolve(relative);
      if (Files.exists(candidate)) {
        return Optional.of(candidate);
      }
      dir = dir.getParent();
    }
    return Optional.empty();
  }

  /** The seed articles as plain-text articles (id = file name without extension), in name order. */
  public static List<Article> seeds() throws IOException {
    Optional<Path> folder = find("seeds");
    if (folder.isEmpty()) {
      return List.of();
    }
    List<Article> articles = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder.get())) {
      for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        String name = file.getFileName().toString();
        articles.add(
            Article.of(name.substring(0, name.length() - 4), Files.readString(file, StandardCharsets.UTF_8)));
      }
    }
    return articles;
  }

  /** The first {@code limit} FANG-COVID articles, with their metadata, or none when absent. */
  public static List<Article> fangCovid(int limit) throws IOException {
    Optional<Path> file = find("data/fang-covid/fang-covid-de-20k.jsonl.gz");
    if (file.isEmpty()) {
      return List.of();
    }
    ObjectMapper mapper = new ObjectMapper();
    List<Article> articles = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file.get())), StandardCharsets.UTF_8))) {
      String line;
      while (articles.size() < limit && (line = reader.readLine()) != null) {
        JsonNode node = mapper.readTree(line);
        articles.add(
            new Article(
                node.path("id").asText(),
                "fang-covid#" + (articles.size() + 1),
                node.path("title").asText(null),
                node.path("outlet").asText(null),
                node.path("url").asText(null),
                null,
                node.path("published").asText(null),
                null,
                node.path("text").asText("")));
      }
    }
    return articles;
  }
}
