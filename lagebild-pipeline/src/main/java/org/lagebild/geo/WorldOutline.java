package org.lagebild.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The world's country outlines (Natural Earth 1:50m, public domain, simplified to about 0.1 degree
 * by {@code tools/geo/make_geo.py}), each with the ISO code of the country whose capital lies in it
 * ("-" for outlines without one). Coordinates are longitude/latitude degrees. Loaded once, on first
 * use; thread-safe.
 */
public final class WorldOutline {

  /** One country's outline: rings of {@code [longitude, latitude]} points. */
  public record Shape(String country, String name, List<double[][]> rings) {
    public Shape {
      rings = List.copyOf(rings);
    }
  }

  private static final String WORLD = "org/lagebild/geo/world.tsv.gz";

  private final List<Shape> shapes;
  private final Map<String, double[]> labelPoints;

  private WorldOutline(List<Shape> shapes) {
    this.shapes = List.copyOf(shapes);
    Map<String, double[]> points = new HashMap<>();
    Map<String, Double> areas = new HashMap<>();
    for (Shape s : shapes) {
      if (s.country().equals("-")) {
        continue;
      }
      for (double[][] ring : s.rings()) {
        double[] centroid = centroid(ring);
        if (centroid != null && centroid[2] > areas.getOrDefault(s.country(), 0.0)) {
          areas.put(s.country(), centroid[2]);
          double longitude = centroid[0] > 180 ? centroid[0] - 360 : centroid[0];
          points.put(s.country(), new double[] {longitude, centroid[1]});
        }
      }
    }
    this.labelPoints = Map.copyOf(points);
  }

  /** The outlines from the class path, loaded on first call. */
  public static WorldOutline get() {
    return Bundled.OUTLINE;
  }

  /** Holds the bundled outlines; the JVM loads them once, on first use, thread-safely. */
  private static final class Bundled {
    static final WorldOutline OUTLINE = load();
  }

  private static WorldOutline load() {
    try (BufferedReader reader = Gazetteer.open(WORLD)) {
      return read(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("world outline unreadable: " + WORLD, e);
    }
  }

  /** Reads the outline format: country code, name, rings of "lon,lat" points (tab, ";", " "). */
  public static WorldOutline read(BufferedReader reader) throws IOException {
    List<Shape> shapes = new ArrayList<>();
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] c = line.split("\t", -1);
      if (c.length < 3 || c[2].isEmpty()) {
        continue;
      }
      List<double[][]> rings = new ArrayList<>();
      for (String ring : c[2].split(";")) {
        String[] points = ring.split(" ");
        double[][] parsed = new double[points.length][];
        for (int i = 0; i < points.length; i++) {
          int comma = points[i].indexOf(',');
          parsed[i] =
              new double[] {
                Double.parseDouble(points[i].substring(0, comma)),
                Double.parseDouble(points[i].substring(comma + 1))
              };
        }
        rings.add(parsed);
      }
      shapes.add(new Shape(c[0], c[1], rings));
    }
    return new WorldOutline(shapes);
  }

  public List<Shape> shapes() {
    return shapes;
  }

  /**
   * Where to put a country's marker: the centroid of its largest outline ring ({@code [longitude,
   * latitude]}), if the outline has the country.
   */
  public Optional<double[]> labelPoint(String country) {
    double[] p = labelPoints.get(country);
    return p == null ? Optional.empty() : Optional.of(p.clone());
  }

  /** Area-weighted centroid {@code [x, y, |area|]} of a ring (planar, in degrees), or null. */
  static double[] centroid(double[][] ring) {
    double area = 0;
    double cx = 0;
    double cy = 0;
    for (int i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      double cross = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
      area += cross;
      cx += (ring[j][0] + ring[i][0]) * cross;
      cy += (ring[j][1] + ring[i][1]) * cross;
    }
    if (Math.abs(area) < 1e-9) {
      return null;
    }
    area /= 2;
    return new double[] {cx / (6 * area), cy / (6 * area), Math.abs(area)};
  }
}
