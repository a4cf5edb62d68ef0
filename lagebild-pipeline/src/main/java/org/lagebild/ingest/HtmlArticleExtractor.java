package org.lagebild.ingest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Extracts the article from a news web page: metadata from Open Graph, {@code article:}, Dublin
 * Core and JSON-LD tags, and the main text from {@code itemprop=articleBody}, {@code <article>} or
 * {@code <main>}, else from the element holding the most paragraph text. Navigation, header,
 * footer, asides, forms and scripts are dropped; blocks are joined by a blank line. jsoup parses
 * broken markup leniently, so any input yields a result (possibly without text).
 */
final class HtmlArticleExtractor {

  /** What a page yielded; {@code text} is empty when no article text was found. */
  record Extracted(
      String title,
      String published,
      String author,
      String outlet,
      String url,
      String language,
      String text) {}

  private static final String BOILERPLATE =
      "script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, canvas,"
          + " button, select, textarea, input, figcaption, [role=navigation], [role=banner],"
          + " [role=contentinfo], [role=complementary], [hidden], [aria-hidden=true]";

  private static final String ARTICLE_BODY = "[itemprop=articleBody]";

  private static final List<String> CONTAINERS =
      List.of(ARTICLE_BODY, "article", "main", "[role=main]");

  /** Shorter {@code <article>}/{@code <main>} containers are checked against the densest block. */
  private static final int MIN_CONTAINER_CHARS = 250;

  private static final Set<String> BLOCKS =
      Set.of(
          "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "h1", "h2",
          "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table",
          "thead", "tbody", "tr", "td", "th", "figure", "figcaption", "hr", "address", "details",
          "summary", "form", "fieldset", "center", "body", "caption");

  private static final String DATE_METAS =
      "meta[name=date], meta[name=dc.date], meta[name=dc.date.issued], meta[name=dcterms.date],"
          + " meta[name=dcterms.issued], meta[name=dcterms.created], meta[name=pubdate],"
          + " meta[name=publishdate], meta[name=publish-date], meta[name=publish_date],"
          + " meta[name=date.available], meta[name=parsely-pub-date], meta[name=sailthru.date],"
          + " meta[property=og:published_time], meta[property=og:pubdate],"
          + " meta[itemprop=datePublished]";

  private static final ObjectMapper JSON = new ObjectMapper();

  private HtmlArticleExtractor() {}

  static Extracted extract(String html) {
    Document doc = Jsoup.parse(html);
    Map<String, String> jsonLd = jsonLd(doc);

    String url = JsonArticleMapper.url(attr(doc, "link[rel=canonical]", "href"));
    if (url == null) {
      url = JsonArticleMapper.url(meta(doc, "meta[property=og:url]"));
    }
    String title =
        first(
            meta(doc, "meta[property=og:title]"),
            jsonLd.get("headline"),
            doc.title(),
            text(doc.selectFirst("h1")));
    String published =
        firstDate(
            meta(doc, "meta[property=article:published_time]"),
            jsonLd.get("datePublished"),
            metas(doc, DATE_METAS),
            attr(doc, "[itemprop=datePublished][datetime]", "datetime"),
            attr(doc, "[itemprop=datePublished][content]", "content"),
            attr(doc, "time[pubdate][datetime]", "datetime"),
            attr(doc, "time[datetime]", "datetime"));
    String articleAuthor = meta(doc, "meta[property=article:author]");
    if (JsonArticleMapper.url(articleAuthor) != null) {
      articleAuthor = null;
    }
    String author = first(meta(doc, "meta[name=author]"), jsonLd.get("author"), articleAuthor);
    String outlet =
        first(
            meta(doc, "meta[property=og:site_name]"),
            jsonLd.get("publisher"),
            JsonArticleMapper.hostOf(url));
    String language =
        JsonArticleMapper.language(
            first(
                attr(doc, "html[lang]", "lang"),
                meta(doc, "meta[http-equiv=content-language]"),
                meta(doc, "meta[property=og:locale]"),
                jsonLd.get("inLanguage")));

    doc.select(BOILERPLATE).remove();
    String text = mainText(doc);
    return new Extracted(title, published, author, outlet, url, language, text);
  }

  private static String mainText(Document doc) {
    String shortContainer = "";
    for (String selector : CONTAINERS) {
      String best = longestRendering(doc.select(selector));
      // An explicit articleBody is trusted at any length; <article> and <main> only when long,
      // since a short one is often a teaser card beside the real body.
      boolean explicit = selector.equals(ARTICLE_BODY) && !TextDecoder.isBlank(best);
      if (explicit || best.length() >= MIN_CONTAINER_CHARS) {
        return best;
      }
      if (best.length() > shortContainer.length()) {
        shortContainer = best;
      }
    }
    Element densest = densestParagraphParent(doc);
    if (densest != null) {
      String text = render(densest);
      if (text.length() > 2 * shortContainer.length()) {
        return text;
      }
    }
    if (!TextDecoder.isBlank(shortContainer)) {
      return shortContainer;
    }
    return doc.body() == null ? "" : render(doc.body());
  }

  private static String longestRendering(Elements candidates) {
    String best = "";
    for (Element candidate : candidates) {
      String text = render(candidate);
      if (text.length() > best.length()) {
        best = text;
      }
    }
    return best;
  }

