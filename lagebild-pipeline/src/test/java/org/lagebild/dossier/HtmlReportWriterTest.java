package org.lagebild.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.lagebild.model.Noise;
import org.lagebild.model.Rejection;
import org.lagebild.model.dossier.Dossier;
import org.lagebild.model.dossier.DossierArticle;
import org.lagebild.model.dossier.Story;
import org.lagebild.model.dossier.StoryEntity;
import org.lagebild.stories.SeedFixtures;

class HtmlReportWriterTest {

  private static String html(Dossier dossier, HtmlReportWriter.Options options) throws IOException {
    StringWriter out = new StringWriter();
    new HtmlReportWriter(options).write(dossier, out);
    return out.toString();
  }

  private static String html(Dossier dossier) throws IOException {
    return html(dossier, HtmlReportWriter.Options.DEFAULTS);
  }

  private static final String HOSTILE =
      "<script>alert('x')</script> Klick <a href=\"javascript:alert(1)\">hier</a> & \"Zitat\" ' \u0000";

  private static Dossier hostileDossier() {
    String text = HOSTILE + " Berlin";
    int berlin = text.indexOf("Berlin");
    DossierArticle a =
        new DossierArticle("<b>id</b>\"", "x\" onmouseover=\"alert(1)", "<img src=x onerror=alert(1)>",
            "\"><script>alert(2)</script>", "javascript:alert(3)", "de", null, "unknown", text,
            List.of(new Noise(0, 8, "markup\"><script>")), null, null, null);
    StoryEntity e =
        new StoryEntity("e1\"", "Berlin\"<", "LOC", List.of("Berlin</td>"), List.of("<i>role</i>"),
            List.of(new StoryEntity.Mention(a.id(), berlin, berlin + 6, "Berlin")));
    Story s = Story.of("s1", "<script>alert('title')</script>", List.of(a.id()), List.of(e));
    return new Dossier(null, List.of(a), List.of(new Rejection("<x>.txt", "bad \"<b>\"")), List.of(s));
  }

  @Test
  void hostileInputIsEscapedEverywhere() throws IOException {
    String page = html(hostileDossier());

    // Only the page's own script element exists.
    assertThat(Pattern.compile("<script").matcher(page).results().count()).isEqualTo(1);
    assertThat(page).doesNotContain("<img", "<b>id", "href=\"javascript:",
        "<a href=\"javascript", "\" onmouseover=", "<i>role");
    assertThat(page).contains("alert(&#39;x&#39;)&lt;/script&gt;",
        "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;",
        "&lt;img src=x onerror=alert(1)&gt;", "&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;");
    // The javascript: URL is not linked; the NUL byte is replaced.
    assertThat(page).doesNotContain("\u0000");
    // Every attribute value is closed on the same element: no quote breaks out of title="...".
    Matcher attrs = Pattern.compile("\\s([a-z-]+)=\"([^\"]*)\"").matcher(page);
    while (attrs.find()) {
      assertThat(attrs.group(2)).doesNotContain("<", ">");
    }
  }

  @Test
  void pageIsSelfContainedWithAStrictContentSecurityPolicy() throws IOException {
    String page = html(SampleDossiers.invented());

    assertThat(page).startsWith("<!DOCTYPE html>");
    assertThat(page).contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';");
    assertThat(page).doesNotContainPattern("(src|href)=\"(https?:)?//");
    assertThat(page).doesNotContain("@import", "url(", "@font-face");
    assertThat(page).contains("<meta name=\"viewport\"", "@media print", "@media (max-width:");
  }

  @Test
  void headerCountsStoryListAndNotAnalysedSections() throws IOException {
    String page = html(SampleDossiers.invented());

    assertThat(page).contains("<b>9</b> articles", "<b>3</b> stories", "<b>2</b> rejected",
        "<b>1</b> language");
    assertThat(page).contains("not a gzip file: the first bytes are 3C 68 74 6D");
    assertThat(page).contains("<h3>Summary</h3>\n<p class=\"na\">Not analysed yet.</p>");
    assertThat(page).contains("<h3>Discrepancies</h3>\n<p class=\"na\">Not analysed yet.</p>");
    assertThat(count(page, "<section class=\"story\"")).isEqualTo(3);
    assertThat(count(page, "<details class=\"text\"")).isEqualTo(9);
  }

  @Test
  void everyInternalLinkHasATarget() throws IOException {
    Path dir = SeedFixtures.seedsDir().orElse(null);
    Dossier dossier = dir != null ? SampleDossiers.seedsWithSections(dir) : SampleDossiers.invented();

    String page = html(dossier);

    List<String> ids = new ArrayList<>();
    Pattern.compile(" id=\"([^\"]+)\"").matcher(page).results().forEach(r -> ids.add(r.group(1)));
    assertThat(ids).doesNotHaveDuplicates();
    Matcher links = Pattern.compile("href=\"#([^\"]+)\"").matcher(page);
    int n = 0;
    while (links.find()) {
      assertThat(ids).as("link target").contains(links.group(1));
      n++;
    }
    assertThat(n).isGreaterThan(10);
  }

