package org.lagebild.dossier;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.lagebild.model.dossier.ArticleCopy;
import org.lagebild.model.dossier.Citation;
import org.lagebild.model.dossier.Discrepancy;
import org.lagebild.model.dossier.Dossier;
import org.lagebild.model.dossier.DossierArticle;
import org.lagebild.model.dossier.Quote;
import org.lagebild.model.dossier.PlaceLink;
import org.lagebild.model.dossier.SharedPassage;
import org.lagebild.model.dossier.Story;
import org.lagebild.model.dossier.StoryEntity;
import org.lagebild.model.dossier.SummarySentence;
import org.lagebild.model.dossier.TimelineEntry;

/**
 * The dossier as Markdown for reading in an editor, a wiki or a pull request: per story the cited
 * summary (citations as footnotes naming outlet, date, article and offsets with the cited text),
 * discrepancies side by side value by value, quotes by speaker with the versions of one utterance
 * together, timeline, entities and the sources with the passages they share. Sections that no stage
 * filled are left out; story count is capped like the HTML.
 */
public final class MarkdownReportWriter {

  private static final int EXCERPT = 160;
  /** Footnotes show the cited sentence whole unless it is very long. */
  private static final int FOOTNOTE = 400;

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
      story(sb, i, dossier.stories().get(i), articles);
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

