package org.lagebild.discrepancies;

import java.util.Locale;

/**
 * A quantity stated in a text, as the range of values it allows: "rund 100.000" is 90,000 to
 * 110,000, "mehr als 100.000" has no upper bound, "Zehntausende" is 20,000 to 99,999.
 *
 * @param start start of the number phrase (qualifier included) in the article text
 * @param end end of the phrase, head noun included when one was found
 * @param nominal the value as written (1.5 million for "1,5 Millionen")
 * @param low smallest value the phrase allows
 * @param high largest value the phrase allows ({@link Double#POSITIVE_INFINITY} when open)
 * @param vagueMagnitude the power of ten of a vague plural ("Zehntausende": 4), else -1
 * @param unit {@code percent}, a currency code, or {@code null} for counts
 * @param head the counted noun as written ("Soldaten"), or {@code null}
 * @param headKey the head folded for comparison (synonyms share one key), or {@code null}
 */
public record Figure(
    int start,
    int end,
    String text,
    double nominal,
    double low,
    double high,
    int vagueMagnitude,
    String unit,
    String head,
    String headKey) {

  /** True when no reading of the two phrases can be the same quantity. */
  public boolean conflictsWith(Figure other) {
    if (!java.util.Objects.equals(unit, other.unit)) {
      return false;
    }
    if (high < other.low || other.high < low) {
      if (exact() && other.exact()) {
        return true; // "21.977" against "21.695": two precise counts that differ
      }
      double bigger = Math.max(nominal, other.nominal);
      return bigger > 0 && Math.abs(nominal - other.nominal) / bigger > 0.01;
    }
    // "Hunderte" against "rund 1.000": a writer who knew of a thousand would not say hundreds, so
    // a vague plural of another order of magnitude disagrees.
    if (vagueMagnitude >= 0 && other.vagueMagnitude < 0 && other.high < Double.POSITIVE_INFINITY) {
      return magnitude(other.nominal) != vagueMagnitude;
    }
    if (other.vagueMagnitude >= 0 && vagueMagnitude < 0 && high < Double.POSITIVE_INFINITY) {
      return magnitude(nominal) != other.vagueMagnitude;
    }
    return false;
  }

  /** A precise count: no qualifier, no vague plural, not a round figure read as an estimate. */
  public boolean exact() {
    return vagueMagnitude < 0 && low == high;
  }

  /** The value as a string for the dossier: "100000", "20000-99999", ">100000", "1.5%". */
  public String value() {
    String suffix = unit == null ? "" : "percent".equals(unit) ? "%" : " " + unit;
    if (vagueMagnitude >= 0) {
      return plain(low) + "-" + plain(high) + suffix;
    }
    if (high == Double.POSITIVE_INFINITY) {
      return ">" + plain(nominal) + suffix;
    }
    if (low == 0 && nominal > 0 && high == nominal) {
      return "<=" + plain(high) + suffix;
    }
    if (low != high) {
      return "~" + plain(nominal) + suffix;
    }
    return plain(nominal) + suffix;
  }

  static int magnitude(double v) {
    return v <= 0 ? 0 : (int) Math.floor(Math.log10(v) + 1e-9);
  }

  static String plain(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return String.format(Locale.ROOT, "%.2f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
  }
}
