package org.lagebild.server;

import static org.lagebild.server.HtmlText.escape;
import static org.lagebild.server.HtmlText.url;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.lagebild.model.Noise;
import org.lagebild.model.dossier.DossierArticle;
import org.lagebild.model.dossier.Quote;
import org.lagebild.model.dossier.Story;
import org.lagebild.model.dossier.StoryEntity;
import org.lagebild.store.EntityRecord;
import org.lagebild.store.StoryListing;

/**
 * The server-rendered pages: story list, search, article view, entity page and errors. Styles and the
 * little script are static files, so the pages can forbid inline script entirely (see {@link
 * LagebildServer#PAGE_POLICY}). Every value from an article goes through {@link HtmlText#escape}.
 */
final class HtmlPages {

  private HtmlPages() {}

  static String layout(String title, String query, String body) {
    return "<!DOCTYPE html>\n<html lang=\"de\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<title>" + escape(title) + " · Lagebild</title>\n"
        + "<link rel=\"stylesheet\" href=\"/static/lagebild.css\">\n</head>\n<body>\n"
        + "<header class=\"top\"><a class=\"brand\" href=\"/\">Lagebild</a>"
        + "<nav><a href=\"/\">Stories</a> <a href=\"/search\">Search</a>"
        + " <a href=\"/api/openapi.json\">API</a></nav>"
        + "<form class=\"search\" action=\"/search\" method=\"get\" role=\"search\">"
        + "<input type=\"search\" name=\"q\" id=\"q\" placeholder=\"Search articles, people, places (/)\" value=\""
        + escape(query) + "\" aria-label=\"Search\"><button type=\"submit\">Search</button></form>"
        + "</header>\n<main>\n" + body + "\n</main>\n"
        + "<script src=\"/static/lagebild.js\"></script>\n</body>\n</html>\n";
  }

  static String storyList(List<StoryListing> stories, String from, String to, String outlet,
      String entity, long articleCount, long pending) {
    StringBuilder sb = new StringBuilder();
    sb.append("<h1>Stories</h1>\n<p class=\"meta\">").append(articleCount).append(" articles stored")
        .append(pending > 0 ? "; analysis under way, reload in a moment" : "").append(".</p>\n");
    sb.append("<form class=\"filters\" method=\"get\" action=\"/\">")
        .append(field("from", "From", from, "date")).append(field("to", "To", to, "date"))
        .append(field("outlet", "Outlet", outlet, "text")).append(field("entity", "Entity id", entity, "text"))
        .append("<button type=\"submit\">Filter</button></form>\n");
    if (stories.isEmpty()) {
      sb.append("<p class=\"empty\">No stories yet. Send articles to <code>POST /api/articles</code>.</p>");
      return sb.toString();
    }
    sb.append("<input type=\"text\" id=\"story-filter\" placeholder=\"Filter this list\" aria-label=\"Filter this list\">\n");
    sb.append("<ol class=\"stories\" id=\"story-list\">\n");
    for (StoryListing s : stories) {
      sb.append("<li><a class=\"story-title\" href=\"/stories/").append(url(s.id())).append("\">")
          .append(escape(s.title())).append("</a><span class=\"meta\">")
          .append(s.articleCount()).append(s.articleCount() == 1 ? " article" : " articles");
      if (s.lastPublished() != null) {
        sb.append(" · ").append(escape(dateRange(s.firstPublished(), s.lastPublished())));
      }
      if (!s.outlets().isEmpty()) {
        sb.append(" · ").append(escape(String.join(", ", s.outlets())));
      }
      sb.append("</span></li>\n");
    }
    sb.append("</ol>\n");
    return sb.toString();
  }

  private static String field(String name, String label, String value, String type) {
    return "<label>" + escape(label) + " <input type=\"" + type + "\" name=\"" + name + "\" value=\""
        + escape(value) + "\"></label> ";
  }

