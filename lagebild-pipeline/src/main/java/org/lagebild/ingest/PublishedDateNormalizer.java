package org.lagebild.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalises a declared publication date (metadata, JSON field) to ISO 8601: a date ({@code
 * 2021-03-04}), a local date-time ({@code 2021-03-04T10:00:00}) or a date-time with offset ({@code
 * 2021-03-04T10:00:00+01:00}); seconds are kept, fractions dropped. What cannot be parsed becomes
 * {@code null}, since downstream stages rely on the value being ISO 8601.
 */
final class PublishedDateNormalizer {

  private static final DateTimeFormatter LOCAL_OUT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss", Locale.ROOT);
  private static final DateTimeFormatter OFFSET_OUT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);

  /** ISO-like: date, optional time with optional seconds and fraction, optional offset or zone. */
  private static final DateTimeFormatter ISO_FLEXIBLE =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .appendValue(ChronoField.YEAR, 4)
          .appendLiteral('-')
          .appendValue(ChronoField.MONTH_OF_YEAR, 2)
          .appendLiteral('-')
          .appendValue(ChronoField.DAY_OF_MONTH, 2)
          .optionalStart()
          .appendLiteral('T')
          .appendValue(ChronoField.HOUR_OF_DAY, 2)
          .appendLiteral(':')
          .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
          .optionalStart()
          .appendLiteral(':')
          .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
          .optionalStart()
          .appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true)
          .optionalEnd()
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HH:MM", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HHMM", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HH", "Z")
          .optionalEnd()
          .optionalStart()
          .appendLiteral('[')
          .appendZoneRegionId()
          .appendLiteral(']')
          .optionalEnd()
          .optionalEnd()
          .toFormatter(Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT)
          .withChronology(java.time.chrono.IsoChronology.INSTANCE);

  private static final List<DateTimeFormatter> OTHER_FORMATS =
      List.of(
          DateTimeFormatter.RFC_1123_DATE_TIME,
          european("d.M.uuuu[ HH:mm[:ss]][' Uhr']"),
          european("d.M.uuuu[', 'HH:mm[:ss]][' Uhr']"),
          german("d. MMMM uuuu[', 'HH:mm[' Uhr']]"),
          german("d. MMMM uuuu[ HH:mm[' Uhr']]"),
          german("d. MMM uuuu[', 'HH:mm[' Uhr']]"),
          english("MMMM d, uuuu[ HH:mm[:ss]]"),
          english("d MMMM uuuu[ HH:mm[:ss]]"),
          english("MMM d, uuuu[ HH:mm[:ss]]"),
          DateTimeFormatter.BASIC_ISO_DATE);

  private static final Pattern SPACE_BEFORE_TIME =
      Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})[ ]+(\\d{2}:\\d{2})");
  private static final Pattern TRAILING_UTC = Pattern.compile("(?i)\\s*(UTC|GMT)$");
  private static final Pattern SPACE_BEFORE_OFFSET =
      Pattern.compile("(\\d)\\s+([+-]\\d{2}:?\\d{2})$");
  private static final Pattern DIGITS = Pattern.compile("\\d{10}|\\d{13}");

  private PublishedDateNormalizer() {}

  /** The ISO 8601 form of a declared date, or {@code null} when absent or not understood. */
  static String normalize(String raw) {
    if (raw == null) {
      return null;
    }
    String s = raw.strip();
    if (s.isEmpty() || s.length() > 80) {
      return null;
    }
    if (DIGITS.matcher(s).matches()) {
      return epoch(Long.parseLong(s), s.length() == 13);
    }
    String iso = SPACE_BEFORE_TIME.matcher(s).replaceFirst("$1T$2");
    if (!iso.equals(s) || iso.indexOf('T') > 0) {
      iso = TRAILING_UTC.matcher(iso).replaceFirst("Z");
      iso = SPACE_BEFORE_OFFSET.matcher(iso).replaceFirst("$1$2");
    }
    String parsed = format(iso, ISO_FLEXIBLE);
    if (parsed != null) {
      return parsed;
    }
    for (DateTimeFormatter formatter : OTHER_FORMATS) {
      parsed = format(s, formatter);
      if (parsed != null) {
        return parsed;
      }
    }
    return null;
  }

  private static String format(String s, DateTimeFormatter formatter) {
    TemporalAccessor t;
    try {
      t =
          formatter.parseBest(
              s, ZonedDateTime::from, OffsetDateTime::from, LocalDateTime::from, LocalDate::from);
    } catch (DateTimeException e) {
      return null;
    }
    if (t instanceof ZonedDateTime z) {
      return plausible(z.getYear())
          ? OFFSET_OUT.format(z.toOffsetDateTime().truncatedTo(ChronoUnit.SECONDS))
          : null;
    }
    if (t instanceof OffsetDateTime o) {
      return plausible(o.getYear()) ? OFFSET_OUT.format(o.truncatedTo(ChronoUnit.SECONDS)) : null;
    }
    if (t instanceof LocalDateTime l) {
      return plausible(l.getYear()) ? LOCAL_OUT.format(l.truncatedTo(ChronoUnit.SECONDS)) : null;
    }
    if (t instanceof LocalDate d) {
      return plausible(d.getYear()) ? d.toString() : null;
    }
    return null;
  }

  private static String epoch(long value, boolean millis) {
    Instant instant = millis ? Instant.ofEpochMilli(value) : Instant.ofEpochSecond(value);
    OffsetDateTime utc = instant.atOffset(ZoneOffset.UTC);
    return plausible(utc.getYear()) ? OFFSET_OUT.format(utc) : null;
  }

  /** Placeholder dates (0001-01-01, 9999-12-31) are as good as none. */
  private static boolean plausible(int year) {
    return year >= 1900 && year <= 2100;
  }

  private static DateTimeFormatter european(String pattern) {
    return strict(pattern, Locale.ROOT);
  }

  private static DateTimeFormatter german(String pattern) {
    return strict(pattern, Locale.GERMAN);
  }

  private static DateTimeFormatter english(String pattern) {
    return strict(pattern, Locale.ENGLISH);
  }

  private static DateTimeFormatter strict(String pattern, Locale locale) {
    return new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .appendPattern(pattern)
        .toFormatter(locale)
        .withResolverStyle(ResolverStyle.STRICT);
  }
}