  @Test
  void entityMentionsAndDebrisAreMarkedInTheText() throws IOException {
    Path dir = SeedFixtures.seedsDir().orElse(null);
    Assumptions.assumeTrue(dir != null, "seeds folder (shared/seeds) not found; skipping");

    String page = html(SampleDossiers.seedsWithSections(dir));

    assertThat(page).contains("class=\"noise\" title=\"debris: byline\"");
    assertThat(page).containsPattern("class=\"ent PER\" title=\"[^\"]*Blinken \\(PER\\)\">");
    assertThat(page).contains("Die Vereinigten Staaten wollen keinen Konflikt");
    String seedStory = page.substring(page.indexOf("<section class=\"story\" id=\"s0\""),
        page.indexOf("<section class=\"story\" id=\"s1\""));
    assertThat(seedStory).doesNotContain("<p class=\"na\">");
    assertThat(seedStory).contains("<h3>Timeline</h3>\n<div", "class=\"shared\"", "class=\"cite\"");
  }

  @Test
  void largeRunsAreSummarisedNotRenderedInFull() throws IOException {
    List<DossierArticle> articles = new ArrayList<>();
    List<Story> stories = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      articles.add(new DossierArticle("a" + i, "a" + i, "Titel " + i, "outlet.example", null, "de",
          "2024-01-0" + (1 + i % 9), "metadata", "Text " + i, List.of(), null, null, null));
      stories.add(Story.of("s" + (i + 1), "Titel " + i, List.of("a" + i), List.of()));
    }
    Dossier big = new Dossier(null, articles, List.of(), stories);

    String page = html(big, new HtmlReportWriter.Options(10, 20, 5, 80, 100));

    assertThat(count(page, "<section class=\"story\"")).isEqualTo(10);
    assertThat(count(page, "<details class=\"text\"")).isEqualTo(5);
    assertThat(page).contains("40 more stories with 40 articles are not shown in detail",
        "30 more stories not listed", "1 text is not shown");
  }

  private static long count(String page, String needle) {
    return Pattern.compile(Pattern.quote(needle)).matcher(page).results().count();
  }

  /**
   * Writes the sample report from the seeds (plus the invented articles) to {@code
   * target/sample-report/} for people to look at: {@code index.html} and {@code dossier.json}.
   */
  @Test
  void writesSampleReport() throws IOException {
    Path dir = SeedFixtures.seedsDir().orElse(null);
    Dossier dossier = dir != null ? SampleDossiers.seedsWithSections(dir) : SampleDossiers.invented();
    Path out = Paths.get("target", "sample-report");
    Files.createDirectories(out);
    new HtmlReportWriter().write(dossier, out.resolve("index.html"));
    new DossierJsonWriter().write(dossier, out.resolve("dossier.json"));
    System.out.println("sample report: " + out.toAbsolutePath().resolve("index.html"));
    assertThat(Files.size(out.resolve("index.html"))).isGreaterThan(1000);
  }

  @Test
  void spellingsShowCountsPerOutletAndDerivedWordsLinkToTheirPlaceInTheText() throws IOException {
    String text = "Die russischen Truppen stehen in Russland.";
    DossierArticle a = new DossierArticle("a1", "a1.txt", "T", "eins.example", null, "de", null,
        "unknown", text, List.of(), null, null, null);
    int at = text.indexOf("Russland");
    int adj = text.indexOf("russischen");
    StoryEntity russia = new StoryEntity("e1", "Russland", "LOC", List.of("Russland"), List.of(),
        List.of(new StoryEntity.Mention("a1", at, at + 8, "Russland")))
        .withVariantCounts(List.of(new StoryEntity.VariantCount("Russland", 1,
            java.util.Map.of("eins.example", 1))))
        .withDerived(List.of(new StoryEntity.Mention("a1", adj, adj + 10, "russischen")));
    Story s = Story.of("s1", "T", List.of("a1"), List.of(russia));
    String page = html(new Dossier(null, List.of(a), List.of(), List.of(s)));
    assertThat(page).contains("spellings: Russland 1 (eins.example 1)",
        "derived (not counted as mentions): <a href=\"#d0-0-0\">[1] russischen</a>");
    // The link's target exists in the rendered text, marked as derived, not as a mention.
    assertThat(page).containsPattern("id=\"d0-0-0\"[^>]*>|class=\"[^\"]*derived[^\"]*\"[^>]*id=\"d0-0-0\"");
    assertThat(page).doesNotContain("title=\"Russland (LOC)\">russischen");
  }
}
