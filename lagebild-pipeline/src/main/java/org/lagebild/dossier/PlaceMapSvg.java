package org.lagebild.dossier;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.lagebild.geo.WorldOutline;
import org.lagebild.model.dossier.PlaceLink;
import org.lagebild.model.dossier.Story;
import org.lagebild.model.dossier.StoryEntity;

/**
 * The map of a story's located places, drawn as inline SVG: the country outlines of the region the
 * places span, the countries the story names shaded by how often, and a dot per city sized by its
 * mentions, each linked to the entity's row and titled with its name and count. Labels are placed
 * beside their dot without overlapping each other; a label that finds no free place is left to the
 * dot's tooltip. Drawn twice, wide and narrow, like the timeline, so that labels stay legible on a
 * phone. The projection is equirectangular with the longitude scaled by the cosine of the middle
 * latitude, which keeps regional maps in proportion.
 */
final class PlaceMapSvg {

  private PlaceMapSvg() {}

  static final int WIDE_W = 900;
  static final int WIDE_H = 420;
  static final int NARROW_W = 360;
  static final int NARROW_H = 300;
  private static final int FONT = 11;

  /** Draws the map if the story has at least one located place; else nothing. */
  static void render(StringBuilder sb, Story story, Function<String, String> entityHref) {
    render(sb, story, entityHref, WorldOutline.get());
  }

  static void render(
      StringBuilder sb, Story story, Function<String, String> entityHref, WorldOutline world) {
    if (story.places().isEmpty()) {
      return;
    }
    Map<String, StoryEntity> entities = new HashMap<>();
    story.entities().forEach(e -> entities.put(e.id(), e));
    List<Marker> markers = new ArrayList<>();
    for (PlaceLink p : story.places()) {
      StoryEntity e = entities.get(p.entityId());
      if (e != null) {
        markers.add(new Marker(p, e.name(), e.mentions().size(), entityHref.apply(e.id())));
      }
    }
    if (markers.isEmpty()) {
      return;
    }
    sb.append("<div class=\"tl-box\">");
    draw(sb, markers, world, WIDE_W, WIDE_H, "tl tl-wide map");
    draw(sb, markers, world, NARROW_W, NARROW_H, "tl tl-narrow map");
    sb.append("</div>\n");
  }

  record Marker(PlaceLink place, String name, int mentions, String href) {
    boolean city() {
      return place.kind().equals(PlaceLink.CITY);
    }
  }

  /** The projection of one drawing: longitude/latitude window onto width × height. */
  record View(double west, double south, double east, double north, int width, int height) {
    double x(double longitude) {
      return (longitude - west) / (east - west) * width;
    }

    double y(double latitude) {
      return (north - latitude) / (north - south) * height;
    }

    boolean overlaps(double[][] ring) {
      double minX = Double.MAX_VALUE;
      double maxX = -Double.MAX_VALUE;
      double minY = Double.MAX_VALUE;
      double maxY = -Double.MAX_VALUE;
      for (double[] p : ring) {
        minX = Math.min(minX, p[0]);
        maxX = Math.max(maxX, p[0]);
        minY = Math.min(minY, p[1]);
        maxY = Math.max(maxY, p[1]);
      }
      return maxX >= west && minX <= east && maxY >= south && minY <= north;
    }
  }