  private void story(StringBuilder sb, int index, Story story, Map<String, DossierArticle> articles) {
    sb.append("\n## ").append(inline(story.title())).append("\n\n");
    sb.append("Story `").append(code(story.id())).append("`, ").append(story.articleIds().size())
        .append(story.articleIds().size() == 1 ? " article" : " articles").append(".\n");
    // Footnotes: each cited span once per story, its sentence and source at the end of the story.
    Map<String, String> notes = new LinkedHashMap<>();
    List<Citation> cited = new ArrayList<>();
    if (!story.summary().isEmpty()) {
      sb.append("\n### Summary\n\n");
      for (SummarySentence s : story.summary()) {
        sb.append("- ").append(inline(s.text()));
        for (Citation c : s.citations()) {
          String key = c.articleId() + ":" + c.start() + "-" + c.end();
          String label = notes.get(key);
          if (label == null) {
            label = "s" + (index + 1) + "-" + (notes.size() + 1);
            notes.put(key, label);
            cited.add(c);
          }
          sb.append("[^").append(label).append(']');
        }
        sb.append('\n');
      }
    }
    if (!story.discrepancies().isEmpty()) {
      sb.append("\n### Discrepancies\n\n");
      for (Discrepancy d : story.discrepancies()) {
        sb.append("- **").append(inline(d.topic())).append("** (").append(d.kind()).append(")\n");
        Map<String, List<Discrepancy.Version>> sides = new LinkedHashMap<>();
        for (Discrepancy.Version v : d.versions()) {
          sides.computeIfAbsent(v.value() != null ? v.value() : v.text().strip(), k -> new ArrayList<>()).add(v);
        }
        for (Map.Entry<String, List<Discrepancy.Version>> side : sides.entrySet()) {
          sb.append("  - **").append(inline(side.getKey())).append("**: ");
          List<String> versions = new ArrayList<>();
          for (Discrepancy.Version v : side.getValue()) {
            versions.add(source(articles.get(v.articleId())) + " `" + code(v.articleId()) + ':' + v.start() + '-'
                + v.end() + "` \"" + inline(v.text()) + '"');
          }
          sb.append(String.join("; ", versions)).append('\n');
        }
      }
    }
    if (!story.quotes().isEmpty()) {
      sb.append("\n### Quotes\n\n");
      // By speaker, most quoted first; the versions of one utterance on one line.
      Map<String, List<Quote>> bySpeaker = new LinkedHashMap<>();
      Map<String, String> groupSpeaker = new HashMap<>();
      for (Quote q : story.quotes()) {
        String speaker = q.speaker() == null ? "" : q.speaker().name();
        if (q.groupId() != null) {
          speaker = groupSpeaker.computeIfAbsent(q.groupId(), g -> q.speaker() == null ? "" : q.speaker().name());
        }
        bySpeaker.computeIfAbsent(speaker, k -> new ArrayList<>()).add(q);
      }
      List<Map.Entry<String, List<Quote>>> speakers = new ArrayList<>(bySpeaker.entrySet());
      speakers.sort((x, y) -> x.getKey().isEmpty() != y.getKey().isEmpty() ? (x.getKey().isEmpty() ? 1 : -1)
          : Integer.compare(y.getValue().size(), x.getValue().size()));
      for (Map.Entry<String, List<Quote>> speaker : speakers) {
        sb.append("- ").append(speaker.getKey().isEmpty() ? "_unresolved speaker_" : "**" + inline(speaker.getKey()) + "**")
            .append('\n');
        Map<String, List<Quote>> groups = new LinkedHashMap<>();
        for (Quote q : speaker.getValue()) {
          groups.computeIfAbsent(q.groupId() == null ? "q:" + q.id() : "g:" + q.groupId(), k -> new ArrayList<>()).add(q);
        }
        for (List<Quote> versions : groups.values()) {
          Quote q = versions.get(0);
          sb.append("  - (").append(q.kind()).append(") \"").append(inline(excerpt(q.text()))).append('"');
          for (Quote v : versions) {
            sb.append(v == q ? " " : "; ").append(source(articles.get(v.articleId()))).append(" `")
                .append(code(v.articleId())).append(':').append(v.start()).append('-').append(v.end()).append('`');
          }
          sb.append('\n');
        }
      }
    }
    if (!story.timeline().isEmpty()) {
      sb.append("\n### Timeline\n\n");
      for (TimelineEntry t : story.timeline()) {
        sb.append("- ").append(inline(t.date())).append(": ")
            .append(t.kind().equals("event") ? "" : "_" + t.kind() + "_ ").append(inline(t.description()));
        for (Citation c : t.sources()) {
          sb.append(" `").append(code(c.articleId())).append(':').append(c.start()).append('-')
              .append(c.end()).append('`');
        }
        sb.append('\n');
      }
    }
    if (!story.entities().isEmpty()) {
      sb.append("\n### Entities\n\n| name | type | variants | roles | mentions | derived |\n|---|---|---|---|---|---|\n");
      for (StoryEntity e : story.entities().subList(0, Math.min(maxEntities, story.entities().size()))) {
        sb.append("| ").append(cell(e.name())).append(" | ").append(e.type()).append(" | ")
            .append(cell(variants(e))).append(" | ").append(cell(String.join("; ", e.roles())))
            .append(" | ").append(e.mentions().size()).append(" | ")
            .append(derived(e)).append(" |\n");
      }
      if (!story.places().isEmpty()) {
        Map<String, String> names = new HashMap<>();
        story.entities().forEach(e -> names.put(e.id(), e.name()));
        List<String> located = new ArrayList<>();
        for (PlaceLink p : story.places()) {
          String where = p.geonamesId() > 0
              ? "[GeoNames " + p.geonamesId() + "](https://www.geonames.org/" + p.geonamesId() + ")"
              : p.country();
          located.add(inline(names.getOrDefault(p.entityId(), p.name())) + " (" + where + ")");
        }
        sb.append("\nLocated places: ").append(String.join(", ", located)).append('\n');
      }
    }
    Map<String, Map<String, Integer>> shares = new HashMap<>();
    for (SharedPassage p : story.sharedPassages()) {
      shares.computeIfAbsent(p.a().articleId(), k -> new TreeMap<>()).merge(p.b().articleId(), 1, Integer::sum);
      shares.computeIfAbsent(p.b().articleId(), k -> new TreeMap<>()).merge(p.a().articleId(), 1, Integer::sum);
    }
    sb.append("\n### Sources\n\n");
    for (String id : story.articleIds()) {
      DossierArticle a = articles.get(id);
      sb.append("- `").append(code(id)).append("` ").append(outlet(a));
      if (a != null && a.published() != null) {
        sb.append(", ").append(a.published()).append(" (").append(a.publishedBasis()).append(')');
      }
      if (a != null) {
        sb.append(", ").append(code(a.language()));
        if (a.title() != null) {
          sb.append(": ").append(inline(a.title()));
        } else {
          String lead = StoryTitler.lead(org.lagebild.clean.AnalysisText.masked(a.text(), a.noise()), null);
          if (!lead.isEmpty()) {
            sb.append(": _").append(inline(lead)).append('_');
          }
        }
      }
      Map<String, Integer> with = shares.getOrDefault(id, Map.of());
      if (!with.isEmpty()) {
        List<String> parts = new ArrayList<>();
        with.forEach((other, n) -> parts.add("`" + code(other) + "` (" + n + (n == 1 ? " passage)" : " passages)")));
        sb.append("; shares passages with ").append(String.join(", ", parts));
      }
      for (ArticleCopy c : story.copies()) {
        if (c.articleId().equals(id)) {
          sb.append("; ").append(c.kind()).append(" copy of `").append(code(c.duplicateOf())).append('`');
        }
      }
      sb.append('\n');
    }
    if (!cited.isEmpty()) {
      sb.append('\n');
      for (Citation c : cited) {
        DossierArticle a = articles.get(c.articleId());
        String text = a != null && c.end() <= a.text().length() ? a.text().substring(c.start(), c.end()) : "";
        sb.append("[^").append(notes.get(c.articleId() + ":" + c.start() + "-" + c.end())).append("]: ")
            .append(source(a)).append(" `").append(code(c.articleId())).append(':').append(c.start()).append('-')
            .append(c.end()).append("`: ").append(inline(excerpt(text, FOOTNOTE))).append('\n');
      }
    }
  }

  /** Outlet (else the id is named beside it anyway) and day of an article. */
  private static String source(DossierArticle a) {
    if (a == null) {
      return "(unknown article)";
    }
    String day = a.published() == null ? "" : ", " + (a.published().indexOf('T') > 0
        ? a.published().substring(0, a.published().indexOf('T')) : a.published());
    return outlet(a) + day;
  }

  private static String outlet(DossierArticle a) {
    return a == null || a.outlet() == null ? "(outlet unknown)" : inline(a.outlet());
  }

  private static String excerpt(String text) {
    return excerpt(text, EXCERPT);
  }

  /** The text on one line, cut at a word boundary after at most {@code max} characters. */
  private static String excerpt(String text, int max) {
    String t = text.replaceAll("\\s+", " ").strip();
    if (t.length() <= max) {
      return t;
    }
    int cut = t.lastIndexOf(' ', max);
    if (cut < max / 2) {
      cut = Character.isLowSurrogate(t.charAt(max)) ? max - 1 : max;
    }
    return t.substring(0, cut) + " …";
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
