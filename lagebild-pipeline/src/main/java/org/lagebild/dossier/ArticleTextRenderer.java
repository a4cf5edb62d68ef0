package org.lagebild.dossier;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Renders an article text with overlapping marks (debris, entity mentions, cited spans). The text is
 * cut at every mark boundary and each piece is wrapped in one span carrying the classes and tooltips
 * of all marks covering it, so overlapping and nested marks need no special cases.
 */
final class ArticleTextRenderer {

  /**
   * One marked span.
   *
   * @param cssClass class names for the covered text
   * @param title tooltip, or {@code null}
   * @param anchorId element id at the start of the span, so links can jump to it; or {@code null}
   */
  record Mark(int start, int end, String cssClass, String title, String anchorId) {}

  private ArticleTextRenderer() {}

  static void render(StringBuilder out, String text, List<Mark> marks) {
    int length = text.length();
    List<Mark> valid = new ArrayList<>();
    TreeSet<Integer> cuts = new TreeSet<>();
    cuts.add(0);
    cuts.add(length);
    for (Mark m : marks) {
      int start = Math.max(0, m.start());
      int end = Math.min(length, m.end());
      if (start < end) {
        Mark clipped = new Mark(start, end, m.cssClass(), m.title(), m.anchorId());
        valid.add(clipped);
        cuts.add(start);
        cuts.add(end);
      } else if (m.anchorId() != null && start <= length) {
        // An empty or out-of-range span still gets its anchor, so a link never dangles.
        valid.add(new Mark(Math.min(start, length), Math.min(start, length), "", null, m.anchorId()));
        cuts.add(Math.min(start, length));
      }
    }
    valid.sort(Comparator.comparingInt(Mark::start));
    List<Mark> active = new ArrayList<>();
    int next = 0;
    Integer[] boundaries = cuts.toArray(Integer[]::new);
    for (int k = 0; k < boundaries.length; k++) {
      int from = boundaries[k];
      int to = k + 1 < boundaries.length ? boundaries[k + 1] : from;
      active.removeIf(m -> m.end() <= from && m.start() < m.end());
      List<Mark> starting = new ArrayList<>();
      while (next < valid.size() && valid.get(next).start() == from) {
        Mark m = valid.get(next++);
        if (m.start() == m.end()) {
          out.append("<span id=\"").append(HtmlEscaper.escape(m.anchorId())).append("\"></span>");
        } else {
          active.add(m);
          starting.add(m);
        }
      }
      if (to <= from) {
        continue;
      }
      if (active.isEmpty()) {
        HtmlEscaper.append(out, text, from, to);
        continue;
      }
      String anchor = null;
      for (Mark m : starting) {
        if (m.anchorId() == null) {
          continue;
        }
        if (anchor == null) {
          anchor = m.anchorId();
        } else {
          out.append("<span id=\"").append(HtmlEscaper.escape(m.anchorId())).append("\"></span>");
        }
      }
      Set<String> classes = new LinkedHashSet<>();
      Set<String> titles = new LinkedHashSet<>();
      for (Mark m : active) {
        for (String c : m.cssClass().split(" ")) {
          if (!c.isEmpty()) {
            classes.add(c);
          }
        }
        if (m.title() != null && !m.title().isEmpty()) {
          titles.add(m.title());
        }
      }
      out.append("<span");
      if (anchor != null) {
        out.append(" id=\"").append(HtmlEscaper.escape(anchor)).append('"');
      }
      out.append(" class=\"").append(HtmlEscaper.escape(String.join(" ", classes))).append('"');
      if (!titles.isEmpty()) {
        out.append(" title=\"").append(HtmlEscaper.escape(String.join(" · ", titles))).append('"');
      }
      out.append('>');
      HtmlEscaper.append(out, text, from, to);
      out.append("</span>");
    }
  }
}
