package org.lagebild.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.lagebild.model.dossier.Citation;
import org.lagebild.model.dossier.TimelineEntry;

class TimelineSvgTest {

  private static TimelineEntry entry(String date, String kind, String what) {
    return new TimelineEntry(date, what, List.of(), null, List.of(new Citation("a", 0, 5)), kind);
  }

  @Test
  void oneDotPerDatedEntryHollowWhenPlannedBackgroundLeftOut() {
    StringBuilder sb = new StringBuilder();
    HtmlReportWriter.timelineSvg(sb, List.of(
        entry("2014", "background", "Krim"),
        entry("2022-01-19", "event", "Besuch in Kiew <Test>"),
        entry("2022-01-20", "event", "Gespräche in Berlin"),
        entry("2022-01-21", "planned", "Treffen in Genf")));
    String svg = sb.toString();

    assertThat(svg).startsWith("<div class=\"tl-box\"><svg")
        .contains("aria-label=\"Timeline 2022-01-19 to 2022-01-21\"");
    // Drawn twice, wide and narrow, three dots each.
    assertThat(svg.split("<circle", -1)).hasSize(7);
    assertThat(svg).contains("viewBox=\"0 0 " + HtmlReportWriter.WIDE + " ", "viewBox=\"0 0 "
        + HtmlReportWriter.NARROW + " ", "width=\"100%\"").doesNotContain("width=\"760\"");
    assertThat(svg).contains("fill=\"#ffffff\"").contains("(planned)");
    assertThat(svg).contains("&lt;Test&gt;").doesNotContain("<Test>").doesNotContain("Krim");
    assertThat(svg).contains(">19.1.<").contains(">21.1.<");
  }

  @Test
  void nothingDatedDrawsNothing() {
    StringBuilder sb = new StringBuilder();
    HtmlReportWriter.timelineSvg(sb, List.of(entry("2014", "background", "Krim"), entry("PAST_REF", "event", "x")));
    assertThat(sb).isEmpty();
  }

  /** One drawn label: its row (baseline) and horizontal extent from its anchor and estimated width. */
  private record Extent(String text, int y, double from, double to) {}

  private static final Pattern SVG = Pattern.compile("<svg class=\"tl ([a-z-]+)\"[^>]*viewBox=\"0 0 (\\d+) (\\d+)\"[^>]*>(.*?)</svg>", Pattern.DOTALL);
  private static final Pattern TEXT = Pattern.compile("<text x=\"([0-9.]+)\" y=\"(\\d+)\" font-size=\"(\\d+)\" text-anchor=\"(\\w+)\"[^>]*>([^<]*)</text>");

  /** Labels of each drawing (by class), read back from the SVG's computed positions. */
  private static Map<String, List<Extent>> labels(String svg, Map<String, Integer> widths) {
    Map<String, List<Extent>> out = new LinkedHashMap<>();
    Matcher m = SVG.matcher(svg);
    while (m.find()) {
      widths.put(m.group(1), Integer.parseInt(m.group(2)));
      List<Extent> extents = new ArrayList<>();
      Matcher t = TEXT.matcher(m.group(4));
      while (t.find()) {
        int font = Integer.parseInt(t.group(3));
        if (font != HtmlReportWriter.LABEL_FONT) {
          continue; // the legend and stack counts are not axis labels
        }
        double x = Double.parseDouble(t.group(1));
        double w = t.group(5).length() * font * HtmlReportWriter.GLYPH;
        double from = switch (t.group(4)) {
          case "start" -> x;
          case "end" -> x - w;
          default -> x - w / 2;
        };
        extents.add(new Extent(t.group(5), Integer.parseInt(t.group(2)), from, from + w));
      }
      out.put(m.group(1), extents);
    }
    return out;
  }

  private static void assertNoOverlapInside(List<Extent> labels, int width) {
    for (Extent a : labels) {
      assertThat(a.from()).as(a.text()).isGreaterThanOrEqualTo(0);
      assertThat(a.to()).as(a.text()).isLessThanOrEqualTo(width);
      for (Extent b : labels) {
        if (a != b && a.y() == b.y()) {
          assertThat(a.to() <= b.from() || b.to() <= a.from())
              .as("labels %s and %s overlap in row %d", a.text(), b.text(), a.y()).isTrue();
        }
      }
    }
  }

  @Test
  void denseDaysGetLabelsThatNeverOverlapInEitherDrawing() {
    List<TimelineEntry> entries = new ArrayList<>();
    entries.add(entry("2021-12-15", "event", "Vorgeschichte"));
    LocalDate day = LocalDate.of(2022, 1, 10);
    for (int i = 0; i < 40; i++) {
      for (int k = 0; k <= i % 3; k++) {
        entries.add(entry(day.plusDays(i).toString(), i % 5 == 0 ? "planned" : "event", "Ereignis " + i));
      }
    }
    StringBuilder sb = new StringBuilder();
    HtmlReportWriter.timelineSvg(sb, entries);
    Map<String, Integer> widths = new HashMap<>();
    Map<String, List<Extent>> drawn = labels(sb.toString(), widths);

    assertThat(drawn.keySet()).containsExactly("tl-wide", "tl-narrow");
    assertThat(widths.get("tl-narrow")).isLessThanOrEqualTo(390);
    drawn.forEach((drawing, labels) -> {
      assertThat(labels).as(drawing).hasSizeGreaterThan(3);
      assertNoOverlapInside(labels, widths.get(drawing));
    });
    // The narrow drawing thins its labels; the first day (with its year, as the range spans two) stays.
    assertThat(drawn.get("tl-narrow").size()).isLessThan(drawn.get("tl-wide").size());
    assertThat(drawn.get("tl-narrow").get(0).text()).isEqualTo("15.12.2021");
    // The month-long gap before the dense days is shortened and marked.
    assertThat(sb).contains("days without entries");
  }

  @Test
  void longRangesAreLabelledByMonth() {
    List<TimelineEntry> entries = new ArrayList<>();
    LocalDate day = LocalDate.of(2021, 3, 1);
    for (int i = 0; i < 240; i += 2) {
      entries.add(entry(day.plusDays(i).toString(), "event", "Tag " + i));
    }
    StringBuilder sb = new StringBuilder();
    HtmlReportWriter.timelineSvg(sb, entries);
    Map<String, Integer> widths = new HashMap<>();
    Map<String, List<Extent>> drawn = labels(sb.toString(), widths);

    drawn.forEach((drawing, labels) -> {
      assertNoOverlapInside(labels, widths.get(drawing));
      assertThat(labels).as(drawing).allSatisfy(l -> assertThat(l.text()).matches("\\d{4}-\\d{2}"));
    });
    assertThat(drawn.get("tl-wide")).extracting(Extent::text).contains("2021-03", "2021-06", "2021-10");
  }

  @Test
  void aStackOfManyEntriesOnOneDayShowsACount() {
    List<TimelineEntry> entries = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      entries.add(entry("2022-01-18", "event", "Meldung " + i));
    }
    StringBuilder sb = new StringBuilder();
    HtmlReportWriter.timelineSvg(sb, entries);
    assertThat(sb.toString().split("<circle", -1)).hasSize(2 * 4 + 1);
    assertThat(sb).contains(">+3</text>");
  }
}
