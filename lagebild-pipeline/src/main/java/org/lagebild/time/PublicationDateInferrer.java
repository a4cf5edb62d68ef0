package org.lagebild.time;

import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.lagebild.clean.AnalysisText;
import org.lagebild.clean.NoiseDetector;
import org.lagebild.model.AnnotatedDocument;
import org.lagebild.model.Layer;
import org.lagebild.model.PublicationDate;
import org.lagebild.model.Stage;
import org.lagebild.time.DateEvidence.FullDate;
import org.lagebild.time.DateEvidence.RelativeMention;
import org.lagebild.time.DateEvidence.Tense;

/**
 * Publication date of each article, and the date evidence of its text. In order:
 *
 * <ol>
 *   <li>{@code metadata}: the date the input declares;
 *   <li>{@code dateline}: a full date or date-time in the first {@value #DATELINE_WINDOW} characters,
 *       on a short line or after a place name ("Berlin, 3. März 2021"), not in a future sentence and
 *       not more than a year older than the newest reported date of the text;
 *   <li>{@code text}: the reporting date among the full dates of the text: one in a sentence that
 *       also says "heute", else the latest that is not in a future sentence and whose stated weekday,
 *       if any, agrees with the calendar;
 *   <li>otherwise {@code unknown}, left for {@link StoryDateInferrer}.
 * </ol>
 *
 * Debris is blanked first, so a date in a URL or a byline is not taken for the dateline; dates in
 * the addresses of linked pages are kept apart as a lower bound ({@link DateEvidence#notBefore()}).
 */
public final class PublicationDateInferrer implements Stage {

  public static final Layer<PublicationDate> PUBLISHED = Layer.of("published");

  /** What the text says about dates; see {@link DateEvidence}. */
  public static final Layer<DateEvidence> DATE_EVIDENCE = Layer.of("date-evidence");

  static final int DATELINE_WINDOW = 400;
  private static final int SHORT_LINE = 120;
  private static final Pattern PLACE_PREFIX = Pattern.compile("[\\p{L}\\p{Zs}.()/,–-]{0,40}");

  @Override
  public String name() {
    return "published";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(NoiseDetector.NOISE);
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(PUBLISHED, DATE_EVIDENCE);
  }

  @Override
  public AnnotatedDocument process(AnnotatedDocument document) {
    String text = AnalysisText.masked(document.text(), document.get(NoiseDetector.NOISE));
    DateEvidence evidence = GermanDateFinder.find(text).withLinkedDates(LinkedDateFinder.find(document.text()));
    return document.with(DATE_EVIDENCE, evidence).with(PUBLISHED, infer(document.article().published(), text, evidence));
  }

  static PublicationDate infer(String declared, String text, DateEvidence evidence) {
    if (declared != null && !declared.isBlank()) {
      return new PublicationDate(declared.strip(), "metadata");
    }
    Optional<FullDate> dateline = dateline(text, evidence);
    if (dateline.isPresent()) {
      return new PublicationDate(dateline.get().value(), "dateline");
    }
    return reportingDate(text, evidence)
        .map(d -> new PublicationDate(d.date().toString(), "text"))
        .orElse(PublicationDate.UNKNOWN);
  }

  static Optional<FullDate> dateline(String text, DateEvidence evidence) {
    // A dateline is the newest date of its article: a history date at the top is no dateline.
    Optional<FullDate> newestReported = reportingDate(text, evidence);
    for (FullDate d : evidence.fullDates()) {
      if (newestReported.isPresent() && newestReported.get().date().isAfter(d.date().plusYears(1))) {
        continue;
      }
      if (d.start() >= DATELINE_WINDOW) {
        break;
      }
      if (d.tense() == Tense.FUTURE || !d.weekdayAgrees()) {
        continue;
      }
      int lineStart = text.lastIndexOf('\n', d.start() - 1) + 1;
      int lineEnd = text.indexOf('\n', d.end());
      String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd).strip();
      String prefix = text.substring(lineStart, d.start());
      if (line.length() <= SHORT_LINE || PLACE_PREFIX.matcher(prefix).matches()) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  static Optional<FullDate> reportingDate(String text, DateEvidence evidence) {
    for (RelativeMention today : evidence.relatives()) {
      if (today.fromPublication() && today.offsetDays() == 0) {
        for (FullDate d : evidence.fullDates()) {
          if (d.weekdayAgrees() && sameSentence(text, today.start(), d.start())) {
            return Optional.of(d);
          }
        }
      }
    }
    return evidence.fullDates().stream()
        .filter(d -> d.tense() != Tense.FUTURE && d.weekdayAgrees())
        .max(Comparator.comparing(FullDate::date));
  }

  private static boolean sameSentence(String text, int a, int b) {
    int[] starts = GermanDateFinder.sentenceStarts(text);
    int sa = 0;
    int sb = 0;
    for (int s : starts) {
      if (s <= a) {
        sa = s;
      }
      if (s <= b) {
        sb = s;
      }
    }
    return sa == sb;
  }
}
