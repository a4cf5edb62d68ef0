package org.lagebild.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lagebild.server.LagebildServer;
import org.lagebild.server.ServerConfig;
import org.lagebild.server.StoryAnalysis;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * End to end in a real browser: the seeds go in through the API with the full German pipeline, the
 * story page shows summary, timeline, quotes and entities, and searching a person by a misspelt name
 * finds the story. Skips when the seeds, chromium or chromedriver are missing. Leaves a screenshot of
 * the story page in target/screenshots/.
 */
class ServeBrowserTest {

  static final Path SEEDS = Path.of("../../shared/seeds");
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  @TempDir Path data;

  @Test
  void seedsIngestedThroughTheApiAreBrowsableAndSearchable() throws Exception {
    assumeTrue(Files.isDirectory(SEEDS), "../shared/seeds not present; skipping");
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "chromium or chromedriver missing (apt-get install chromium chromium-driver); skipping");
    ObjectMapper json = new ObjectMapper();
    StoryAnalysis analysis = new StoryAnalysis(
        StandardPipeline.create(org.lagebild.pipeline.ProgressListener.NONE), StandardPipeline.storySections());
    try (LagebildServer server = LagebildServer.start(ServerConfig.defaults(data, 0), analysis)) {
      String base = "http://127.0.0.1:" + server.port();
      StringBuilder jsonl = new StringBuilder();
      try (Stream<Path> files = Files.list(SEEDS)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
          ObjectNode a = json.createObjectNode();
          a.put("id", f.getFileName().toString().replace(".txt", "")).put("text", Files.readString(f));
          jsonl.append(a).append('\n');
        }
      }
      HttpClient client = HttpClient.newHttpClient();
      HttpResponse<String> posted = client.send(
          HttpRequest.newBuilder(URI.create(base + "/api/articles?wait=300"))
              .header("Content-Type", "application/x-ndjson")
              .POST(HttpRequest.BodyPublishers.ofString(jsonl.toString())).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);

      // The largest story, and a person in it quoted or mentioned most.
      JsonNode stories = json.readTree(get(client, base + "/api/stories")).get("stories");
      JsonNode largest = stories.get(0);
      for (JsonNode s : stories) {
        if (s.get("articleCount").asInt() > largest.get("articleCount").asInt()) {
          largest = s;
        }
      }
      String storyId = largest.get("id").asText();
      JsonNode story = json.readTree(get(client, base + "/api/stories/" + storyId));
      JsonNode person = null;
      for (JsonNode e : story.get("entities")) {
        if (e.get("type").asText().equals("PER")
            && (person == null || e.get("mentions").size() > person.get("mentions").size())) {
          person = e;
        }
      }
      assertThat(person).as("a person in the largest story").isNotNull();
      String misspelt = misspell(person.get("name").asText());

      ChromeOptions options = new ChromeOptions();
      options.setBinary(CHROMIUM.toFile());
      options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
          "--window-size=1280,1600", "--disable-gpu");
      ChromeDriverService service =
          new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
      WebDriver browser = new ChromeDriver(service, options);
      try {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(base + "/");
        browser.findElement(By.cssSelector("a[href='/stories/" + storyId + "']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("section.story")));
        String page = browser.findElement(By.tagName("body")).getText();
        assertThat(page).contains("Summary", "Timeline", "Quotes", "Entities");
        assertThat(page).contains(person.get("name").asText());
        assertThat(page).contains(story.get("summary").get(0).get("text").asText().substring(0, 30));
        Path shots = Path.of("target", "screenshots");
        Files.createDirectories(shots);
        Files.write(shots.resolve("story.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));

        browser.get(base + "/");
        WebElement q = browser.findElement(By.id("q"));
        q.sendKeys(misspelt);
        q.submit();
        wait.until(ExpectedConditions.urlContains("/search"));
        List<WebElement> hits = browser.findElements(By.cssSelector("#story-hits a"));
        assertThat(hits).as("stories found for '" + misspelt + "'")
            .anySatisfy(a -> assertThat(a.getAttribute("href")).endsWith("/stories/" + storyId));
        Files.write(shots.resolve("search.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
      } finally {
        browser.quit();
      }
    }
  }

  /** A one-letter misspelling of the longest word of a name (a letter dropped inside it). */
  static String misspell(String name) {
    String[] words = name.split(" ");
    int longest = 0;
    for (int i = 1; i < words.length; i++) {
      if (words[i].length() > words[longest].length()) {
        longest = i;
      }
    }
    String w = words[longest];
    words[longest] = w.length() >= 5 ? w.substring(0, w.length() - 2) + w.charAt(w.length() - 1) : w;
    return String.join(" ", words);
  }

  private static String get(HttpClient client, String url) throws Exception {
    HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(url + ": " + r.body()).isEqualTo(200);
    return r.body();
  }
}