  /**
   * The window around the markers: their bounding box with a margin, at least 16 degrees of
   * latitude tall. The drawing takes the window's proportions (so a map of places spread east to
   * west is low, not padded with empty sea), between a third of its width and {@code maxHeight}; a
   * window out of those bounds is widened or heightened to fit. Kept within the map's bounds.
   */
  static View view(List<Marker> markers, int width, int maxHeight) {
    double west = Double.MAX_VALUE;
    double east = -Double.MAX_VALUE;
    double south = Double.MAX_VALUE;
    double north = -Double.MAX_VALUE;
    for (Marker m : markers) {
      west = Math.min(west, m.place().longitude());
      east = Math.max(east, m.place().longitude());
      south = Math.min(south, m.place().latitude());
      north = Math.max(north, m.place().latitude());
    }
    double midLat = Math.max(-70, Math.min(70, (south + north) / 2));
    double cos = Math.cos(Math.toRadians(midLat));
    double spanLat = Math.min(170, Math.max(16, (north - south) * 1.3 + 6));
    double spanLon = Math.min(360, Math.max(spanLat / cos, (east - west) * 1.15 + 8));
    int minHeight = width / 3;
    double height = width * spanLat / (spanLon * cos);
    if (height > maxHeight) {
      height = maxHeight;
      spanLon = Math.min(360, spanLat * width / (height * cos));
    } else if (height < minHeight) {
      height = minHeight;
      spanLat = Math.min(170, spanLon * cos * height / width);
    }
    double centreLon = Math.max(-180 + spanLon / 2, Math.min(180 - spanLon / 2, (west + east) / 2));
    double centreLat = Math.max(-85 + spanLat / 2, Math.min(85 - spanLat / 2, (south + north) / 2));
    return new View(
        centreLon - spanLon / 2,
        centreLat - spanLat / 2,
        centreLon + spanLon / 2,
        centreLat + spanLat / 2,
        width,
        (int) Math.round(height));
  }

  private static void draw(
      StringBuilder sb, List<Marker> markers, WorldOutline world, int width, int maxHeight,
      String cls) {
    View v = view(markers, width, maxHeight);
    int height = v.height();
    Map<String, Integer> countryMentions = new HashMap<>();
    int maxCountry = 1;
    for (Marker m : markers) {
      if (!m.city()) {
        countryMentions.merge(m.place().country(), m.mentions(), Integer::sum);
        maxCountry = Math.max(maxCountry, countryMentions.get(m.place().country()));
      }
    }
    sb.append("<svg class=\"").append(cls).append("\" viewBox=\"0 0 ").append(width).append(' ')
        .append(height).append("\" role=\"img\" aria-label=\"Map of the places the story names\">")
        .append("<rect width=\"").append(width).append("\" height=\"").append(height)
        .append("\" fill=\"#eef3f8\"/>");
    for (WorldOutline.Shape shape : world.shapes()) {
      StringBuilder d = new StringBuilder();
      for (double[][] ring : shape.rings()) {
        if (v.overlaps(ring)) {
          path(d, ring, v);
        }
      }
      if (d.isEmpty()) {
        continue;
      }
      Integer n = countryMentions.get(shape.country());
      String fill = n == null ? "#f7f7f4" : shade((double) n / maxCountry);
      sb.append("<path d=\"").append(d).append("\" fill=\"").append(fill)
          .append("\" stroke=\"#b9bec8\" stroke-width=\"0.6\"/>");
    }
    List<double[]> taken = new ArrayList<>();
    int maxCity = markers.stream().filter(Marker::city).mapToInt(Marker::mentions).max().orElse(1);
    List<Marker> ordered = new ArrayList<>(markers);
    ordered.sort((a, b) -> Integer.compare(b.mentions(), a.mentions()));
    for (Marker m : ordered) {
      if (m.city()) {
        double r = radius(m, maxCity);
        taken.add(box(v.x(m.place().longitude()) - r, v.y(m.place().latitude()) - r, 2 * r, 2 * r));
      }
    }
    StringBuilder labels = new StringBuilder();
    for (Marker m : ordered) {
      double x = v.x(m.place().longitude());
      double y = v.y(m.place().latitude());
      if (x < 0 || x > width || y < 0 || y > height) {
        continue;
      }
      String title =
          HtmlEscaper.escape(m.name() + " · " + m.mentions() + (m.mentions() == 1 ? " mention" : " mentions"));
      if (m.city()) {
        double r = radius(m, maxCity);
        sb.append("<a href=\"").append(HtmlEscaper.escape(m.href())).append("\"><circle cx=\"")
            .append(fmt(x)).append("\" cy=\"").append(fmt(y)).append("\" r=\"").append(fmt(r))
            .append("\" fill=\"#2b5797\" fill-opacity=\"0.85\" stroke=\"#fff\" stroke-width=\"1\"><title>")
            .append(title).append("</title></circle></a>");
        label(labels, taken, m.name(), x, y, r, width, height, false, m.href());
      } else {
        label(labels, taken, m.name(), x, y, 0, width, height, true, m.href());
      }
    }
    sb.append(labels).append("</svg>");
  }

