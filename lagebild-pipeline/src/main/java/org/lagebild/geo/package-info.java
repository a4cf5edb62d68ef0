/**
 * Places located in general gazetteers: countries by their ISO codes (names from the JDK's CLDR
 * data), cities by their GeoNames records (with the exonyms readers use, "Mailand" for Milano), and
 * the world's country outlines for the report's map.
 */
package org.lagebild.geo;
