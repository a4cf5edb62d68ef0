package org.lagebild.dossier;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lagebild.model.dossier.Citation;
import org.lagebild.model.dossier.Discrepancy;
import org.lagebild.model.dossier.Dossier;
import org.lagebild.model.dossier.DossierArticle;
import org.lagebild.model.dossier.Quote;
import org.lagebild.model.dossier.Story;
import org.lagebild.model.dossier.StoryEntity;
import org.lagebild.model.dossier.SummarySentence;
import org.lagebild.model.dossier.TimelineEntry;

/**
 * The dossier as Markdown for reading in an editor, a wiki or a pull request: per story the cited
 * summary (citations as footnote-style markers naming article and offsets, each resolved to its
 * source text under the story), discrepancies with every version, quotes, timeline, entities and the
 * article list. Sections that no stage filled are left out; story count is capped like the HTML.
 */
public final class MarkdownReportWriter {

  private static final int EXCERPT = 160;

  private final int maxStories;
  private final int maxEntities;

  public MarkdownReportWriter() {
    this(200, 15);
  }

  /**
   * @param maxStories stories written in full (largest first, as in the dossier)
   * @param maxEntities entities listed per story
   */
  public MarkdownReportWriter(int maxStories, int maxEntities) {
    if (maxStories < 0 || maxEntities < 0) {
      throw new IllegalArgumentException("limits must be >= 0");
    }
    this.maxStories = maxStories;
    this.maxEntities = maxEntities;
  }