  /** Places a label beside its point, trying right, left, above and below; skips it if none is free. */
  private static void label(
      StringBuilder sb, List<double[]> taken, String text, double x, double y, double r, int width,
      int height, boolean country, String href) {
    double w = HtmlReportWriter.labelWidth(text);
    double h = FONT + 2;
    double[][] candidates =
        country
            ? new double[][] {{x - w / 2, y - h / 2}, {x - w / 2, y - h * 1.5}, {x - w / 2, y + h / 2}}
            : new double[][] {
              {x + r + 2, y - h / 2}, {x - r - 2 - w, y - h / 2}, {x - w / 2, y - r - h - 1},
              {x - w / 2, y + r + 1}
            };
    for (double[] c : candidates) {
      double[] b = box(c[0], c[1], w, h);
      if (b[0] < 1 || b[1] < 1 || b[0] + b[2] > width - 1 || b[1] + b[3] > height - 1) {
        continue;
      }
      if (taken.stream().anyMatch(t -> intersects(t, b))) {
        continue;
      }
      taken.add(b);
      sb.append("<a href=\"").append(HtmlEscaper.escape(href)).append("\"><text x=\"")
          .append(fmt(c[0])).append("\" y=\"").append(fmt(c[1] + FONT)).append("\" font-size=\"")
          .append(FONT).append("\" fill=\"").append(country ? "#4a5568" : "#1a2b4a").append('"')
          .append(country ? " font-style=\"italic\"" : " font-weight=\"600\"")
          .append(" paint-order=\"stroke\" stroke=\"#fff\" stroke-width=\"2.5\">")
          .append(HtmlEscaper.escape(text)).append("</text></a>");
      return;
    }
  }

  /** A city dot's radius: 3 units, up to 9 for the story's most mentioned city (area by mentions). */
  private static double radius(Marker m, int maxCity) {
    return 3 + 6 * Math.sqrt((double) m.mentions() / maxCity);
  }

  static double[] box(double x, double y, double w, double h) {
    return new double[] {x, y, w, h};
  }

  static boolean intersects(double[] a, double[] b) {
    return a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
  }

  /**
   * Appends one ring as a closed path in relative drawing units, dropping points less than two
   * units from the last one kept and rings smaller than three units across (islands too small to
   * see), which keeps a world map to a few dozen kilobytes.
   */
  private static void path(StringBuilder d, double[][] ring, View v) {
    double minX = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    double maxY = -Double.MAX_VALUE;
    for (double[] p : ring) {
      minX = Math.min(minX, v.x(p[0]));
      maxX = Math.max(maxX, v.x(p[0]));
      minY = Math.min(minY, v.y(p[1]));
      maxY = Math.max(maxY, v.y(p[1]));
    }
    if (maxX - minX < 3 && maxY - minY < 3) {
      return;
    }
    long lastX = 0;
    long lastY = 0;
    int points = 0;
    int mark = d.length();
    for (double[] p : ring) {
      long x = Math.round(v.x(p[0]));
      long y = Math.round(v.y(p[1]));
      if (points > 0 && Math.abs(x - lastX) + Math.abs(y - lastY) < 2) {
        continue;
      }
      if (points == 0) {
        d.append('M').append(x).append(' ').append(y).append('l');
      } else {
        long dx = x - lastX;
        long dy = y - lastY;
        if (points > 1 && dx >= 0) {
          d.append(' ');
        }
        d.append(dx);
        if (dy >= 0) {
          d.append(' ');
        }
        d.append(dy);
      }
      lastX = x;
      lastY = y;
      points++;
    }
    if (points < 3) {
      d.setLength(mark);
    } else {
      d.append('z');
    }
  }

  /** A blue from pale (few mentions) to medium (the most mentioned country). */
  static String shade(double share) {
    double t = Math.max(0, Math.min(1, share));
    int r = (int) Math.round(214 - t * 90);
    int g = (int) Math.round(228 - t * 70);
    int b = (int) Math.round(244 - t * 24);
    return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
