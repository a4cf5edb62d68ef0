package org.lagebild.model.dossier;

import java.util.Objects;

/**
 * A place entity of a story located in a gazetteer: a country by its ISO code, a city by its
 * GeoNames record.
 *
 * @param entityId the {@link StoryEntity} that names the place
 * @param kind {@code country} or {@code city}
 * @param country ISO 3166-1 alpha-2 code of the country (of the city's country for a city)
 * @param geonamesId the GeoNames id of a city (its record at geonames.org), 0 for a country
 * @param name the gazetteer's own name for it ("Milano" for "Mailand")
 * @param latitude degrees north
 * @param longitude degrees east
 */
public record PlaceLink(
    String entityId,
    String kind,
    String country,
    long geonamesId,
    String name,
    double latitude,
    double longitude) {

  public static final String COUNTRY = "country";
  public static final String CITY = "city";

  public PlaceLink {
    Objects.requireNonNull(entityId, "entityId");
    Lists.oneOf(kind, "place kind", COUNTRY, CITY);
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(name, "name");
    if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
      throw new IllegalArgumentException(
          "coordinates out of range: " + latitude + ", " + longitude);
    }
  }
}