  public void write(Dossier dossier, Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write(render(dossier));
    }
  }

  public String render(Dossier dossier) {
    Map<String, DossierArticle> articles = new HashMap<>();
    dossier.articles().forEach(a -> articles.put(a.id(), a));
    StringBuilder sb = new StringBuilder();
    sb.append("# Lagebild dossier\n\n");
    sb.append(dossier.articles().size()).append(" articles, ").append(dossier.stories().size())
        .append(" stories, ").append(dossier.rejected().size()).append(" inputs rejected.\n");
    int shown = Math.min(maxStories, dossier.stories().size());
    for (int i = 0; i < shown; i++) {
      story(sb, dossier.stories().get(i), articles);
    }
    if (shown < dossier.stories().size()) {
      sb.append("\n_").append(dossier.stories().size() - shown)
          .append(" smaller stories are in `dossier.json`._\n");
    }
    if (!dossier.rejected().isEmpty()) {
      sb.append("\n## Rejected inputs\n\n");
      dossier.rejected().forEach(r -> sb.append("- `").append(code(r.source())).append("`: ")
          .append(inline(r.reason())).append('\n'));
    }
    return sb.toString();
  }

  private void story(StringBuilder sb, Story story, Map<String, DossierArticle> articles) {
    sb.append("\n## ").append(inline(story.title())).append("\n\n");
    sb.append("Story `").append(story.id()).append("`, ").append(story.articleIds().size())
        .append(story.articleIds().size() == 1 ? " article" : " articles").append(".\n");
    Map<String, Integer> sources = new LinkedHashMap<>();
    List<Citation> cited = new java.util.ArrayList<>();
    if (!story.summary().isEmpty()) {
      sb.append("\n### Summary\n\n");
      for (SummarySentence s : story.summary()) {
        sb.append("- ").append(inline(s.text()));
        for (Citation c : s.citations()) {
          String key = c.articleId() + ":" + c.start() + "-" + c.end();
          Integer n = sources.get(key);
          if (n == null) {
            n = sources.size() + 1;
            sources.put(key, n);
            cited.add(c);
          }
          sb.append(" [").append(n).append(']');
        }
        sb.append('\n');
      }
    }
    if (!story.discrepancies().isEmpty()) {
      sb.append("\n### Discrepancies\n\n");
      for (Discrepancy d : story.discrepancies()) {
        sb.append("- **").append(inline(d.topic())).append("** (").append(d.kind()).append(")\n");
        for (Discrepancy.Version v : d.versions()) {
          sb.append("  - ").append(outlet(articles.get(v.articleId()))).append(" `")
              .append(code(v.articleId())).append(':').append(v.start()).append('-').append(v.end())
              .append("`: \"").append(inline(v.text())).append('"');
          if (v.value() != null) {
            sb.append(" = ").append(inline(v.value()));
          }
          sb.append('\n');
        }
      }
    }
    if (!story.quotes().isEmpty()) {
      sb.append("\n### Quotes\n\n");
      for (Quote q : story.quotes()) {
        sb.append("- ").append(q.speaker() == null ? "_unknown speaker_" : "**" + inline(q.speaker().name()) + "**")
            .append(" (").append(q.kind()).append("): \"").append(inline(excerpt(q.text()))).append("\" `")
            .append(code(q.articleId())).append(':').append(q.start()).append('-').append(q.end()).append("`\n");
      }
    }
    if (!story.timeline().isEmpty()) {
      sb.append("\n### Timeline\n\n");
      for (TimelineEntry t : story.timeline()) {
        sb.append("- ").append(inline(t.date())).append(": ").append(inline(t.description()));
        for (Citation c : t.sources()) {
          sb.append(" `").append(code(c.articleId())).append(':').append(c.start()).append('-')
              .append(c.end()).append('`');
        }
        sb.append('\n');
      }
    }
    if (!story.entities().isEmpty()) {
      sb.append("\n### Entities\n\n| name | type | variants | mentions | derived |\n|---|---|---|---|---|\n");
      for (StoryEntity e : story.entities().subList(0, Math.min(maxEntities, story.entities().size()))) {
        sb.append("| ").append(cell(e.name())).append(" | ").append(e.type()).append(" | ")
            .append(cell(variants(e))).append(" | ").append(e.mentions().size()).append(" | ")
            .append(derived(e)).append(" |\n");
      }
    }
    if (!story.sharedPassages().isEmpty()) {
      sb.append("\n").append(story.sharedPassages().size())
          .append(" shared passages (wire copy) are listed in `dossier.json`.\n");
    }
    sb.append("\n### Articles\n\n");
    for (String id : story.articleIds()) {
      DossierArticle a = articles.get(id);
      sb.append("- `").append(code(id)).append("` ").append(outlet(a));
      if (a != null && a.published() != null) {
        sb.append(", ").append(a.published()).append(" (").append(a.publishedBasis()).append(')');
      }
      if (a != null && a.title() != null) {
        sb.append(": ").append(inline(a.title()));
      }
      sb.append('\n');
    }
    if (!cited.isEmpty()) {
      sb.append("\n### Sources of the summary\n\n");
      for (int i = 0; i < cited.size(); i++) {
        Citation c = cited.get(i);
        DossierArticle a = articles.get(c.articleId());
        String text = a != null && c.end() <= a.text().length() ? a.text().substring(c.start(), c.end()) : "";
        sb.append(i + 1).append(". ").append(outlet(a)).append(" `").append(code(c.articleId())).append(':')
            .append(c.start()).append('-').append(c.end()).append("`: ").append(inline(excerpt(text))).append('\n');
      }
    }
  }

  private static String outlet(DossierArticle a) {
    return a == null || a.outlet() == null ? "(outlet unknown)" : inline(a.outlet());
  }

  private static String excerpt(String text) {
    String t = text.replaceAll("\\s+", " ").strip();
    return t.length() <= EXCERPT ? t : t.substring(0, EXCERPT) + " …";
  }

  /** Text safe inside a Markdown paragraph: one line, Markdown and HTML punctuation escaped. */
  static String inline(String text) {
    String t = text.replaceAll("\\s+", " ").strip();
    StringBuilder sb = new StringBuilder(t.length());
    for (char c : t.toCharArray()) {
      if ("\\`*_[]<>#|".indexOf(c) >= 0) {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }

  private static String cell(String text) {
    return inline(text);
  }

  private static String code(String text) {
    return text.replace('`', '\'').replaceAll("\\s+", " ");
  }

  /** Variants with their counts per outlet where known: "Vucic 4 (a.de 3, b.de 1)". */
  private static String variants(StoryEntity e) {
    if (e.variantCounts().isEmpty()) {
      return String.join(", ", e.variants());
    }
    List<String> out = new java.util.ArrayList<>();
    for (StoryEntity.VariantCount v : e.variantCounts()) {
      List<String> by = new java.util.ArrayList<>();
      v.outlets().forEach((outlet, n) -> by.add(outlet + " " + n));
      out.add(v.text() + " " + v.count() + (by.isEmpty() ? "" : " (" + String.join(", ", by) + ")"));
    }
    return String.join("; ", out);
  }

  /** Derived words with their places, as Markdown: "russischen `a1:10-20`". */
  private static String derived(StoryEntity e) {
    List<String> out = new java.util.ArrayList<>();
    for (StoryEntity.Mention d : e.derived()) {
      out.add(cell(d.text()) + " `" + code(d.articleId()) + ":" + d.start() + "-" + d.end() + "`");
    }
    return String.join(", ", out);
  }
}
