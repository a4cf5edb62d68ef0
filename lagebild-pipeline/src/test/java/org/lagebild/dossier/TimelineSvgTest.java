package org.lagebild.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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

    assertThat(svg).startsWith("<svg").contains("aria-label=\"Timeline 2022-01-19 to 2022-01-21\"");
    assertThat(svg.split("<circle", -1)).hasSize(4);
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
}