  private static String dateRange(String first, String last) {
    String a = first == null ? "" : first.length() > 10 ? first.substring(0, 10) : first;
    String b = last.length() > 10 ? last.substring(0, 10) : last;
    return a.isEmpty() || a.equals(b) ? b : a + " – " + b;
  }

  /** A search hit as the page shows it. */
  record ShownHit(String kind, String id, String title, String storyId, String snippet) {}

  static String search(String q, String entity, String speaker, List<ShownHit> stories,
      List<ShownHit> articles) {
    StringBuilder sb = new StringBuilder("<h1>Search</h1>\n");
    sb.append("<form class=\"filters\" method=\"get\" action=\"/search\">")
        .append(field("q", "Words", q, "search")).append(field("entity", "Entity name", entity, "text"))
        .append(field("speaker", "Speaker", speaker, "text"))
        .append("<button type=\"submit\">Search</button></form>\n");
    boolean asked = !(isBlank(q) && isBlank(entity) && isBlank(speaker));
    if (!asked) {
      sb.append("<p class=\"meta\">Words are matched German-aware (\"Verhandlungen\" finds"
          + " \"Verhandlung\"); names also in other spellings.</p>");
      return sb.toString();
    }
    sb.append("<h2>Stories</h2>\n");
    if (stories.isEmpty()) {
      sb.append("<p class=\"empty\">No story matches.</p>\n");
    } else {
      sb.append("<ol class=\"stories\" id=\"story-hits\">\n");
      for (ShownHit h : stories) {
        sb.append("<li><a class=\"story-title\" href=\"/stories/").append(url(h.id())).append("\">")
            .append(escape(h.title())).append("</a></li>\n");
      }
      sb.append("</ol>\n");
    }
    if (!articles.isEmpty()) {
      sb.append("<h2>Articles</h2>\n<ol class=\"articles\" id=\"article-hits\">\n");
      for (ShownHit h : articles) {
        sb.append("<li><a href=\"/articles/").append(url(h.id())).append("?q=").append(url(q == null ? "" : q))
            .append("\">").append(escape(h.title() == null ? h.id() : h.title())).append("</a>");
        if (h.storyId() != null) {
          sb.append(" <span class=\"meta\">in <a href=\"/stories/").append(url(h.storyId()))
              .append("\">its story</a></span>");
        }
        if (h.snippet() != null) {
          sb.append("<p class=\"snippet\">").append(escape(h.snippet())).append("</p>");
        }
        sb.append("</li>\n");
      }
      sb.append("</ol>\n");
    }
    return sb.toString();
  }

  /** One mark over an article text. */
  record Mark(int start, int end, String cssClass, String title) {}

