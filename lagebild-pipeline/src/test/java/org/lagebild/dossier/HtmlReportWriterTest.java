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
import org.lagebild.model.dossier.Citation;
import org.lagebild.model.dossier.Discrepancy;
import org.lagebild.model.dossier.Dossier;
import org.lagebild.model.dossier.DossierArticle;
import org.lagebild.model.dossier.Story;
import org.lagebild.model.dossier.SharedPassage;
import org.lagebild.model.dossier.StoryEntity;
import org.lagebild.model.dossier.SummarySentence;
import org.lagebild.model.dossier.TimelineEntry;
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
    Citation all = new Citation(a.id(), 0, text.length());
    Story s = Story.of("s1", "<script>alert('title')</script>", List.of(a.id()), List.of(e))
        .withSummary(List.of(new SummarySentence("<b>Satz</b>", List.of(all, new Citation(a.id(), 0, 8)))))
        .withTimeline(List.of(new TimelineEntry("2024-01-02", "<img src=x onerror=alert(5)>",
            List.of(e.id()), "<i>Ort</i>", List.of(all), "event")))
        .withDiscrepancies(List.of(new Discrepancy("<i>Zahl</i>", "figure", List.of(
            new Discrepancy.Version(a.id(), 0, 8, "<i>a</i>", "<u>1</u>"),
            new Discrepancy.Version(a.id(), berlin, berlin + 6, "Berlin", "\"><u>2")))));
    return new Dossier(null, List.of(a), List.of(new Rejection("<x>.txt", "bad \"<b>\"")), List.of(s));
  }

  @Test
  void hostileInputIsEscapedEverywhere() throws IOException {
    String page = html(hostileDossier());

    // Only the page's own script element exists.
    assertThat(Pattern.compile("<script").matcher(page).results().count()).isEqualTo(1);
    assertThat(page).doesNotContain("<img", "<b>id", "href=\"javascript:",
        "<a href=\"javascript", "\" onmouseover=", "<i>role", "<b>Satz", "<i>Ort", "<i>Zahl", "<i>a<",
        "<u>");
    // The cited hostile text shows up, inert, in the citation's box.
    assertThat(page).containsPattern("<span class=\"q\">&lt;script&gt;alert\\(&#39;x&#39;\\)&lt;/script&gt;");
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

  /** Two articles of one story; the summary cites a sentence of the second in other words. */
  private static Dossier citedDossier() {
    String t1 = "Olaf Brenner besucht am Montag Lindenau. Dort trifft er Marie Lenz.";
    String t2 = "Vorspann.\nDer Minister reist am Montag nach Lindenau, meldet die Agentur. Mehr folgt.";
    DossierArticle a1 = new DossierArticle("a1", "a1.txt", "Brenner in Lindenau", "Nordkurier",
        null, "de", "2024-03-04T09:30:00+01:00", "metadata", t1, List.of(), null, null, null);
    DossierArticle a2 = new DossierArticle("a2", "a2.txt", null, null, null, "de", "2024-03-05",
        "text", t2, List.of(), null, null, null);
    int s2 = t2.indexOf("Der Minister");
    int e2 = t2.indexOf(" Mehr");
    SummarySentence sentence = new SummarySentence("Olaf Brenner besucht am Montag Lindenau.",
        List.of(new Citation("a1", 0, t1.indexOf(" Dort")), new Citation("a2", s2, e2)));
    int figure = t2.indexOf("am Montag");
    Story story = Story.of("s1", "Brenner in Lindenau", List.of("a1", "a2"), List.of())
        .withSummary(List.of(sentence))
        .withDiscrepancies(List.of(new Discrepancy("Tag des Besuchs", "date", List.of(
            new Discrepancy.Version("a1", t1.indexOf("am Montag"), t1.indexOf("am Montag") + 9, "am Montag",
                "2024-03-04"),
            new Discrepancy.Version("a2", figure, figure + 9, "am Montag", "2024-03-11")))))
        .withSharedPassages(List.of(new SharedPassage(new Citation("a1", 0, 10), new Citation("a2", s2, s2 + 10),
            0.9, "shared", "a1", List.of())));
    return new Dossier(null, List.of(a1, a2), List.of(), List.of(story));
  }

  @Test
  void summaryMarkersRevealTheCitedSentenceWithSourceAndDate() throws IOException {
    String page = html(citedDossier());
    String summary = page.substring(page.indexOf("<ol class=\"summary\">"), page.indexOf("</ol>"));

    // First marker: the cited sentence is the summary sentence; named by outlet and day.
    assertThat(summary).contains("<a class=\"ref\" href=\"#c0-0\" aria-describedby=\"n0-0\">[1]</a>"
        + "<span class=\"tip\" id=\"n0-0\"><span class=\"src\">[1] Nordkurier · 2024-03-04</span>"
        + "<span class=\"q\">Olaf Brenner besucht am Montag Lindenau.</span>"
        + "<a class=\"go\" href=\"#c0-0\">in the text ↓</a></span>");
    // Second: another wording, so it is marked to be printed too; without an outlet the id names it.
    assertThat(summary).contains("<span class=\"tip differs\" id=\"n0-1\"><span class=\"src\">[2] a2 · "
        + "2024-03-05</span><span class=\"q\">Der Minister reist am Montag nach Lindenau, meldet die Agentur."
        + "</span>");
    // The markers jump to the cited span in the article text.
    assertThat(page).containsPattern("<span id=\"c0-1\" class=\"cite[^\"]*\"[^>]*>Der Minist");
    // A part of a sentence is shown inside its sentence, the cited words marked.
    String discrepancies = page.substring(page.indexOf("<h3>Discrepancies</h3>"), page.indexOf("<h3>Quotes</h3>"));
    assertThat(discrepancies).contains(
        "<span class=\"q\">Olaf Brenner besucht <mark>am Montag</mark> Lindenau.</span>",
        "<span class=\"q\">Der Minister reist <mark>am Montag</mark> nach Lindenau, meldet die Agentur.</span>");
  }

  @Test
  void markersOfTextsNotShownStillRevealTheirSentenceAndStayFocusable() throws IOException {
    String page = html(citedDossier(), new HtmlReportWriter.Options(10, 10, 0, 80, 10));

    assertThat(page).doesNotContain("href=\"#c0-");
    assertThat(page).contains("<span class=\"ref\" tabindex=\"0\" aria-describedby=\"n0-0\">[1]</span>"
        + "<span class=\"tip\" id=\"n0-0\"><span class=\"src\">[1] Nordkurier · 2024-03-04</span>");
    assertThat(page).doesNotContain("in the text ↓");
  }

  @Test
  void markersAreShownOnHoverAndFocusAndPrintedInline() throws IOException {
    String page = html(citedDossier());

    assertThat(page).contains(".cw:hover>.tip,.cw:focus-within>.tip,.cw.open>.tip{display:block}");
    String print = page.substring(page.indexOf("@media print"));
    assertThat(print).contains(".tip,.js .tip{display:inline;position:static", ".tip.differs .q{display:inline}");
  }

  @Test
  void sourcesTableSaysWhatEachArticleSharesWithWhomAndDiscrepanciesShowEverySide() throws IOException {
    String page = html(citedDossier());
    String sources = page.substring(page.indexOf("<h3>Sources</h3>"), page.indexOf("<h3>Summary</h3>"));

    assertThat(sources).contains("<th>Shares passages with</th>");
    assertThat(sources).containsPattern("<td data-l=\"Shares: \">\\[2\\] <span class=\"muted\">1 passage</span></td>");
    assertThat(sources).containsPattern("<td data-l=\"Shares: \">\\[1\\] <span class=\"muted\">1 passage</span></td>");
    // The untitled article is told apart by its lead; the metadata date has no basis badge.
    assertThat(sources).contains("Der Minister reist am Montag nach Lindenau, meldet die Agentur</div>",
        "<span class=\"basis\" title=\"inferred from the text\">text</span>");
    String discrepancies = page.substring(page.indexOf("<h3>Discrepancies</h3>"), page.indexOf("<h3>Quotes</h3>"));
    assertThat(count(discrepancies, "<div class=\"side\">")).isEqualTo(2);
    assertThat(discrepancies).contains("<div class=\"value\">2024-03-04 <span class=\"muted\">(1 article)",
        "<div class=\"value\">2024-03-11 <span class=\"muted\">(1 article)",
        "· Nordkurier, 2024-03-04", "· a2, 2024-03-05");
  }

  @Test
  void thePageMakesNoRequestsOfItsOwn() throws IOException {
    Path dir = SeedFixtures.seedsDir().orElse(null);
    Dossier dossier = dir != null ? SampleDossiers.seedsWithSections(dir) : SampleDossiers.invented();
    String page = html(dossier) + html(citedDossier());

    // Nothing that loads: no element with a source, no stylesheet link, no CSS url(), no import.
    assertThat(page).doesNotContainPattern("<(img|link|iframe|object|embed|video|audio|source|image|use)\\b");
    assertThat(page).doesNotContainPattern("\\s(src|srcset|poster|data|action|xlink:href)=");
    assertThat(page).doesNotContain("url(", "@import", "fetch(", "XMLHttpRequest", "WebSocket", "navigator.sendBeacon");
    // Every link is to a place in the page, except the outlets' own addresses a reader may follow.
    Matcher links = Pattern.compile("<a ([^>]*)href=\"([^\"]*)\"").matcher(page);
    while (links.find()) {
      if (!links.group(2).startsWith("#")) {
        assertThat(links.group(1)).contains("class=\"ext\" rel=\"noopener noreferrer nofollow\"");
      }
    }
    assertThat(page).contains("default-src 'none'");
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
