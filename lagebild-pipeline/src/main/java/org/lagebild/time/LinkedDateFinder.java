package org.lagebild.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lagebild.time.DateEvidence.LinkedDate;

/**
 * Dates written into the addresses of pages an article links to. Many outlets put the publication
 * day into their article addresses ({@code /2021-03-04/}, {@code /2021/03/04/}); an article that
 * links to such a page was written on that day or later. Scraped text keeps these addresses inline
 * (they are debris to a reader, evidence to the date inferrer), so this reads the raw text.
 *
 * <p>Only separated forms are read: a run of eight digits in an address is as often an id as a date.
 */
final class LinkedDateFinder {

  private static final Pattern ADDRESS = Pattern.compile("(?:https?://|www\\.)[^\\s\"'<>()\\[\\]]+");
  private static final Pattern DATE_IN_ADDRESS =
      Pattern.compile("(?<![0-9])((?:19|20)[0-9]{2})([-/])([01][0-9])\\2([0-3][0-9])(?![0-9])");

  private LinkedDateFinder() {}

  static List<LinkedDate> find(String text) {
    List<LinkedDate> found = new ArrayList<>();
    Matcher address = ADDRESS.matcher(text);
    while (address.find()) {
      Matcher date = DATE_IN_ADDRESS.matcher(text).region(address.start(), address.end());
      while (date.find()) {
        try {
          LocalDate day = LocalDate.of(
              Integer.parseInt(date.group(1)), Integer.parseInt(date.group(3)), Integer.parseInt(date.group(4)));
          found.add(new LinkedDate(date.start(), date.end(), day));
        } catch (DateTimeException notADay) {
          // "2021-13-45" in an address is a number, not a date
        }
      }
    }
    return found;
  }
}
