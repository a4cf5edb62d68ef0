package org.lagebild.server;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.lagebild.dossier.HtmlEscaper;

/**
 * Escaping for every piece of article-derived text the pages show: article texts are hostile input,
 * so nothing reaches the page unescaped and only http(s) links become clickable.
 */
final class HtmlText {

  private HtmlText() {}

  /** The report's escaper: the pages and the report render article text alike. */
  static String escape(String s) {
    return HtmlEscaper.escape(s);
  }

  /** A path or query component. */
  static String url(String s) {
    return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** The address if it is an absolute http(s) URL, else {@code null} (javascript:, data: ...). */
  static String webUrl(String url) {
    if (url == null) {
      return null;
    }
    try {
      URI uri = new URI(url.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
          ? uri.toASCIIString() : null;
    } catch (java.net.URISyntaxException e) {
      return null;
    }
  }
}
