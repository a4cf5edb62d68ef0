package org.lagebild.dossier;

import static org.lagebild.dossier.HtmlEscaper.escape;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.lagebild.model.Noise;
import org.lagebild.model.Rejection;
import org.lagebild.model.dossier.Citation;
import org.lagebild.model.dossier.Discrepancy;
import org.lagebild.model.dossier.Dossier;
import org.lagebild.model.dossier.DossierArticle;
import org.lagebild.model.dossier.PlaceLink;
import org.lagebild.model.dossier.Quote;
import org.lagebild.model.dossier.ArticleCopy;
import org.lagebild.model.dossier.SharedPassage;
import org.lagebild.model.dossier.Story;
import org.lagebild.model.dossier.StoryEntity;
import org.lagebild.model.dossier.SummarySentence;
import org.lagebild.model.dossier.TimelineEntry;

/**
 * Writes the dossier as one self-contained {@code index.html}: inline CSS and script, no external
 * requests (a Content-Security-Policy with hashes of the page's own style and script forbids
 * everything else, so even text that slipped past escaping could not run). Every string from the
 * input is escaped. Large runs stay usable: texts sit in collapsed {@code <details>}, and only the
 * first stories and texts are shown in full, with a note that {@code dossier.json} holds the rest.
 *
 * <p>Citation markers carry the sentence they cite with its outlet and date in a box that CSS shows
 * on hover and keyboard focus; the small script only places the box in the viewport, opens it on a
 * first tap on touch screens and closes it on Escape. On phones the box is a sheet at the bottom, wide
 * tables turn into cards and the timeline has a narrow drawing of its own; print shows the sources
 * inline.
 */
public final class HtmlReportWriter {

  /**
   * Limits that keep the page usable on large runs.
   *
   * @param maxStories stories shown with their sections
   * @param maxListedStories rows of the story list
   * @param maxArticleTexts article texts rendered in the whole page
   * @param maxEntities entity rows per story
   * @param maxRejected rows of the rejected-inputs table
   */
  public record Options(
      int maxStories, int maxListedStories, int maxArticleTexts, int maxEntities, int maxRejected) {
    public static final Options DEFAULTS = new Options(200, 1000, 300, 80, 1000);

    public Options {
      if (maxStories < 0 || maxListedStories < 0 || maxArticleTexts < 0 || maxEntities < 0
          || maxRejected < 0) {
        throw new IllegalArgumentException("limits must not be negative: " + this);
      }
    }
  }

  /**
   * Stories (in page order) that get a map of their places, if they locate at least two: each map
   * is some tens of kilobytes, and a page of hundreds of stories should stay quick to open.
   */
  static final int MAX_MAPS = 40;

  /** Speakers whose quotes are shown open; the others are one click away. */
  private static final int OPEN_SPEAKERS = 6;

  private static final String NOT_ANALYSED = "<p class=\"na\">Not analysed yet.</p>\n";

  private final Options options;

  public HtmlReportWriter() {
    this(Options.DEFAULTS);
  }

  public HtmlReportWriter(Options options) {
    this.options = options;
  }