  /** The element whose direct {@code <p>} children hold the most text that is not link text. */
  private static Element densestParagraphParent(Document doc) {
    Map<Element, Integer> scores = new HashMap<>();
    Element best = null;
    int bestScore = 0;
    for (Element p : doc.select("p")) {
      Element parent = p.parent();
      if (parent == null) {
        continue;
      }
      int own = p.text().length();
      int links = 0;
      for (Element a : p.select("a")) {
        links += a.text().length();
      }
      int score = scores.merge(parent, Math.max(0, own - links), Integer::sum);
      if (score > bestScore) {
        bestScore = score;
        best = parent;
      }
    }
    return best;
  }

  /**
   * Text of an element as paragraphs: each block element starts a new paragraph, {@code <br>} a new
   * line, runs of whitespace inside a line become one space.
   */
  static String render(Element root) {
    List<String> blocks = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
              appendCollapsed(current, textNode.getWholeText());
            } else if (node instanceof Element element) {
              String name = element.normalName();
              if (name.equals("br")) {
                trimTrailingSpace(current);
                current.append('\n');
              } else if (BLOCKS.contains(name)) {
                flush(current, blocks);
              }
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
              flush(current, blocks);
            }
          }
        },
        root);
    flush(current, blocks);
    return String.join("\n\n", blocks);
  }

  private static void appendCollapsed(StringBuilder out, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
        int length = out.length();
        if (length > 0 && out.charAt(length - 1) != ' ' && out.charAt(length - 1) != '\n') {
          out.append(' ');
        }
      } else {
        out.append(c);
      }
    }
  }

  private static void trimTrailingSpace(StringBuilder out) {
    while (!out.isEmpty() && out.charAt(out.length() - 1) == ' ') {
      out.setLength(out.length() - 1);
    }
  }

  private static void flush(StringBuilder current, List<String> blocks) {
    String block = current.toString().strip();
    current.setLength(0);
    if (TextDecoder.isBlank(block)) {
      return;
    }
    // Lines broken by <br> keep their break but lose the spaces around it.
    StringBuilder cleaned = new StringBuilder(block.length());
    for (String line : block.split("\n", -1)) {
      String stripped = line.strip();
      if (TextDecoder.isBlank(stripped)) {
        continue;
      }
      if (!cleaned.isEmpty()) {
        cleaned.append('\n');
      }
      cleaned.append(stripped);
    }
    if (!cleaned.isEmpty()) {
      blocks.add(cleaned.toString());
    }
  }

  /** Fields of the first JSON-LD object that looks like an article (has a publication date). */
  private static Map<String, String> jsonLd(Document doc) {
    Map<String, String> fields = new HashMap<>();
    for (Element script : doc.select("script[type=application/ld+json]")) {
      JsonNode root;
      try {
        root = JSON.readTree(script.data());
      } catch (JacksonException | RuntimeException e) {
        continue; // broken JSON-LD is common and never fatal: the page's other metadata remains
      }
      List<JsonNode> candidates = new ArrayList<>();
      collect(root, candidates, 0);
      for (JsonNode node : candidates) {
        if (node.hasNonNull("datePublished") || node.hasNonNull("headline")) {
          put(fields, "datePublished", name(node.get("datePublished")));
          put(fields, "headline", name(node.get("headline")));
          put(fields, "author", name(node.get("author")));
          put(fields, "publisher", name(node.get("publisher")));
          put(fields, "inLanguage", name(node.get("inLanguage")));
          return fields;
        }
      }
    }
    return fields;
  }

  private static void collect(JsonNode node, List<JsonNode> out, int depth) {
    if (node == null || depth > 4) {
      return;
    }
    if (node.isArray()) {
      for (JsonNode element : node) {
        collect(element, out, depth + 1);
      }
    } else if (node.isObject()) {
      out.add(node);
      collect(node.get("@graph"), out, depth + 1);
    }
  }

  /** A JSON-LD value as text: a string, an object's {@code name}, or a list of those. */
  private static String name(JsonNode node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.isTextual() || node.isNumber()) {
      return JsonArticleMapper.clean(node.asText());
    }
    if (node.isObject()) {
      return name(node.get("name"));
    }
    if (node.isArray()) {
      List<String> names = new ArrayList<>();
      for (JsonNode element : node) {
        String n = name(element);
        if (n != null && !names.contains(n)) {
          names.add(n);
        }
      }
      return names.isEmpty() ? null : String.join(", ", names);
    }
    return null;
  }

  private static void put(Map<String, String> fields, String key, String value) {
    if (value != null) {
      fields.put(key, value);
    }
  }

  private static String meta(Document doc, String selector) {
    return attr(doc, selector, "content");
  }

  /** The first parseable value among all elements matching the selector, as a raw string. */
  private static String metas(Document doc, String selector) {
    Elements elements = doc.select(selector);
    for (Element element : elements) {
      String value = element.attr("content");
      if (PublishedDateNormalizer.normalize(value) != null) {
        return value;
      }
    }
    return null;
  }

  private static String attr(Document doc, String selector, String attribute) {
    Element element = doc.selectFirst(selector);
    return element == null ? null : JsonArticleMapper.clean(element.attr(attribute));
  }

  private static String text(Element element) {
    return element == null ? null : JsonArticleMapper.clean(element.text());
  }

  private static String first(String... values) {
    for (String value : values) {
      String cleaned = JsonArticleMapper.clean(value);
      if (cleaned != null) {
        return cleaned;
      }
    }
    return null;
  }

  private static String firstDate(String... values) {
    for (String value : values) {
      String normalized = PublishedDateNormalizer.normalize(value);
      if (normalized != null) {
        return normalized;
      }
    }
    return null;
  }
}