  /**
   * The article with debris greyed, entity mentions and quotes marked, and the searched words
   * highlighted. Texts are cut at every mark boundary and each piece escaped on its own.
   */
  static String article(DossierArticle a, Story story, List<int[]> searchHits) {
    List<Mark> marks = new ArrayList<>();
    for (Noise n : a.noise()) {
      marks.add(new Mark(n.start(), n.end(), "noise", "debris: " + n.kind()));
    }
    if (story != null) {
      for (StoryEntity e : story.entities()) {
        for (StoryEntity.Mention m : e.mentions()) {
          if (m.articleId().equals(a.id())) {
            marks.add(new Mark(m.start(), m.end(), "entity " + e.type().toLowerCase(java.util.Locale.ROOT),
                e.type() + ": " + e.name()));
          }
        }
        // "der Kremlchef" where the article makes it refer to a named person: marked as that person.
        for (StoryEntity.Mention r : e.roleMentions()) {
          if (r.articleId().equals(a.id())) {
            marks.add(new Mark(r.start(), r.end(), "entity " + e.type().toLowerCase(java.util.Locale.ROOT),
                e.type() + " by role: " + e.name()));
          }
        }
      }
      for (Quote q : story.quotes()) {
        if (q.articleId().equals(a.id())) {
          marks.add(new Mark(q.start(), q.end(), "quote",
              q.kind() + " quote" + (q.speaker() != null ? " by " + q.speaker().name() : "")));
        }
      }
    }
    for (int[] hit : searchHits) {
      marks.add(new Mark(hit[0], hit[1], "hit", "search match"));
    }
    StringBuilder sb = new StringBuilder();
    sb.append("<article class=\"article\">\n<h1>").append(escape(a.title() == null ? a.id() : a.title()))
        .append("</h1>\n<p class=\"meta\">");
    if (a.outlet() != null) {
      sb.append(escape(a.outlet())).append(" · ");
    }
    sb.append(escape(a.published() == null ? "date unknown" : a.published()))
        .append(" (").append(escape(a.publishedBasis())).append(")");
    String web = HtmlText.webUrl(a.url());
    if (web != null) {
      sb.append(" · <a rel=\"noopener noreferrer nofollow\" href=\"").append(escape(web))
          .append("\">original</a>");
    } else if (a.url() != null) {
      sb.append(" · <span class=\"url\">").append(escape(a.url())).append("</span>");
    }
    if (story != null) {
      sb.append(" · story: <a href=\"/stories/").append(url(story.id())).append("\">")
          .append(escape(story.title())).append("</a>");
    }
    sb.append("</p>\n<p class=\"legend\"><span class=\"entity per\">person</span> "
        + "<span class=\"entity org\">organisation</span> <span class=\"entity loc\">place</span> "
        + "<span class=\"quote\">quote</span> <span class=\"noise\">debris</span> "
        + "<span class=\"hit\">search match</span></p>\n<div class=\"text\">");
    render(sb, a.text(), marks);
    sb.append("</div>\n</article>\n");
    return sb.toString();
  }

  static void render(StringBuilder out, String text, List<Mark> marks) {
    TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
    List<Mark> valid = new ArrayList<>();
    for (Mark m : marks) {
      int s = Math.max(0, m.start());
      int e = Math.min(text.length(), m.end());
      if (s < e) {
        valid.add(new Mark(s, e, m.cssClass(), m.title()));
        cuts.add(s);
        cuts.add(e);
      }
    }
    valid.sort(Comparator.comparingInt(Mark::start));
    Integer prev = null;
    for (int cut : cuts) {
      if (prev != null) {
        int s = prev;
        Set<String> classes = new TreeSet<>();
        List<String> titles = new ArrayList<>();
        for (Mark m : valid) {
          if (m.start() > s) {
            break;
          }
          if (m.end() > s) {
            classes.add(m.cssClass());
            titles.add(m.title());
          }
        }
        String piece = escape(text.substring(s, cut));
        if (classes.isEmpty()) {
          out.append(piece);
        } else {
          out.append("<span class=\"").append(escape(String.join(" ", classes))).append("\" title=\"")
              .append(escape(String.join("; ", titles))).append("\">").append(piece).append("</span>");
        }
      }
      prev = cut;
    }
  }

  static String entity(EntityRecord e) {
    StringBuilder sb = new StringBuilder();
    sb.append("<h1>").append(escape(e.name())).append(" <span class=\"meta\">")
        .append(escape(e.type())).append("</span></h1>\n<p class=\"meta\">").append(e.mentions())
        .append(" mentions in ").append(e.stories().size()).append(e.stories().size() == 1 ? " story" : " stories")
        .append(". Spellings: ").append(escape(String.join(", ", e.variants()))).append("</p>\n")
        .append("<ol class=\"stories\">\n");
    for (StoryListing s : e.stories()) {
      sb.append("<li><a class=\"story-title\" href=\"/stories/").append(url(s.id())).append("\">")
          .append(escape(s.title())).append("</a></li>\n");
    }
    return sb.append("</ol>\n").toString();
  }

  static String error(int status, String message) {
    return layout("Error " + status, "",
        "<h1>Error " + status + "</h1>\n<p>" + escape(message) + "</p>\n<p><a href=\"/\">Back to the stories</a></p>");
  }

  private static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