  public void write(Dossier dossier, Path file) throws IOException {
    try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
      write(dossier, out);
    }
  }

  /** Writes the page story by story; the writer is flushed, not closed. */
  public void write(Dossier dossier, Writer out) throws IOException {
    Map<String, DossierArticle> byId = new HashMap<>();
    for (DossierArticle a : dossier.articles()) {
      byId.putIfAbsent(a.id(), a);
    }
    StringBuilder sb = new StringBuilder(1 << 16);
    head(sb, dossier);
    summaryHeader(sb, dossier);
    storyList(sb, dossier, byId);
    out.append(sb);
    int[] textsLeft = {options.maxArticleTexts()};
    int shown = Math.min(options.maxStories(), dossier.stories().size());
    sb.setLength(0);
    sb.append("<main>\n");
    for (int s = 0; s < shown; s++) {
      story(sb, s, dossier.stories().get(s), byId, textsLeft);
      out.append(sb);
      sb.setLength(0);
    }
    if (shown < dossier.stories().size()) {
      int articles = 0;
      for (int s = shown; s < dossier.stories().size(); s++) {
        articles += dossier.stories().get(s).articleIds().size();
      }
      sb.append("<p class=\"note\">")
          .append(count(dossier.stories().size() - shown, "more story", "more stories"))
          .append(" with ").append(count(articles, "article", "articles"))
          .append(" are not shown in detail; <code>dossier.json</code> holds everything.</p>\n");
    }
    sb.append("</main>\n");
    unassigned(sb, dossier);
    rejected(sb, dossier.rejected());
    sb.append("<footer><p>Generated by Lagebild")
        .append(dossier.generated() != null && dossier.generated().createdAt() != null
            ? " on " + escape(dossier.generated().createdAt()) : "")
        .append(". Offsets, full texts and every section are in <code>dossier.json</code>.</p></footer>\n");
    sb.append("<script>").append(SCRIPT).append("</script>\n</body>\n</html>\n");
    out.append(sb);
    out.flush();
  }

  private static void head(StringBuilder sb, Dossier dossier) {
    sb.append("<!DOCTYPE html>\n<html lang=\"de\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
        .append("style-src '").append(sha256(STYLE)).append("'; script-src '")
        .append(sha256(SCRIPT)).append("'; img-src data:; base-uri 'none'; form-action 'none'\">\n")
        .append("<meta name=\"referrer\" content=\"no-referrer\">\n")
        .append("<title>Lagebild – ").append(count(dossier.stories().size(), "story", "stories"))
        .append(", ").append(count(dossier.articles().size(), "article", "articles"))
        .append("</title>\n<style>").append(STYLE).append("</style>\n</head>\n<body>\n");
  }

  private static void summaryHeader(StringBuilder sb, Dossier dossier) {
    Map<String, Integer> languages = new TreeMap<>();
    for (DossierArticle a : dossier.articles()) {
      languages.merge(a.language(), 1, Integer::sum);
    }
    List<Map.Entry<String, Integer>> langs = new ArrayList<>(languages.entrySet());
    langs.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
    sb.append("<header>\n<h1>Lagebild dossier</h1>\n<ul class=\"counts\">")
        .append("<li><b>").append(dossier.articles().size()).append("</b> articles</li>")
        .append("<li><b>").append(dossier.stories().size()).append("</b> stories</li>")
        .append("<li><b>").append(dossier.rejected().size()).append("</b> rejected</li>")
        .append("<li><b>").append(languages.size()).append("</b> ")
        .append(languages.size() == 1 ? "language" : "languages");
    if (!langs.isEmpty()) {
      sb.append(" <span class=\"langs\">(");
      for (int i = 0; i < langs.size() && i < 8; i++) {
        sb.append(i > 0 ? ", " : "").append(escape(langs.get(i).getKey())).append(' ')
            .append(langs.get(i).getValue());
      }
      sb.append(langs.size() > 8 ? ", …" : "").append(")</span>");
    }
    sb.append("</li></ul>\n");
    if (dossier.generated() != null && dossier.generated().generator() != null) {
      sb.append("<p class=\"gen\">").append(escape(dossier.generated().generator())).append("</p>\n");
    }
    sb.append("</header>\n");
  }

  private void storyList(StringBuilder sb, Dossier dossier, Map<String, DossierArticle> byId) {
    List<Story> stories = dossier.stories();
    sb.append("<nav class=\"toc\" aria-label=\"Stories\">\n<h2>Stories</h2>\n");
    if (stories.isEmpty()) {
      sb.append("<p class=\"na\">No stories.</p>\n</nav>\n");
      return;
    }
    sb.append("<div class=\"scroll\"><table class=\"list stack\">\n<thead><tr><th>Story</th>")
        .append("<th class=\"num\">Articles</th><th>Outlets</th><th>Dates</th></tr></thead>\n<tbody>\n");
    int listed = Math.min(options.maxListedStories(), stories.size());
    for (int s = 0; s < listed; s++) {
      Story story = stories.get(s);
      sb.append("<tr><td class=\"wide\">");
      if (s < options.maxStories()) {
        sb.append("<a href=\"#").append(storyAnchor(s)).append("\">").append(escape(story.title()))
            .append("</a>");
      } else {
        sb.append(escape(story.title()));
      }
      sb.append("</td><td class=\"num\" data-l=\"Articles: \">").append(story.articleIds().size())
          .append("</td><td data-l=\"Outlets: \">").append(escape(outlets(story, byId, 3)))
          .append("</td><td class=\"dates\">")
          .append(escape(dateRange(story, byId))).append("</td></tr>\n");
    }
    sb.append("</tbody></table></div>\n");
    if (listed < stories.size()) {
      sb.append("<p class=\"note\">").append(count(stories.size() - listed, "more story", "more stories"))
          .append(" not listed; see <code>dossier.json</code>.</p>\n");
    }
    sb.append("</nav>\n");
  }

  private void story(
      StringBuilder sb, int s, Story story, Map<String, DossierArticle> byId, int[] textsLeft) {
    List<DossierArticle> articles = new ArrayList<>();
    for (String id : story.articleIds()) {
      DossierArticle a = byId.get(id);
      if (a != null) {
        articles.add(a);
      }
    }
    // Which texts this story renders: anchors and links exist only for those.
    Map<String, Integer> articleIndex = new LinkedHashMap<>();
    Set<String> rendered = new HashSet<>();
    for (int i = 0; i < articles.size(); i++) {
      articleIndex.put(articles.get(i).id(), i);
      if (textsLeft[0] > 0) {
        rendered.add(articles.get(i).id());
        textsLeft[0]--;
      }
    }
    StoryMarks marks = new StoryMarks(s, articleIndex, rendered, byId);

    sb.append("<section class=\"story\" id=\"").append(storyAnchor(s)).append("\">\n<h2><span class=\"sid\">")
        .append(escape(story.id())).append("</span> ").append(escape(story.title())).append("</h2>\n")
        .append("<p class=\"meta\">").append(count(story.articleIds().size(), "article", "articles"));
    String outlets = outlets(story, byId, 6);
    if (!outlets.isEmpty()) {
      sb.append(" · ").append(escape(outlets));
    }
    String dates = dateRange(story, byId);
    if (!dates.isEmpty()) {
      sb.append(" · ").append(escape(dates));
    }
    sb.append("</p>\n");

    // The sources: who published what when, and what each shares with the others (wire copy).
    Map<String, Map<String, Integer>> shares = new HashMap<>();
    for (SharedPassage p : story.sharedPassages()) {
      shares.computeIfAbsent(p.a().articleId(), k -> new java.util.TreeMap<>()).merge(p.b().articleId(), 1, Integer::sum);
      shares.computeIfAbsent(p.b().articleId(), k -> new java.util.TreeMap<>()).merge(p.a().articleId(), 1, Integer::sum);
    }
    Map<String, List<String>> copyNotes = new HashMap<>();
    for (ArticleCopy c : story.copies()) {
      copyNotes.computeIfAbsent(c.articleId(), k -> new ArrayList<>())
          .add(c.kind() + " copy of [" + marks.articleNumber(c.duplicateOf()) + "]");
      copyNotes.computeIfAbsent(c.duplicateOf(), k -> new ArrayList<>())
          .add("[" + marks.articleNumber(c.articleId()) + "] is its " + c.kind() + " copy");
    }
    sb.append("<h3>Sources</h3>\n<div class=\"scroll\"><table class=\"sources stack\">\n<thead><tr><th>#</th>")
        .append("<th>Article</th><th>Outlet</th><th>Published</th><th>Lang.</th><th>Shares passages with</th>")
        .append("</tr></thead>\n<tbody>\n");
    for (int i = 0; i < articles.size(); i++) {
      DossierArticle a = articles.get(i);
      sb.append("<tr><td class=\"num\">").append(i + 1).append("</td><td class=\"wide\">");
      if (rendered.contains(a.id())) {
        sb.append("<a href=\"#").append(marks.textAnchor(i)).append("\">").append(escape(label(a)))
            .append("</a>");
      } else {
        sb.append(escape(label(a)));
      }
      String url = HtmlEscaper.webUrl(a.url());
      if (url != null) {
        sb.append(" <a class=\"ext\" rel=\"noopener noreferrer nofollow\" href=\"").append(escape(url))
            .append("\" title=\"").append(escape(url)).append("\">↗</a>");
      }
      String lead = lead(a);
      if (!lead.isEmpty()) {
        sb.append("<div class=\"variants\">").append(escape(lead)).append("</div>");
      }
      sb.append(a.outlet() == null ? "</td><td class=\"none\">–" : "</td><td data-l=\"Outlet: \">" + escape(a.outlet()))
          .append("</td><td class=\"dates\" title=\"").append(escape(a.published() == null ? "" : a.published()))
          .append("\">").append(escape(a.published() == null ? "unknown" : shortDate(a.published())));
      if (a.published() != null && !"metadata".equals(a.publishedBasis())) {
        sb.append(" <span class=\"basis\" title=\"inferred from the ").append(escape(a.publishedBasis()))
            .append("\">").append(escape(a.publishedBasis())).append("</span>");
      }
      sb.append("</td><td data-l=\"Language: \">").append(escape(a.language())).append("</td><td data-l=\"Shares: \">");
      List<String> with = new ArrayList<>();
      for (Map.Entry<String, Integer> w : shares.getOrDefault(a.id(), Map.of()).entrySet()) {
        Integer other = articleIndex.get(w.getKey());
        with.add((other == null ? escape(w.getKey()) : "[" + (other + 1) + "]")
            + " <span class=\"muted\">" + count(w.getValue(), "passage", "passages") + "</span>");
      }
      for (String note : copyNotes.getOrDefault(a.id(), List.of())) {
        with.add("<span class=\"kind\">" + escape(note) + "</span>");
      }
      sb.append(String.join(", ", with));
      sb.append("</td></tr>\n");
    }
    sb.append("</tbody></table></div>\n");

    // Reading order: what happened and when, where outlets disagree, who said what, then the
    // reference tables.
    summary(sb, story, marks);
    timeline(sb, story, marks);
    discrepancies(sb, story, marks);
    quotes(sb, story, marks);
    entities(sb, story, byId, marks);
    sharedPassages(sb, story, marks, byId);

    sb.append("<h3>Texts</h3>\n");
    if (rendered.size() > 1) {
      sb.append("<p class=\"noprint\"><button type=\"button\" data-toggle=\"").append(storyAnchor(s))
          .append("\">Expand or collapse all texts</button></p>\n");
    }
    for (int i = 0; i < articles.size(); i++) {
      DossierArticle a = articles.get(i);
      if (!rendered.contains(a.id())) {
        continue;
      }
      sb.append("<details class=\"text\" id=\"").append(marks.textAnchor(i)).append("\"><summary><span class=\"idx\">")
          .append(i + 1).append("</span> ").append(escape(label(a)));
      String textLead = lead(a);
      if (!textLead.isEmpty()) {
        sb.append(" <span class=\"muted\">· ").append(escape(textLead)).append("</span>");
      }
      if (a.outlet() != null) {
        sb.append(" <span class=\"muted\">· ").append(escape(a.outlet())).append("</span>");
      }
      if (!a.noise().isEmpty()) {
        sb.append(" <span class=\"muted\">· ").append(count(a.noise().size(), "debris span", "debris spans"))
            .append("</span>");
      }
      sb.append("</summary>\n<div class=\"body\">");
      ArticleTextRenderer.render(sb, a.text(), marks.forArticle(a));
      sb.append("</div></details>\n");
    }
    int hidden = articles.size() - rendered.size();
    if (hidden > 0) {
      sb.append("<p class=\"note\">").append(count(hidden, "text is", "texts are"))
          .append(" not shown to keep this page light; <code>dossier.json</code> has them.</p>\n");
    }
    sb.append("</section>\n");
  }

  private static void summary(StringBuilder sb, Story story, StoryMarks marks) {
    sb.append("<h3>Summary</h3>\n");
    if (story.summary().isEmpty()) {
      sb.append(NOT_ANALYSED);
      return;
    }
    sb.append("<ol class=\"summary\">\n");
    for (SummarySentence sentence : story.summary()) {
      sb.append("<li>").append(escape(sentence.text()));
      for (Citation c : sentence.citations()) {
        sb.append(' ').append(marks.citeTip(c, "cite", "source", sentence.text()));
      }
      long carriers = sentence.citations().stream().map(Citation::articleId).distinct().count();
      if (carriers > 1) {
        sb.append(" <span class=\"muted\">(").append(carriers).append(" articles)</span>");
      }
      sb.append("</li>\n");
    }
    sb.append("</ol>\n");
  }

  private void entities(
      StringBuilder sb, Story story, Map<String, DossierArticle> byId, StoryMarks marks) {
    sb.append("<h3>Entities</h3>\n");
    if (story.entities().isEmpty()) {
      sb.append(NOT_ANALYSED);
      return;
    }
    // Where the story's places are: a map, each dot and name linked to its row below.
    Map<String, Integer> entityRows = new HashMap<>();
    for (int e = 0; e < Math.min(options.maxEntities(), story.entities().size()); e++) {
      entityRows.put(story.entities().get(e).id(), e);
    }
    if (marks.story < MAX_MAPS && story.places().size() >= 2) {
      PlaceMapSvg.render(
          sb,
          story,
          id -> entityRows.containsKey(id) ? "#" + marks.entityAnchor(entityRows.get(id)) : "#");
    }
    Map<String, PlaceLink> located = new HashMap<>();
    story.places().forEach(p -> located.put(p.entityId(), p));
    sb.append("<div class=\"scroll\"><table class=\"entities stack\">\n<thead><tr><th>Name and variants</th>")
        .append("<th>Type</th><th class=\"num\">Mentions</th><th>In articles</th></tr></thead>\n<tbody>\n");
    int shown = Math.min(options.maxEntities(), story.entities().size());
    for (int e = 0; e < shown; e++) {
      StoryEntity entity = story.entities().get(e);
      Set<String> outlets = new java.util.TreeSet<>();
      Set<Integer> numbers = new java.util.TreeSet<>();
      for (StoryEntity.Mention m : entity.mentions()) {
        DossierArticle a = byId.get(m.articleId());
        if (a != null && a.outlet() != null && !a.outlet().isBlank()) {
          outlets.add(a.outlet());
        }
        Integer index = marks.articleIndex.get(m.articleId());
        if (index != null) {
          numbers.add(index + 1);
        }
      }
      sb.append("<tr id=\"").append(marks.entityAnchor(e)).append("\"><td class=\"wide\"><span class=\"ent ")
          .append(typeClass(entity.type())).append("\">").append(escape(entity.name())).append("</span>");
      if (!entity.variantCounts().isEmpty()) {
        // Every spelling with its count and the outlets that use it: "Vucic 4 (a.de 3, b.de 1)".
        List<String> counted = new ArrayList<>();
        for (StoryEntity.VariantCount v : entity.variantCounts()) {
          List<String> by = new ArrayList<>();
          v.outlets().forEach((outlet, n) -> by.add(outlet + " " + n));
          counted.add(v.text() + " " + v.count() + (by.isEmpty() ? "" : " (" + String.join(", ", by) + ")"));
        }
        sb.append("<div class=\"variants\">spellings: ").append(escape(String.join("; ", counted)))
            .append("</div>");
      } else {
        List<String> others = new ArrayList<>(entity.variants());
        others.remove(entity.name());
        if (!others.isEmpty()) {
          sb.append("<div class=\"variants\">also ").append(escape(String.join(", ", others))).append("</div>");
        }
      }
      int entityIndex = e;
      mentionLinks(sb, "derived (not counted as mentions): ", entity.derived(), marks,
          (k, d) -> marks.derivedAnchor(entityIndex, k, d, entity.name()));
      PlaceLink place = located.get(entity.id());
      if (place != null) {
        sb.append("<div class=\"variants\">located: ").append(escape(place.name()))
            .append(String.format(Locale.ROOT, " (%s, %.2f°, %.2f°", place.country(),
                place.latitude(), place.longitude()));
        if (place.geonamesId() > 0) {
          sb.append(", <a class=\"ext\" rel=\"noopener noreferrer nofollow\" href=\"https://www.geonames.org/")
              .append(place.geonamesId()).append("\">GeoNames ").append(place.geonamesId()).append("</a>");
        }
        sb.append(")</div>");
      }
      mentionLinks(sb, "by role (not counted as mentions): ", entity.roleMentions(), marks,
          (k, r) -> marks.roleAnchor(entityIndex, k, r, entity.name()));
      if (!entity.roles().isEmpty()) {
        sb.append("<div class=\"variants\">role: ").append(escape(String.join("; ", entity.roles())))
            .append("</div>");
      }
      sb.append("</td><td><span class=\"type ").append(typeClass(entity.type())).append("\">")
          .append(escape(entity.type())).append("</span></td><td class=\"num\" data-l=\"Mentions: \">");
      sb.append("<details class=\"mentions\"><summary>").append(entity.mentions().size())
          .append("</summary><ul>");
      for (int k = 0; k < entity.mentions().size(); k++) {
        StoryEntity.Mention m = entity.mentions().get(k);
        sb.append("<li>");
        String anchor = marks.mentionAnchor(e, k, m);
        String text = "[" + marks.articleNumber(m.articleId()) + "] " + m.text();
        if (anchor != null) {
          sb.append("<a href=\"#").append(anchor).append("\">").append(escape(text)).append("</a>");
        } else {
          sb.append(escape(text));
        }
        sb.append("</li>");
      }
      sb.append("</ul></details></td><td class=\"in\" data-l=\"In articles: \">");
      StringBuilder nums = new StringBuilder();
      for (int number : numbers) {
        nums.append(nums.length() > 0 ? " " : "").append(number);
      }
      sb.append(nums);
      if (!outlets.isEmpty()) {
        sb.append("<div class=\"variants\">").append(escape(String.join(", ", outlets))).append("</div>");
      }
      sb.append("</td></tr>\n");
    }
    sb.append("</tbody></table></div>\n");
    if (shown < story.entities().size()) {
      sb.append("<p class=\"note\">").append(count(story.entities().size() - shown, "more entity", "more entities"))
          .append(" with fewer mentions are in <code>dossier.json</code>.</p>\n");
      // Their mentions are still highlighted in the texts.
      for (int e = shown; e < story.entities().size(); e++) {
        StoryEntity entity = story.entities().get(e);
        for (int k = 0; k < entity.mentions().size(); k++) {
          marks.mentionAnchor(e, k, entity.mentions().get(k));
        }
      }
    }
    for (int e = 0; e < story.entities().size(); e++) {
      marks.entityStyle(story.entities().get(e));
    }
  }

  /**
   * A line of references that point at an entity without being counted as its mentions (derived
   * words, role phrases): "[article] text", each linked to its place in the text where rendered.
   */
  private static void mentionLinks(
      StringBuilder sb, String label, List<StoryEntity.Mention> mentions, StoryMarks marks,
      java.util.function.BiFunction<Integer, StoryEntity.Mention, String> anchorOf) {
    if (mentions.isEmpty()) {
      return;
    }
    sb.append("<div class=\"variants\">").append(label);
    for (int k = 0; k < mentions.size(); k++) {
      StoryEntity.Mention m = mentions.get(k);
      String anchor = anchorOf.apply(k, m);
      String text = "[" + marks.articleNumber(m.articleId()) + "] " + m.text();
      sb.append(k > 0 ? ", " : "");
      if (anchor != null) {
        sb.append("<a href=\"#").append(anchor).append("\">").append(escape(text)).append("</a>");
      } else {
        sb.append(escape(text));
      }
    }
    sb.append("</div>");
  }

  private static void quotes(StringBuilder sb, Story story, StoryMarks marks) {
    sb.append("<h3>Quotes</h3>\n");
    if (story.quotes().isEmpty()) {
      sb.append(NOT_ANALYSED);
      return;
    }
    // Grouped by speaker (resolved ones first, by number of quotes); within a speaker, the versions of one
    // utterance reported by several articles stand side by side with their wording differences marked.
    // A grouped utterance stays together under the speaker of its first version.
    Map<String, String> groupSpeaker = new HashMap<>();
    Map<String, List<Quote>> bySpeaker = new java.util.LinkedHashMap<>();
    for (Quote q : story.quotes()) {
      String key = q.speaker() == null ? "" : q.speaker().entityId() != null ? q.speaker().entityId()
          : q.speaker().name().toLowerCase(java.util.Locale.ROOT);
      if (q.groupId() != null) {
        key = groupSpeaker.computeIfAbsent(q.groupId(), g -> "");
        if (key.isEmpty() && q.speaker() != null) {
          key = q.speaker().entityId() != null ? q.speaker().entityId()
              : q.speaker().name().toLowerCase(java.util.Locale.ROOT);
          groupSpeaker.put(q.groupId(), key);
        }
      }
      bySpeaker.computeIfAbsent(key, k -> new ArrayList<>()).add(q);
    }
    List<Map.Entry<String, List<Quote>>> speakers = new ArrayList<>(bySpeaker.entrySet());
    speakers.sort((a, b) -> a.getKey().isEmpty() != b.getKey().isEmpty() ? (a.getKey().isEmpty() ? 1 : -1)
        : Integer.compare(b.getValue().size(), a.getValue().size()));
    sb.append("<div class=\"quotes\">\n");
    for (Map.Entry<String, List<Quote>> speaker : speakers) {
      List<Quote> said = speaker.getValue();
      String name = speaker.getKey().isEmpty() ? null : said.stream().filter(q -> q.speaker() != null)
          .map(q -> q.speaker().name()).findFirst().orElse(null);
      sb.append(speakers.indexOf(speaker) < OPEN_SPEAKERS ? "<details class=\"speaker\" open><summary>" : "<details class=\"speaker\"><summary>")
          .append(name == null ? "<span class=\"muted\">unresolved speaker</span>" : escape(name))
          .append(" <span class=\"muted\">(").append(said.size()).append(said.size() == 1 ? " quote" : " quotes")
          .append(")</span></summary>\n");
      Map<String, List<Quote>> groups = new java.util.LinkedHashMap<>();
      for (Quote q : said) {
        groups.computeIfAbsent(q.groupId() == null ? "q:" + q.id() : "g:" + q.groupId(), k -> new ArrayList<>()).add(q);
      }
      for (List<Quote> versions : groups.values()) {
        sb.append(versions.size() > 1 ? "<div class=\"versions\">" : "<div class=\"single\">");
        List<String> base = quoteWords(versions.get(0).text());
        for (int v = 0; v < versions.size(); v++) {
          Quote q = versions.get(v);
          sb.append("<div class=\"version\"><span class=\"kind\">").append(escape(q.kind())).append("</span> ")
              .append(q.kind().equals("direct") ? "„" : "")
              .append(v == 0 || versions.size() == 1 ? escape(q.text()) : wordDiff(base, quoteWords(q.text())))
              .append(q.kind().equals("direct") ? "“" : "");
          if (q.cue() != null) {
            sb.append(" <span class=\"muted\">(").append(escape(q.cue().text())).append(")</span>");
          }
          sb.append(" ").append(marks.citeLink(new Citation(q.articleId(), q.start(), q.end()), "quote", "quote"))
              .append("</div>");
        }
        sb.append("</div>\n");
      }
      sb.append("</details>\n");
    }
    sb.append("</div>\n");
  }

  private static List<String> quoteWords(String text) {
    List<String> out = new ArrayList<>();
    for (String w : text.strip().split("\\s+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  /** The words of a later version, escaped, with those not in the first version (LCS) marked. */
  static String wordDiff(List<String> base, List<String> other) {
    int n = base.size();
    int m = other.size();
    if ((long) n * m > 250_000) {
      return escape(String.join(" ", other));
    }
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] = sameWord(base.get(i), other.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    StringBuilder out = new StringBuilder();
    int i = 0;
    int j = 0;
    boolean open = false;
    while (j < m) {
      boolean keep = i < n && sameWord(base.get(i), other.get(j));
      if (keep) {
        i++;
      } else if (i < n && lcs[i + 1][j] >= lcs[i][j + 1]) {
        i++;
        continue;
      }
      if (!keep && !open) {
        out.append(j > 0 ? " " : "").append("<mark class=\"diff\">");
        open = true;
      } else if (keep && open) {
        out.append("</mark> ");
        open = false;
      } else if (j > 0) {
        out.append(' ');
      }
      out.append(escape(other.get(j)));
      j++;
    }
    if (open) {
      out.append("</mark>");
    }
    return out.toString();
  }

  private static boolean sameWord(String a, String b) {
    return a.replaceAll("[\\p{P}]", "").equalsIgnoreCase(b.replaceAll("[\\p{P}]", ""));
  }

  private static void timeline(StringBuilder sb, Story story, StoryMarks marks) {
    sb.append("<h3>Timeline</h3>\n");
    if (story.timeline().isEmpty()) {
      sb.append(NOT_ANALYSED);
      return;
    }
    Map<String, String> names = new HashMap<>();
    for (StoryEntity e : story.entities()) {
      names.put(e.id(), e.name());
    }
    String rowPrefix = "tl" + marks.story + "-";
    timelineSvg(sb, story.timeline(), rowPrefix);
    sb.append("<div class=\"scroll\"><table class=\"timeline stack\">\n<thead><tr><th>Date</th><th>What</th>")
        .append("<th>Who</th><th>Where</th><th>Sources</th></tr></thead>\n<tbody>\n");
    for (int i = 0; i < story.timeline().size(); i++) {
      TimelineEntry t = story.timeline().get(i);
      List<String> who = new ArrayList<>();
      for (String id : t.participants()) {
        who.add(names.getOrDefault(id, id));
      }
      sb.append("<tr id=\"").append(rowPrefix).append(i).append("\"><td class=\"dates\">")
          .append(escape(t.date())).append("</td><td class=\"wide\">")
          .append(t.kind().equals("event") ? "" : "<span class=\"kind\">" + escape(t.kind()) + "</span> ")
          .append(escape(t.description())).append("</td><td data-l=\"Who: \">")
          .append(escape(String.join(", ", who))).append("</td><td data-l=\"Where: \">")
          .append(escape(t.place() == null ? "" : t.place())).append("</td><td class=\"srcs\">");
      for (Citation c : t.sources()) {
        sb.append(marks.citeTip(c, "cite", "source", t.description())).append(' ');
      }
      sb.append("</td></tr>\n");
    }
    sb.append("</tbody></table></div>\n");
  }

  /** Logical widths of the two drawings: the wide one for screens and print, the narrow for phones. */
  static final int WIDE = 900;
  static final int NARROW = 360;
  /** Label font size in user units; both drawings are shown near their natural size. */
  static final int LABEL_FONT = 11;
  /** Conservative average glyph width of the label font, as a share of its size (digits and dots). */
  static final double GLYPH = 0.62;
  /** Gaps longer than this many days are drawn as {@link #BREAK_UNITS} days with a break mark. */
  private static final int BREAK_DAYS = 6;
  private static final int BREAK_UNITS = 3;
  private static final int AXIS_Y = 76;
  private static final int MAX_STACK = 4;

  static void timelineSvg(StringBuilder sb, List<TimelineEntry> timeline) {
    timelineSvg(sb, timeline, null);
  }

  /**
   * A day axis with one dot per entry dated to the day (weeks, months and background are left to the
   * table, so a month-long entry does not squeeze the days together): filled for reported events,
   * hollow for planned ones; hovering shows the description, a click jumps to the table row when
   * {@code rowPrefix} is given. Long empty stretches are shortened and marked with a break; labels
   * are placed without overlap in two staggered rows, thinned when the days are too dense, and months
   * are labelled instead of days when the range is long. Drawn twice, wide and narrow, each scaling
   * to its container (viewBox, width 100%); the style shows one. Presentation attributes only, so the
   * page's style policy needs no exception; inline SVG in HTML needs no namespace (no URL).
   */
  static void timelineSvg(StringBuilder sb, List<TimelineEntry> timeline, String rowPrefix) {
    List<Integer> dated = new ArrayList<>();
    List<LocalDate> days = new ArrayList<>();
    for (int i = 0; i < timeline.size(); i++) {
      TimelineEntry t = timeline.get(i);
      LocalDate day = firstDay(t.date());
      if (day != null && !t.kind().equals("background")) {
        dated.add(i);
        days.add(day);
      }
    }
    if (dated.isEmpty()) {
      return;
    }
    sb.append("<div class=\"tl-box\">");
    axisSvg(sb, timeline, dated, days, rowPrefix, WIDE, "tl tl-wide");
    axisSvg(sb, timeline, dated, days, rowPrefix, NARROW, "tl tl-narrow");
    sb.append("</div>\n");
  }

  private static void axisSvg(StringBuilder sb, List<TimelineEntry> timeline, List<Integer> dated,
      List<LocalDate> days, String rowPrefix, int width, String cssClass) {
    java.util.TreeSet<LocalDate> distinct = new java.util.TreeSet<>(days);
    LocalDate first = distinct.first();
    LocalDate last = distinct.last();
    DayScale scale = new DayScale(new ArrayList<>(distinct), 18, width - 18);
    int height = AXIS_Y + 36;
    sb.append(String.format(Locale.ROOT,
        "<svg class=\"%s\" role=\"img\" aria-label=\"Timeline %s to %s\" viewBox=\"0 0 %d %d\""
            + " width=\"100%%\" preserveAspectRatio=\"xMinYMin meet\">\n",
        cssClass, first, last, width, height));
    sb.append(String.format(Locale.ROOT,
        "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#555\" stroke-width=\"1.5\"/>\n", 6, AXIS_Y,
        width - 6, AXIS_Y));
    // Breaks where empty stretches were shortened.
    List<LocalDate> ds = scale.days;
    for (int i = 0; i + 1 < ds.size(); i++) {
      long gap = ChronoUnit.DAYS.between(ds.get(i), ds.get(i + 1));
      if (gap > BREAK_DAYS) {
        double x = (scale.x(ds.get(i)) + scale.x(ds.get(i + 1))) / 2;
        sb.append(String.format(Locale.ROOT,
            "<g stroke=\"#555\" stroke-width=\"1.2\"><title>%d days without entries</title>"
                + "<rect x=\"%.1f\" y=\"%d\" width=\"8\" height=\"12\" fill=\"#fff\" stroke=\"none\"/>"
                + "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\"/><line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\"/></g>\n",
            gap - 1, x - 4, AXIS_Y - 6, x - 5, AXIS_Y + 6, x - 1, AXIS_Y - 6, x + 1, AXIS_Y + 6, x + 5,
            AXIS_Y - 6));
      }
    }
    // Labels: days, or months when the range is long and the days do not fit.
    List<String> texts = new ArrayList<>();
    List<Double> xs = new ArrayList<>();
    // Months when the drawn range (gaps shortened) is long and its days would not fit in two rows.
    boolean byMonth = scale.units > 62 && ds.size() * (labelWidth("30.12.") + 4) > 2 * (width - 36);
    if (byMonth) {
      for (LocalDate m = first.withDayOfMonth(1); !m.isAfter(last); m = m.plusMonths(1)) {
        LocalDate at = m.isBefore(first) ? first : m;
        texts.add(String.format(Locale.ROOT, "%d-%02d", m.getYear(), m.getMonthValue()));
        xs.add(scale.x(at));
      }
    } else {
      int year = -1;
      for (LocalDate d : ds) {
        boolean newYear = d.getYear() != year && first.getYear() != last.getYear();
        texts.add(d.getDayOfMonth() + "." + d.getMonthValue() + "." + (newYear ? String.valueOf(d.getYear()) : ""));
        xs.add(scale.x(d));
        year = d.getYear();
      }
    }
    for (LocalDate d : ds) {
      double x = scale.x(d);
      sb.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#555\"/>",
          x, AXIS_Y - 3, x, AXIS_Y + 3));
    }
    sb.append('\n');
    for (Label l : placeLabels(texts, xs, width)) {
      sb.append(String.format(Locale.ROOT,
          "<text x=\"%.1f\" y=\"%d\" font-size=\"%d\" text-anchor=\"%s\" fill=\"#333\">%s</text>\n",
          l.x(), l.y(), LABEL_FONT, l.anchor(), escape(l.text())));
    }
    // Dots, stacked per day, smaller when the days stand close; beyond the stack a count.
    double closest = Double.MAX_VALUE;
    for (int i = 1; i < ds.size(); i++) {
      closest = Math.min(closest, scale.x(ds.get(i)) - scale.x(ds.get(i - 1)));
    }
    double r = Math.max(2.5, Math.min(4.5, closest / 2 - 0.8));
    double step = 2 * r + 3;
    Map<LocalDate, Integer> stacked = new HashMap<>();
    for (int k = 0; k < dated.size(); k++) {
      int i = dated.get(k);
      TimelineEntry t = timeline.get(i);
      LocalDate day = days.get(k);
      int level = stacked.merge(day, 1, Integer::sum) - 1;
      if (level >= MAX_STACK) {
        continue;
      }
      double x = scale.x(day);
      double y = AXIS_Y - 4 - r - step * level;
      boolean planned = t.kind().equals("planned");
      String dot = String.format(Locale.ROOT,
          "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\" stroke=\"#1f4e79\" stroke-width=\"%s\">"
              + "<title>%s</title></circle>",
          x, y, r, planned ? "#ffffff" : "#1f4e79", r < 4 ? "1.5" : "2",
          escape(t.date() + (planned ? " (planned)" : "") + ": " + t.description()));
      if (rowPrefix != null) {
        sb.append("<a href=\"#").append(rowPrefix).append(i).append("\">").append(dot).append("</a>\n");
      } else {
        sb.append(dot).append('\n');
      }
    }
    for (Map.Entry<LocalDate, Integer> e : new java.util.TreeMap<>(stacked).entrySet()) {
      if (e.getValue() > MAX_STACK) {
        sb.append(String.format(Locale.ROOT,
            "<text x=\"%.1f\" y=\"%d\" font-size=\"9\" text-anchor=\"middle\" fill=\"#1f4e79\">+%d</text>\n",
            scale.x(e.getKey()), (int) Math.round(AXIS_Y - 4 - 2 * r - step * (MAX_STACK - 1) - 4), e.getValue() - MAX_STACK));
      }
    }
    sb.append("<text x=\"4\" y=\"11\" font-size=\"10\" fill=\"#555\">\u25CF reported  \u25CB planned</text>\n");
    sb.append("</svg>\n");
  }

  /** Positions of the distinct days: one unit per day, long empty stretches shortened. */
  private static final class DayScale {
    final List<LocalDate> days;
    final double[] at;
    /** Days drawn from first to last, shortened gaps counted as drawn. */
    final double units;

    DayScale(List<LocalDate> days, double from, double to) {
      this.days = days;
      double[] units = new double[days.size()];
      for (int i = 1; i < days.size(); i++) {
        long gap = ChronoUnit.DAYS.between(days.get(i - 1), days.get(i));
        units[i] = units[i - 1] + (gap > BREAK_DAYS ? BREAK_UNITS : gap);
      }
      double total = units[units.length - 1];
      this.units = total;
      at = new double[days.size()];
      for (int i = 0; i < days.size(); i++) {
        at[i] = total == 0 ? (from + to) / 2 : from + (to - from) * units[i] / total;
      }
    }

    /** The position of a day, interpolated between the drawn days (for month starts). */
    double x(LocalDate d) {
      int i = java.util.Collections.binarySearch(days, d);
      if (i >= 0) {
        return at[i];
      }
      int next = -i - 1;
      if (next == 0) {
        return at[0];
      }
      if (next >= days.size()) {
        return at[days.size() - 1];
      }
      double share = (double) ChronoUnit.DAYS.between(days.get(next - 1), d)
          / ChronoUnit.DAYS.between(days.get(next - 1), days.get(next));
      return at[next - 1] + share * (at[next] - at[next - 1]);
    }
  }

  /**
   * A placed label: {@code at} is the point it names, {@code x} and {@code anchor} where its text
   * stands (kept inside the drawing), {@code y} its baseline (one of two rows).
   */
  record Label(String text, double at, double x, int y, String anchor) {}

  static double labelWidth(String text) {
    return text.length() * LABEL_FONT * GLYPH;
  }

  /**
   * Greedy, left to right: each label goes in the first of two rows where it keeps a gap to the
   * label before it; a label that fits in neither is left out (its dot keeps the tooltip).
   */
  static List<Label> placeLabels(List<String> texts, List<Double> xs, int width) {
    int[] rows = {AXIS_Y + 17, AXIS_Y + 31};
    double[] rowEnd = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
    List<Label> out = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      double w = labelWidth(texts.get(i));
      double at = xs.get(i);
      double left = at - w / 2;
      String anchor = "middle";
      double x = at;
      if (left < 2) {
        left = 2;
        x = 2;
        anchor = "start";
      } else if (at + w / 2 > width - 2) {
        left = width - 2 - w;
        x = width - 2;
        anchor = "end";
      }
      for (int r = 0; r < rows.length; r++) {
        if (left >= rowEnd[r] + 5) {
          out.add(new Label(texts.get(i), at, x, rows[r], anchor));
          rowEnd[r] = left + w;
          break;
        }
      }
    }
    return out;
  }

  private static LocalDate firstDay(String date) {
    try {
      if (date.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
        return LocalDate.parse(date.substring(0, 10));
      }
    } catch (DateTimeException e) {
      return null;
    }
    return null;
  }

  private static void sharedPassages(
      StringBuilder sb, Story story, StoryMarks marks, Map<String, DossierArticle> byId) {
    sb.append("<h3>Shared passages</h3>\n");
    if (!story.copies().isEmpty()) {
      sb.append("<p class=\"copies\">Copies (count once): ");
      for (ArticleCopy c : story.copies()) {
        sb.append(escape(c.articleId())).append(" = ").append(escape(c.kind())).append(" copy of ")
            .append(escape(c.duplicateOf())).append("; ");
      }
      sb.append("</p>\n");
    }
    if (story.sharedPassages().isEmpty()) {
      sb.append(NOT_ANALYSED);
      return;
    }
    // Side by side: words only in a struck through, words only in b underlined.
    sb.append("<div class=\"scroll\"><table class=\"shared\">\n<thead><tr><th>Passage</th><th>Also in</th>")
        .append("<th class=\"num\">Similarity</th></tr></thead>\n<tbody>\n");
    for (SharedPassage p : story.sharedPassages()) {
      List<int[]> aEdits = new ArrayList<>();
      List<int[]> bEdits = new ArrayList<>();
      for (SharedPassage.Edit e : p.edits()) {
        aEdits.add(new int[] {e.aStart(), e.aEnd()});
        bEdits.add(new int[] {e.bStart(), e.bEnd()});
      }
      sb.append("<tr><td>").append(marks.citeLink(p.a(), "shared", "shared passage")).append(' ')
          .append(marked(byId.get(p.a().articleId()), p.a(), aEdits, "del")).append("</td><td>")
          .append(marks.citeLink(p.b(), "shared", "shared passage")).append(' ')
          .append(marked(byId.get(p.b().articleId()), p.b(), bEdits, "ins")).append("</td><td class=\"num\">")
          .append(String.format(Locale.ROOT, "%.2f", p.similarity()));
      if (p.kind() != null) {
        sb.append("<br><span class=\"muted\">").append(escape(p.kind())).append("</span>");
      }
      if (p.carriesMore() != null) {
        sb.append("<br><span class=\"muted\">fuller: [").append(escape(marks.articleNumber(p.carriesMore())))
            .append("]</span>");
      }
      sb.append("</td></tr>\n");
    }
    sb.append("</tbody></table></div>\n");
  }

  /** The passage's text, escaped, with the edit spans inside it wrapped in {@code tag}. */
  private static String marked(DossierArticle a, Citation c, List<int[]> edits, String tag) {
    if (a == null || c.end() > a.text().length() || c.start() > c.end()) {
      return "";
    }
    int end = Math.min(c.end(), c.start() + 1200);
    StringBuilder out = new StringBuilder();
    int at = c.start();
    edits.sort((x, y) -> Integer.compare(x[0], y[0]));
    for (int[] e : edits) {
      int from = Math.max(e[0], at);
      int to = Math.min(e[1], end);
      if (to <= from) {
        continue;
      }
      out.append(escape(a.text().substring(at, from))).append('<').append(tag).append('>')
          .append(escape(a.text().substring(from, to))).append("</").append(tag).append('>');
      at = to;
    }
    out.append(escape(a.text().substring(at, end)));
    return end < c.end() ? out.append('…').toString() : out.toString();
  }

  private static void discrepancies(StringBuilder sb, Story story, StoryMarks marks) {
    sb.append("<h3>Discrepancies</h3>\n");
    if (story.discrepancies().isEmpty()) {
      sb.append(NOT_ANALYSED);
      return;
    }
    // Each side is one stated value with every article stating it, so both sides stand next to
    // each other, each cited.
    sb.append("<ul class=\"discrepancies\">\n");
    for (Discrepancy d : story.discrepancies()) {
      sb.append("<li><b>").append(escape(d.topic())).append("</b> <span class=\"kind\">")
          .append(escape(d.kind())).append("</span>\n<div class=\"sides\">");
      Map<String, List<Discrepancy.Version>> sides = new LinkedHashMap<>();
      for (Discrepancy.Version v : d.versions()) {
        String value = v.value() != null ? v.value() : v.text().strip();
        sides.computeIfAbsent(value, k -> new ArrayList<>()).add(v);
      }
      for (Map.Entry<String, List<Discrepancy.Version>> side : sides.entrySet()) {
        sb.append("<div class=\"side\"><div class=\"value\">").append(escape(side.getKey()))
            .append(" <span class=\"muted\">(").append(count(side.getValue().size(), "article", "articles"))
            .append(")</span></div><ul>");
        for (Discrepancy.Version v : side.getValue()) {
          DossierArticle a = marks.byId.get(v.articleId());
          sb.append("<li>").append(marks.citeTip(new Citation(v.articleId(), v.start(), v.end()), "cite",
              "version", v.text())).append(' ').append(escape(v.text()));
          if (a != null) {
            sb.append(" <span class=\"muted\">· ").append(escape(sourceName(a)));
            if (a.published() != null) {
              sb.append(", ").append(escape(shortDay(a.published())));
            }
            sb.append("</span>");
          }
          sb.append("</li>");
        }
        sb.append("</ul></div>");
      }
      sb.append("</div></li>\n");
    }
    sb.append("</ul>\n");
  }

  private void unassigned(StringBuilder sb, Dossier dossier) {
    Set<String> inStories = new HashSet<>();
    for (Story s : dossier.stories()) {
      inStories.addAll(s.articleIds());
    }
    List<DossierArticle> loose = new ArrayList<>();
    for (DossierArticle a : dossier.articles()) {
      if (!inStories.contains(a.id())) {
        loose.add(a);
      }
    }
    if (loose.isEmpty()) {
      return;
    }
    sb.append("<section id=\"unassigned\"><h2>Articles in no story</h2>\n<ul>");
    int shown = Math.min(loose.size(), options.maxListedStories());
    for (int i = 0; i < shown; i++) {
      sb.append("<li>").append(escape(label(loose.get(i)))).append("</li>");
    }
    sb.append("</ul>\n");
    if (shown < loose.size()) {
      sb.append("<p class=\"note\">").append(count(loose.size() - shown, "more", "more"))
          .append(" in <code>dossier.json</code>.</p>\n");
    }
    sb.append("</section>\n");
  }

  private void rejected(StringBuilder sb, List<Rejection> rejected) {
    sb.append("<section id=\"rejected\"><h2>Rejected inputs</h2>\n");
    if (rejected.isEmpty()) {
      sb.append("<p class=\"na\">None: every input was analysed.</p>\n</section>\n");
      return;
    }
    sb.append("<div class=\"scroll\"><table>\n<thead><tr><th>Input</th><th>Reason</th></tr></thead>\n<tbody>\n");
    int shown = Math.min(rejected.size(), options.maxRejected());
    for (int i = 0; i < shown; i++) {
      Rejection r = rejected.get(i);
      sb.append("<tr><td class=\"src\">").append(escape(r.source())).append("</td><td>")
          .append(escape(r.reason())).append("</td></tr>\n");
    }
    sb.append("</tbody></table></div>\n");
    if (shown < rejected.size()) {
      sb.append("<p class=\"note\">").append(count(rejected.size() - shown, "more rejection", "more rejections"))
          .append(" in <code>dossier.json</code>.</p>\n");
    }
    sb.append("</section>\n");
  }

  /**
   * The marks of one story's texts and the anchors that link to them. Links are only made to texts
   * that are rendered, so no link on the page dangles.
   */
  private static final class StoryMarks {
    private final int story;
    private final Map<String, Integer> articleIndex;
    private final Set<String> rendered;
    private final Map<String, List<ArticleTextRenderer.Mark>> marks = new HashMap<>();
    private final Map<String, Integer> mentionEntity = new HashMap<>();
    private final Map<String, DossierArticle> byId;
    private int citations;

    StoryMarks(int story, Map<String, Integer> articleIndex, Set<String> rendered,
        Map<String, DossierArticle> byId) {
      this.story = story;
      this.articleIndex = articleIndex;
      this.rendered = rendered;
      this.byId = byId;
    }

    String textAnchor(int article) {
      return "t" + story + "-" + article;
    }

    String entityAnchor(int entity) {
      return "e" + story + "-" + entity;
    }

    String articleNumber(String articleId) {
      Integer i = articleIndex.get(articleId);
      return i == null ? "?" : String.valueOf(i + 1);
    }

    /** Registers the mention's highlight; returns its anchor, or null when its text is not shown. */
    String mentionAnchor(int entity, int mention, StoryEntity.Mention m) {
      if (!rendered.contains(m.articleId())) {
        return null;
      }
      String anchor = "m" + story + "-" + entity + "-" + mention;
      mentionEntity.put(anchor, entity);
      add(m.articleId(), new ArticleTextRenderer.Mark(m.start(), m.end(), "", null, anchor));
      return anchor;
    }

    /** Registers a derived word's underline; returns its anchor, or null when its text is not shown. */
    String derivedAnchor(int entity, int k, StoryEntity.Mention m, String entityName) {
      if (!rendered.contains(m.articleId())) {
        return null;
      }
      String anchor = "d" + story + "-" + entity + "-" + k;
      add(m.articleId(), new ArticleTextRenderer.Mark(m.start(), m.end(), "derived",
          "derived from " + entityName, anchor));
      return anchor;
    }

    /** Registers a role phrase's underline; returns its anchor, or null when its text is not shown. */
    String roleAnchor(int entity, int k, StoryEntity.Mention m, String entityName) {
      if (!rendered.contains(m.articleId())) {
        return null;
      }
      String anchor = "r" + story + "-" + entity + "-" + k;
      add(m.articleId(), new ArticleTextRenderer.Mark(m.start(), m.end(), "derived",
          "refers to " + entityName, anchor));
      return anchor;
    }

    /** Colours every mention of the entity in the shown texts, with a tooltip naming it. */
    void entityStyle(StoryEntity e) {
      for (StoryEntity.Mention m : e.mentions()) {
        if (rendered.contains(m.articleId())) {
          add(m.articleId(), new ArticleTextRenderer.Mark(m.start(), m.end(), "ent " + typeClass(e.type()),
              e.name() + " (" + e.type() + ")", null));
        }
      }
    }

    /** A numbered link to a cited span, registering the span's highlight; plain when not shown. */
    String citeLink(Citation c, String cssClass, String what) {
      String number = "[" + articleNumber(c.articleId()) + "]";
      if (!rendered.contains(c.articleId())) {
        return "<span class=\"ref\" title=\"" + escape(c.articleId()) + "\">" + number + "</span>";
      }
      String anchor = "c" + story + "-" + citations++;
      add(c.articleId(), new ArticleTextRenderer.Mark(c.start(), c.end(), cssClass, what, anchor));
      return "<a class=\"ref\" href=\"#" + anchor + "\" title=\"" + escape(what) + " in article "
          + articleNumber(c.articleId()) + "\">" + number + "</a>";
    }

    /**
     * A numbered marker that reveals the cited sentence, its source and date on hover, focus or
     * tap (CSS alone; the page's script only places the box and opens it on touch), and links to
     * the span in the shown text.
     *
     * @param besideText the text the marker stands beside; when the cited wording does not contain
     *     it (another article's version, a shortened description), print shows the wording too
     */
    String citeTip(Citation c, String cssClass, String what, String besideText) {
      DossierArticle a = byId.get(c.articleId());
      String number = "[" + articleNumber(c.articleId()) + "]";
      int n = citations++;
      String anchor = "c" + story + "-" + n;
      String tip = "n" + story + "-" + n;
      boolean linked = rendered.contains(c.articleId());
      StringBuilder sb = new StringBuilder(400);
      sb.append("<span class=\"cw\">");
      if (linked) {
        add(c.articleId(), new ArticleTextRenderer.Mark(c.start(), c.end(), cssClass, what, anchor));
        sb.append("<a class=\"ref\" href=\"#").append(anchor).append("\" aria-describedby=\"")
            .append(tip).append("\">").append(number).append("</a>");
      } else {
        sb.append("<span class=\"ref\" tabindex=\"0\" aria-describedby=\"").append(tip).append("\">")
            .append(number).append("</span>");
      }
      String cited = a == null ? "" : cited(a.text(), c.start(), c.end());
      boolean differs = besideText == null || !normalised(cited).contains(normalised(besideText));
      sb.append("<span class=\"tip").append(differs ? " differs" : "").append("\" id=\"").append(tip)
          .append("\"><span class=\"src\">").append(number).append(' ')
          .append(escape(a == null ? c.articleId() : sourceName(a)));
      if (a != null && a.published() != null) {
        sb.append(" · ").append(escape(shortDay(a.published())));
      }
      sb.append("</span>");
      if (a != null) {
        sb.append("<span class=\"q\">");
        sentence(sb, a.text(), c.start(), c.end());
        sb.append("</span>");
      }
      if (linked) {
        sb.append("<a class=\"go\" href=\"#").append(anchor).append("\">in the text ↓</a>");
      }
      sb.append("</span></span>");
      return sb.toString();
    }

    private void add(String articleId, ArticleTextRenderer.Mark mark) {
      marks.computeIfAbsent(articleId, k -> new ArrayList<>()).add(mark);
    }

    List<ArticleTextRenderer.Mark> forArticle(DossierArticle a) {
      List<ArticleTextRenderer.Mark> all = new ArrayList<>();
      for (Noise n : a.noise()) {
        all.add(new ArticleTextRenderer.Mark(n.start(), n.end(), "noise", "debris: " + n.kind(), null));
      }
      all.addAll(marks.getOrDefault(a.id(), List.of()));
      return all;
    }
  }

  private static String typeClass(String type) {
    return switch (type) {
      case "PER", "ORG", "LOC" -> type;
      default -> "MISC";
    };
  }

  private static String storyAnchor(int s) {
    return "s" + s;
  }

  private static String label(DossierArticle a) {
    return a.title() != null && !a.title().isBlank() ? a.title() : a.id();
  }

  /** How a citation names its article: the outlet, else the headline, else the id. */
  static String sourceName(DossierArticle a) {
    return a.outlet() != null && !a.outlet().isBlank() ? a.outlet() : label(a);
  }

  /** The opening words of an untitled article, so a reader can tell the articles apart. */
  private static String lead(DossierArticle a) {
    if (a.title() != null && !a.title().isBlank()) {
      return "";
    }
    return StoryTitler.lead(org.lagebild.clean.AnalysisText.masked(a.text(), a.noise()), null);
  }

  /** Longest context shown on either side of a cited span, and the longest cited span shown whole. */
  private static final int CONTEXT = 220;
  private static final int MAX_CITED = 420;

  /** The cited text, bounds clipped to the text. */
  private static String cited(String text, int start, int end) {
    int s = Math.max(0, Math.min(start, text.length()));
    return text.substring(s, Math.max(s, Math.min(end, text.length())));
  }

  /** Letters and digits only, lower case: wording compared regardless of spacing and punctuation. */
  private static String normalised(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints().filter(Character::isLetterOrDigit)
        .forEach(cp -> out.appendCodePoint(Character.toLowerCase(cp)));
    return out.toString();
  }

  /**
   * The sentence around {@code [start, end)}, escaped and on one line, the cited span in {@code
   * <mark>} when it is only part of the sentence; long sentences and spans are cut with an ellipsis.
   */
  static void sentence(StringBuilder sb, String text, int start, int end) {
    int s = Math.max(0, Math.min(start, text.length()));
    int e = Math.max(s, Math.min(end, text.length()));
    int from = s;
    while (from > 0 && s - from < CONTEXT && text.charAt(from - 1) != '\n'
        && !(Character.isWhitespace(text.charAt(from - 1)) && from >= 2 && ".!?".indexOf(text.charAt(from - 2)) >= 0)) {
      from--;
    }
    int to = e;
    while (to < text.length() && to - e < CONTEXT && text.charAt(to) != '\n'
        && !(to > e && ".!?".indexOf(text.charAt(to - 1)) >= 0 && Character.isWhitespace(text.charAt(to)))
        && !(to == e && e > s && ".!?".indexOf(text.charAt(e - 1)) >= 0)) {
      to++;
    }
    if (s - from >= CONTEXT) {
      int space = text.indexOf(' ', from);
      from = space >= 0 && space < s ? space + 1 : from;
    }
    boolean whole = from == s && to == e;
    if (from > 0 && text.charAt(from - 1) != '\n' && !Character.isWhitespace(text.charAt(from - 1))) {
      sb.append('…');
    }
    sb.append(oneLine(text.substring(from, s)));
    String span = text.substring(s, e);
    String shown = span.length() > MAX_CITED ? span.substring(0, wordCut(span, MAX_CITED)) + " …" : span;
    if (!whole) {
      sb.append("<mark>");
    }
    sb.append(oneLine(shown));
    if (!whole) {
      sb.append("</mark>");
    }
    sb.append(oneLine(text.substring(e, to)));
    if (to < text.length() && text.charAt(to) != '\n' && !Character.isWhitespace(text.charAt(to))) {
      sb.append('…');
    }
  }

  private static String oneLine(String s) {
    return escape(s.replaceAll("\\s+", " "));
  }

  /** A cut at most {@code max} chars in, at the last space when there is one, never inside a pair. */
  private static int wordCut(String s, int max) {
    int space = s.lastIndexOf(' ', max);
    if (space > max / 2) {
      return space;
    }
    return Character.isLowSurrogate(s.charAt(max)) ? max - 1 : max;
  }

  /** The date part of an ISO date or date-time. */
  private static String shortDay(String iso) {
    int t = iso.indexOf('T');
    return t > 0 ? iso.substring(0, t) : iso;
  }

  /** Distinct outlets, most frequent first, at most {@code limit} named. */
  private static String outlets(Story story, Map<String, DossierArticle> byId, int limit) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String id : story.articleIds()) {
      DossierArticle a = byId.get(id);
      if (a != null && a.outlet() != null && !a.outlet().isBlank()) {
        counts.merge(a.outlet(), 1, Integer::sum);
      }
    }
    List<String> names = new ArrayList<>(counts.keySet());
    names.sort(Comparator.comparingInt(n -> -counts.get(n)));
    if (names.size() <= limit) {
      return String.join(", ", names);
    }
    return String.join(", ", names.subList(0, limit)) + " +" + (names.size() - limit);
  }

  /** Earliest to latest known publication date (date part only). */
  private static String dateRange(Story story, Map<String, DossierArticle> byId) {
    String min = null;
    String max = null;
    for (String id : story.articleIds()) {
      DossierArticle a = byId.get(id);
      if (a == null || a.published() == null) {
        continue;
      }
      String p = a.published();
      int t = p.indexOf('T');
      String d = t > 0 ? p.substring(0, t) : p;
      if (min == null || d.compareTo(min) < 0) {
        min = d;
      }
      if (max == null || d.compareTo(max) > 0) {
        max = d;
      }
    }
    if (min == null) {
      return "";
    }
    return min.equals(max) ? min : min + " – " + max;
  }

  /** "2022-01-19T19:14:00+01:00" shown as "2022-01-19 19:14"; the full value goes in the tooltip. */
  private static String shortDate(String iso) {
    int t = iso.indexOf('T');
    if (t < 0 || iso.length() < t + 6) {
      return iso;
    }
    return iso.substring(0, t) + " " + iso.substring(t + 1, t + 6);
  }

  private static String count(int n, String singular, String plural) {
    return String.format(Locale.ROOT, "%,d", n).replace(',', '\u202F') + " " + (n == 1 ? singular : plural);
  }

  private static String sha256(String content) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }

  private static final String STYLE =
      """
      :root{--fg:#1d1d1f;--muted:#6b6b70;--line:#d9d9de;--bg:#fff;--soft:#f5f5f7;--accent:#0b57d0;\
      --per:#dbe8ff;--per-b:#5b8def;--org:#ffe7cc;--org-b:#e08a2c;--loc:#d9f2df;--loc-b:#3c9a5f;\
      --misc:#efe1fa;--misc-b:#9b5fc7}
      *{box-sizing:border-box}
      html{-webkit-text-size-adjust:100%}
      body{margin:0 auto;max-width:76rem;padding:1rem 1.25rem 3rem;color:var(--fg);background:var(--bg);\
      font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
      h1{font-size:1.6rem;margin:.2rem 0 .4rem}
      h2{font-size:1.3rem;margin:1.6rem 0 .4rem;line-height:1.3}
      h3{font-size:1.02rem;margin:1.3rem 0 .35rem;color:#333;border-bottom:1px solid var(--line);\
      padding-bottom:.15rem}
      a{color:var(--accent);text-decoration:none}a:hover{text-decoration:underline}
      code{font-size:.9em;background:var(--soft);padding:0 .25em;border-radius:3px}
      header{border-bottom:2px solid var(--fg);padding-bottom:.6rem}
      .counts{list-style:none;display:flex;flex-wrap:wrap;gap:.4rem 1.4rem;padding:0;margin:.2rem 0}
      .counts b{font-size:1.25rem}
      .langs,.gen,.muted,.meta{color:var(--muted)}
      .gen{font-size:.85rem;margin:.2rem 0 0}
      .meta{margin:.1rem 0 .6rem}
      .scroll{overflow-x:auto;-webkit-overflow-scrolling:touch}
      table{border-collapse:collapse;width:100%;font-size:.92rem}
      th,td{text-align:left;vertical-align:top;padding:.3rem .5rem;border-bottom:1px solid var(--line)}
      th{font-weight:600;background:var(--soft);white-space:nowrap}
      td.num,th.num{text-align:right;white-space:nowrap}
      td.dates{white-space:nowrap}
      td.src{word-break:break-all}
      .story{border-top:1px solid var(--line);margin-top:2rem}
      .sid{display:inline-block;font-size:.8rem;font-weight:600;color:#fff;background:var(--fg);\
      border-radius:3px;padding:0 .35rem;vertical-align:middle}
      .na{color:var(--muted);font-style:italic;font-size:.9rem;margin:.2rem 0}
      .note{background:#fff8e1;border-left:3px solid #f0b400;padding:.4rem .7rem;font-size:.92rem}
      .basis,.kind,.type{font-size:.75rem;border:1px solid var(--line);border-radius:3px;padding:0 .3rem;\
      color:var(--muted);white-space:nowrap}
      .type.PER{background:var(--per)}.type.ORG{background:var(--org)}.type.LOC{background:var(--loc)}\
      .type.MISC{background:var(--misc)}
      .ent{border-bottom:2px solid transparent;border-radius:2px}
      .ent.PER{background:var(--per);border-color:var(--per-b)}
      .ent.ORG{background:var(--org);border-color:var(--org-b)}
      .ent.LOC{background:var(--loc);border-color:var(--loc-b)}
      .ent.MISC{background:var(--misc);border-color:var(--misc-b)}
      .derived{border-bottom:1px dotted var(--muted)}
      .noise{color:#9a9aa0;text-decoration:line-through;background:#eeeef0;cursor:help}
      .body .cite,.body .quote,.body .shared{box-shadow:inset 0 -.45em 0 #fff0a8}
      .quotes details.speaker{margin:.4em 0;border-left:3px solid #ccd;padding-left:.6em}
      .quotes summary{font-weight:600;cursor:pointer}
      .quotes .versions{display:grid;grid-template-columns:repeat(auto-fit,minmax(16em,1fr));gap:.5em;margin:.3em 0;background:#f6f7fb;padding:.3em}
      .quotes .single{margin:.3em 0}
      .quotes .version{padding:.2em .4em}
      .quotes .versions .version{border:1px solid #dde;background:#fff}
      .quotes mark.diff{background:#ffd6a5}
      table.shared del{background:#ffd7d5;text-decoration:line-through}
      table.shared ins{background:#d2f4d3;text-decoration:none}
      details.mentions summary{cursor:pointer;color:var(--accent)}
      details.mentions ul{list-style:none;margin:.2rem 0;padding:0;text-align:left;font-size:.85rem;\
      max-height:14rem;overflow:auto;white-space:nowrap}
      details.text{border:1px solid var(--line);border-radius:6px;margin:.5rem 0;background:#fff}
      details.text>summary{cursor:pointer;padding:.45rem .7rem;background:var(--soft);border-radius:6px}
      details.text[open]>summary{border-bottom:1px solid var(--line);border-radius:6px 6px 0 0}
      .idx{display:inline-block;min-width:1.5em;text-align:center;font-weight:600;background:#fff;\
      border:1px solid var(--line);border-radius:3px;font-size:.85rem}
      .body{white-space:pre-wrap;overflow-wrap:anywhere;padding:.7rem .9rem;line-height:1.65;\
      font-family:Georgia,"Times New Roman",serif;font-size:1.02rem}
      .ref{font-size:.8rem;white-space:nowrap}
      .cw{position:relative}
      .tip{display:none;position:absolute;left:0;top:100%;z-index:30;width:max-content;\
      max-width:min(30rem,86vw);background:#fff;color:var(--fg);border:1px solid #b8bcc8;border-radius:6px;\
      box-shadow:0 4px 16px rgba(0,0,0,.18);padding:.45rem .65rem;font:400 .9rem/1.45 system-ui,sans-serif;\
      white-space:normal;text-align:left;font-style:normal}
      .js .tip{position:fixed}
      .cw:hover>.tip,.cw:focus-within>.tip,.cw.open>.tip{display:block}
      .cw.shut>.tip{display:none}
      .tip .src{display:block;color:var(--muted);font-size:.8rem;margin-bottom:.15rem}
      .tip .q{display:block;font-family:Georgia,"Times New Roman",serif}
      .tip mark{background:#fff0a8}
      .tip .go{display:inline-block;margin-top:.25rem;font-size:.8rem}
      span.ref[tabindex]{color:var(--accent);cursor:help}
      .tl-box{margin:.3rem 0 .5rem}
      .tl{display:block;width:100%;height:auto}
      .tl-wide{max-width:60rem}
      .tl-narrow{display:none;max-width:32rem}
      .tl a circle{cursor:pointer}
      ul.discrepancies{list-style:none;padding:0;margin:.3rem 0}
      ul.discrepancies>li{margin:.2rem 0 .7rem}
      .sides{display:grid;grid-template-columns:repeat(auto-fit,minmax(15rem,1fr));gap:.5rem;margin:.3rem 0}
      .side{border:1px solid var(--line);border-radius:6px;padding:.35rem .6rem;background:#fafafc}
      .side .value{font-weight:600}
      .side ul{margin:.2rem 0;padding-left:1.1rem;font-size:.92rem}
      td.srcs{white-space:normal;min-width:4.5rem}
      .variants{color:var(--muted);font-size:.82rem;margin-top:.1rem}
      td.in{white-space:nowrap}td.in .variants{white-space:normal}
      [id]{scroll-margin-top:4rem}
      .flash{outline:3px solid #f0b400;outline-offset:1px;animation:flash 1.6s ease-out 1}
      @keyframes flash{0%{background:#ffd54f}100%{}}
      button{font:inherit;font-size:.85rem;padding:.2rem .6rem;border:1px solid var(--line);\
      border-radius:4px;background:var(--soft);cursor:pointer}
      footer{margin-top:3rem;border-top:1px solid var(--line);color:var(--muted);font-size:.85rem}
      @media (max-width:640px){body{padding:.6rem .7rem 2rem;font-size:15px}h1{font-size:1.3rem}\
      table{font-size:.84rem}th,td{padding:.25rem .35rem}.body{padding:.5rem .55rem;font-size:.98rem}\
      td.dates{white-space:normal}}
      @media screen and (max-width:700px){.tl-wide{display:none}.tl-narrow{display:block}}
      @media screen and (max-width:640px){\
      .tip,.js .tip{position:fixed;left:.5rem!important;right:.5rem;top:auto!important;bottom:.5rem;\
      max-width:none!important;width:auto;font-size:.95rem;box-shadow:0 -2px 18px rgba(0,0,0,.25)}\
      ol.summary{padding-left:1.4rem}table.stack thead{display:none}table.stack,table.stack tbody,table.stack tr{display:block}\
      table.stack tr{border-bottom:1px solid var(--line);padding:.35rem .1rem}\
      table.stack td{display:inline-block;vertical-align:top;border:0;padding:.05rem .6rem .05rem .2rem}\
      table.stack td.wide{display:block}table.stack td:empty,table.stack td.none{display:none}\
      table.stack td[data-l]::before{content:attr(data-l);color:var(--muted);font-size:.85em}\
      table.stack td.num{float:left;font-weight:600;padding-right:.3rem}\
      table.stack td.num[data-l]{float:none;font-weight:400}\
      table.stack details.mentions{display:inline-block;vertical-align:top}table.stack td.dates{font-weight:600}}
      @media print{body{max-width:none;padding:0;font-size:10.5pt}.noprint,button{display:none}\
      a{color:inherit}.scroll{overflow:visible}details.mentions{display:none}\
      .cw>.ref{display:none}.tip,.js .tip{display:inline;position:static;border:0;box-shadow:none;\
      padding:0;font-size:8pt;color:#444;max-width:none;width:auto}.tip::before{content:"("}\
      .tip::after{content:")"}.tip .src{display:inline;font-size:8pt;margin:0}.tip .go{display:none}\
      .tip .q{display:none}.tip.differs .q{display:inline}.tip.differs .q::before{content:": „"}\
      .tip.differs .q::after{content:"“"}.tl-narrow{display:none}.tl-wide{display:block}\
      .story{break-before:page}tr,li{break-inside:avoid}h2,h3{break-after:avoid}\
      *{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
      """;

  private static final String SCRIPT =
      """
      (function(){
      var root=document.documentElement;root.classList.add('js');
      function place(cw){var t=cw.querySelector('.tip');if(!t)return;cw.classList.remove('shut');
      var r=cw.getBoundingClientRect(),vw=window.innerWidth,w=Math.min(480,vw-16);
      t.style.maxWidth=w+'px';t.style.left=Math.max(8,Math.min(r.left,vw-Math.min(w,t.offsetWidth||w)-8))+'px';
      t.style.top=r.bottom+'px';var h=t.offsetHeight;
      if(r.bottom+h>window.innerHeight-8&&r.top-h>8)t.style.top=(r.top-h)+'px';}
      function closeTips(except){document.querySelectorAll('.cw.open').forEach(function(c){
      if(c!==except)c.classList.remove('open');});}
      var touch=window.matchMedia&&window.matchMedia('(hover: none)').matches;
      document.addEventListener('mouseover',function(e){var c=e.target.closest&&e.target.closest('.cw');
      if(c&&!c.contains(e.relatedTarget))place(c);});
      document.addEventListener('focusin',function(e){var c=e.target.closest&&e.target.closest('.cw');
      if(c)place(c);});
      document.addEventListener('keydown',function(e){if(e.key==='Escape'){closeTips(null);
      document.querySelectorAll('.cw').forEach(function(c){if(c.matches(':hover')||c.contains(document.activeElement))
      c.classList.add('shut');});}});
      var openedAt=0;window.addEventListener('scroll',function(){
      if(Math.abs(window.scrollY-openedAt)>40)closeTips(null);},{passive:true});
      function reveal(id,scroll){var el=document.getElementById(id);if(!el)return;
      for(var p=el.parentElement;p;p=p.parentElement){if(p.tagName==='DETAILS')p.open=true;}
      var t=el.firstChild||!el.nextElementSibling?el:el.nextElementSibling;
      if(scroll)el.scrollIntoView({block:'center'});
      t.classList.remove('flash');void t.offsetWidth;t.classList.add('flash');}
      document.addEventListener('click',function(e){
      var cw=e.target.closest&&e.target.closest('.cw');
      if(cw&&touch&&e.target.closest('.ref')&&!cw.classList.contains('open')){
      e.preventDefault();closeTips(cw);cw.classList.add('open');openedAt=window.scrollY;place(cw);return;}
      if(!cw)closeTips(null);
      var b=e.target.closest&&e.target.closest('button[data-toggle]');
      if(b){var s=document.getElementById(b.getAttribute('data-toggle'));if(!s)return;
      var ds=s.querySelectorAll('details.text'),open=false;
      ds.forEach(function(d){if(!d.open)open=true;});ds.forEach(function(d){d.open=open;});return;}
      var a=e.target.closest&&e.target.closest('a[href^="#"]');if(!a)return;
      var id=a.getAttribute('href').slice(1);if(!id||!document.getElementById(id))return;
      e.preventDefault();history.pushState(null,'','#'+id);reveal(id,true);});
      function fromHash(){if(location.hash.length>1)reveal(decodeURIComponent(location.hash.slice(1)),true);}
      window.addEventListener('hashchange',fromHash);window.addEventListener('load',fromHash);
      window.addEventListener('beforeprint',function(){
      document.querySelectorAll('details.text').forEach(function(d){d.open=true;});});
      })();
      """;

}
