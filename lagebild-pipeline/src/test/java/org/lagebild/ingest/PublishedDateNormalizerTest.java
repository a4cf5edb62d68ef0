package org.lagebild.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PublishedDateNormalizerTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2021-03-04|2021-03-04",
        "2021-03-04 10:00:00|2021-03-04T10:00:00",
        "2021-03-04T10:00|2021-03-04T10:00:00",
        "2021-03-04T10:00:00.123456|2021-03-04T10:00:00",
        "2020-11-13T16:31:47+01:00|2020-11-13T16:31:47+01:00",
        "2020-11-13T16:31:47+0100|2020-11-13T16:31:47+01:00",
        "2020-11-13T16:31:47.000Z|2020-11-13T16:31:47Z",
        "2020-11-13 16:31:47 UTC|2020-11-13T16:31:47Z",
        "2020-11-13 16:31:47 +02:00|2020-11-13T16:31:47+02:00",
        "2021-07-16T08:30:00+02:00[Europe/Berlin]|2021-07-16T08:30:00+02:00",
        "Fri, 16 Jul 2021 08:30:00 GMT|2021-07-16T08:30:00Z",
        "16.07.2021|2021-07-16",
        "4.3.2021|2021-03-04",
        "16.07.2021 08:30|2021-07-16T08:30:00",
        "16.07.2021, 08:30 Uhr|2021-07-16T08:30:00",
        "16. Juli 2021|2021-07-16",
        "4. März 2021, 10:15 Uhr|2021-03-04T10:15:00",
        "July 16, 2021|2021-07-16",
        "20210716|2021-07-16",
        "1626424200|2021-07-16T08:30:00Z",
        "1626424200000|2021-07-16T08:30:00Z",
      })
  void normalisesToIso8601(String raw, String expected) {
    assertThat(PublishedDateNormalizer.normalize(raw)).isEqualTo(expected);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "   ",
        "gestern",
        "2021-02-30",
        "2021-13-01",
        "0001-01-01T00:00:00Z",
        "9999-12-31",
        "31.02.2021",
        "2021",
      })
  void unparseableOrImplausibleDatesBecomeNull(String raw) {
    assertThat(PublishedDateNormalizer.normalize(raw)).isNull();
  }
}
