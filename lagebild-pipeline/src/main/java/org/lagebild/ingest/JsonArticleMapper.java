package org.lagebild.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lagebild.model.Article;

/**
 * Maps one JSON object to an {@link Article}, accepting Lagebild's own field names and those
 * written by news-please ({@code maintext}, {@code date_publish}, {@code source_domain}, {@code
 * authors}) and trafilatura ({@code raw_text}, {@code date}, {@code sitename}, {@code hostname},
 * {@code source}). The first field in each list that has a value wins.
 */
final class JsonArticleMapper {

  static final List<String> TEXT_FIELDS = List.of("text", "maintext", "raw_text");
  private static final List<String> TITLE_FIELDS = List.of("title", "headline");
  private static final List<String> DATE_FIELDS =
      List.of("published", "date_publish", "date", "datePublished");
  private static final List<String> OUTLET_FIELDS =
      List.of("outlet", "source_domain", "sitename", "source-hostname", "hostname");
  private static final List<String> URL_FIELDS = List.of("url", "source");
  private static final List<String> AUTHOR_FIELDS = List.of("author", "authors");
  private static final List<String> LANGUAGE_FIELDS = List.of("language", "lang");

  /** An article, or why the record gave none. */
  record Mapped(Article article, String reason) {}

  private JsonArticleMapper() {}

  /**
   * @param fallbackId id when the record has none
   * @param source where the record came from, as shown to users
   */
  static Mapped map(JsonNode record, String fallbackId, String source) {
    if (record == null || !record.isObject()) {
      return new Mapped(null, "not a JSON object but " + describe(record));
    }
    String text = bodyText(record);
    if (text == null || TextDecoder.isBlank(text)) {
      return new Mapped(
          null, "no text (none of the fields " + String.join(", ", TEXT_FIELDS) + " has any)");
    }
    String id = firstText(record, List.of("id"), null);
    if (id == null || id.isBlank()) {
      id = fallbackId;
    }
    String url = url(firstText(record, URL_FIELDS, null));
    String outlet = clean(firstText(record, OUTLET_FIELDS, null));
    if (outlet == null) {
      outlet = hostOf(url);
    }
    Article article =
        new Article(
            id.strip(),
            source,
            clean(firstText(record, TITLE_FIELDS, null)),
            outlet,
            url,
            language(firstText(record, LANGUAGE_FIELDS, null)),
            PublishedDateNormalizer.normalize(firstText(record, DATE_FIELDS, null)),
            clean(firstText(record, AUTHOR_FIELDS, ", ")),
            text);
    return new Mapped(article, null);
  }

  /** The body: a string, or an array of paragraph strings; a number is no article text. */
  private static String bodyText(JsonNode record) {
    for (String field : TEXT_FIELDS) {
      JsonNode value = record.get(field);
      if (value == null || !(value.isTextual() || value.isArray())) {
        continue;
      }
      String text = asText(value, "\n\n");
      if (text != null && !TextDecoder.isBlank(text)) {
        return text;
      }
    }
    return null;
  }

  /**
   * The first named field with a value: strings as they are, numbers as written, arrays of strings
   * joined by {@code joiner} (or skipped when {@code joiner} is null), anything else skipped.
   */
  private static String firstText(JsonNode record, List<String> fields, String joiner) {
    for (String field : fields) {
      JsonNode value = record.get(field);
      String text = asText(value, joiner);
      if (text != null && !text.isBlank()) {
        return text;
      }
    }
    return null;
  }

  private static String asText(JsonNode value, String joiner) {
    if (value == null || value.isNull()) {
      return null;
    }
    if (value.isTextual()) {
      return withoutLoneSurrogates(value.textValue());
    }
    if (value.isNumber() || value.isBoolean()) {
      return value.asText();
    }
    if (value.isArray() && joiner != null) {
      List<String> parts = new ArrayList<>();
      for (JsonNode element : value) {
        String part =
            element.isObject() ? asText(element.get("name"), null) : asText(element, null);
        if (part != null && !part.isBlank()) {
          parts.add(part.strip());
        }
      }
      return parts.isEmpty() ? null : String.join(joiner, parts);
    }
    if (value.isObject() && value.has("name")) {
      return asText(value.get("name"), null);
    }
    return null;
  }

  /**
   * JSON escapes can encode half a surrogate pair ({@code \\ud800}), which no encoder can write
   * back out; each becomes U+FFFD, one character for one, so offsets stay the same.
   */
  static String withoutLoneSurrogates(String text) {
    char[] chars = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        if (chars == null) {
          chars = text.toCharArray();
        }
        chars[i] = '\uFFFD';
      }
    }
    return chars == null ? text : new String(chars);
  }

  private static String describe(JsonNode node) {
    if (node == null) {
      return "nothing";
    }
    return switch (node.getNodeType()) {
      case ARRAY -> "an array";
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case NULL -> "null";
      default -> node.getNodeType().name().toLowerCase(Locale.ROOT);
    };
  }

  static String clean(String value) {
    if (value == null) {
      return null;
    }
    String stripped = value.strip();
    return stripped.isEmpty() ? null : stripped;
  }

  /** Only web addresses count as URLs: trafilatura's {@code source} may also be a file name. */
  static String url(String value) {
    String url = clean(value);
    if (url == null) {
      return null;
    }
    String lower = url.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://") ? url : null;
  }

  /** The host of an http(s) address without a leading {@code www.}, or {@code null}. */
  static String hostOf(String url) {
    if (url == null) {
      return null;
    }
    try {
      String host = URI.create(url.strip().replace(" ", "%20")).getHost();
      if (host == null || host.isBlank()) {
        return null;
      }
      host = host.toLowerCase(Locale.ROOT);
      return host.startsWith("www.") ? host.substring(4) : host;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** ISO 639 primary subtag ({@code de-DE}, {@code de_DE} → {@code de}), or {@code null}. */
  static String language(String value) {
    String tag = clean(value);
    if (tag == null) {
      return null;
    }
    String primary = tag.split("[-_]", 2)[0];
    boolean letters =
        primary.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
    if (primary.length() < 2 || primary.length() > 3 || !letters) {
      return null;
    }
    return primary.toLowerCase(Locale.ROOT);
  }
}
