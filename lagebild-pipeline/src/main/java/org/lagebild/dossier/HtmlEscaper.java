package org.lagebild.dossier;

import java.util.Locale;

/**
 * Escapes untrusted text for HTML element content and quoted attribute values alike. Article text
 * is hostile input: markup, quotes and control characters must come out as inert characters.
 */
public final class HtmlEscaper {

  private HtmlEscaper() {}

  /** {@code s} escaped (the empty string for {@code null}); the report and the server's pages share it. */
  public static String escape(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(s.length() + 16);
    append(sb, s, 0, s.length());
    return sb.toString();
  }

  /** Appends {@code s[start, end)} escaped; control characters and lone surrogates become U+FFFD. */
  static void append(StringBuilder sb, String s, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        case '\n', '\t' -> sb.append(c);
        case '\r' -> { }
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(s.charAt(i + 1))) {
            sb.append(c).append(s.charAt(++i));
          } else if (Character.isSurrogate(c) || Character.isISOControl(c) || c == '\uFFFE'
              || c == '\uFFFF') {
            sb.append('\uFFFD');
          } else {
            sb.append(c);
          }
        }
      }
    }
  }

  /** The address if it is a plain web link; {@code null} for {@code javascript:}, {@code data:}... */
  static String webUrl(String url) {
    if (url == null) {
      return null;
    }
    String u = url.strip();
    String lower = u.toLowerCase(Locale.ROOT);
    if ((lower.startsWith("https://") || lower.startsWith("http://")) && u.length() > 8
        && u.chars().noneMatch(ch -> ch < 0x21 || ch == '"' || ch == '<' || ch == '>' || ch == '\\')) {
      return u;
    }
    return null;
  }
}
