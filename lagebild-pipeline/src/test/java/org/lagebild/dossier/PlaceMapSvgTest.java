package org.lagebild.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.lagebild.geo.WorldOutline;
import org.lagebild.model.dossier.PlaceLink;
import org.lagebild.model.dossier.Story;
import org.lagebild.model.dossier.StoryEntity;

class PlaceMapSvgTest {

  /** Two invented countries side by side in Europe's latitudes and one far away. */
  private static final String WORLD =
      """
      XA\tXaland\t0.00,40.00 10.00,40.00 10.00,50.00 0.00,50.00
      XB\tXbland\t10.00,40.00 20.00,40.00 20.00,50.00 10.00,50.00
      XC\tFarland\t150.00,-40.00 160.00,-40.00 160.00,-30.00 150.00,-30.00
      """;

  private static WorldOutline world() throws Exception {
    return WorldOutline.read(new BufferedReader(new StringReader(WORLD)));
  }

  private static StoryEntity entity(String id, String name, int mentions) {
    List<StoryEntity.Mention> ms = new ArrayList<>();
    for (int i = 0; i < mentions; i++) {
      ms.add(new StoryEntity.Mention("a", i * 10, i * 10 + 4, name));
    }
    return new StoryEntity(id, name, "LOC", List.of(name), List.of(), ms);
  }

  private static Story story() {
    return Story.of("s", "t", List.of("a"),
            List.of(entity("c1", "Xaland", 6), entity("t1", "Nordhafen", 9), entity("t2", "Südhafen", 1),
                entity("t3", "Osthafen", 2)))
        .withPlaces(List.of(
            new PlaceLink("c1", PlaceLink.COUNTRY, "XA", 0, "Xaland", 45, 5),
            new PlaceLink("t1", PlaceLink.CITY, "XA", 1, "Nordhafen", 48, 4),
            new PlaceLink("t2", PlaceLink.CITY, "XB", 2, "Südhafen", 42, 15),
            new PlaceLink("t3", PlaceLink.CITY, "XB", 3, "Osthafen", 42.2, 15.3)));
  }

  @Test
  void drawsTheRegionWithADotPerCityLinkedToItsEntityRow() throws Exception {
    StringBuilder sb = new StringBuilder();
    PlaceMapSvg.render(sb, story(), id -> "#ent-" + id, world());
    String html = sb.toString();
    assertThat(count(html, "<svg ")).isEqualTo(2);
    assertThat(html).contains("tl-wide map").contains("tl-narrow map");
    // Three cities in each drawing, sized by mentions, each linked and titled.
    assertThat(count(html, "<circle ")).isEqualTo(6);
    assertThat(html).contains("<a href=\"#ent-t1\"><circle").contains("<title>Nordhafen · 9 mentions</title>");
    assertThat(html).contains("<title>Südhafen · 1 mention</title>");
    // The two neighbouring countries are drawn, the one far away is not; the named one is shaded.
    assertThat(count(html, "<path ")).isEqualTo(4);
    assertThat(html).contains("fill=\"" + PlaceMapSvg.shade(1.0) + "\"");
  }

  @Test
  void labelsNeverOverlapEvenForNeighbouringCities() throws Exception {
    StringBuilder sb = new StringBuilder();
    PlaceMapSvg.render(sb, story(), id -> "#" + id, world());
    for (String svg : sb.toString().split("</svg>")) {
      if (!svg.contains("<svg")) {
        continue;
      }
      Matcher m = Pattern.compile("<text x=\"([0-9.]+)\" y=\"([0-9.]+)\"[^>]*>([^<]+)</text>").matcher(svg);
      List<double[]> boxes = new ArrayList<>();
      while (m.find()) {
        double x = Double.parseDouble(m.group(1));
        double y = Double.parseDouble(m.group(2));
        boxes.add(PlaceMapSvg.box(x, y - 11, HtmlReportWriter.labelWidth(m.group(3)), 13));
      }
      assertThat(boxes).isNotEmpty();
      for (int i = 0; i < boxes.size(); i++) {
        for (int j = i + 1; j < boxes.size(); j++) {
          assertThat(PlaceMapSvg.intersects(boxes.get(i), boxes.get(j))).isFalse();
        }
      }
    }
  }

  @Test
  void noPlacesNoMap() throws Exception {
    StringBuilder sb = new StringBuilder();
    PlaceMapSvg.render(sb, Story.of("s", "t", List.of("a"), List.of(entity("c1", "Xaland", 1))),
        id -> "#", world());
    assertThat(sb).isEmpty();
  }

  @Test
  void theDrawingTakesTheProportionsOfItsPlaces() {
    PlaceMapSvg.Marker west = marker(40, -100);
    PlaceMapSvg.Marker east = marker(40, 120);
    PlaceMapSvg.View wide = PlaceMapSvg.view(List.of(west, east), 900, 420);
    assertThat(wide.height()).isLessThan(420).isGreaterThanOrEqualTo(300);
    assertThat(wide.x(-100)).isBetween(0.0, 900.0);
    assertThat(wide.x(120)).isBetween(0.0, 900.0);
    PlaceMapSvg.View one = PlaceMapSvg.view(List.of(marker(50, 10)), 900, 420);
    assertThat(one.north() - one.south()).isGreaterThanOrEqualTo(16);
    assertThat(one.y(50)).isBetween(0.0, (double) one.height());
  }

  private static PlaceMapSvg.Marker marker(double lat, double lon) {
    return new PlaceMapSvg.Marker(new PlaceLink("e", PlaceLink.CITY, "XA", 1, "n", lat, lon), "n", 1, "#");
  }

  private static int count(String s, String what) {
    int n = 0;
    for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }
}
