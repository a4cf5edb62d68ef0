package org.lagebild.model;

/**
 * The statistical tagger's confidence for one token: the marginal probability, over every labelling
 * of its sentence, that the token is part of a name of each type ({@code 1 - sum} is the
 * probability that it is part of none). Lets later rules recover names the tagger almost found and
 * doubt the ones it found only narrowly.
 */
public record EntityScores(int start, int end, double per, double loc, double org, double misc) {

  /** The entity types in the order of the record's components. */
  public static final java.util.List<String> TYPES = java.util.List.of("PER", "LOC", "ORG", "MISC");

  public EntityScores {
    new Span(start, end);
  }

  /** Probability of {@code PER}, {@code LOC}, {@code ORG} or {@code MISC}; 0 for another type. */
  public double of(String type) {
    return switch (type) {
      case "PER" -> per;
      case "LOC" -> loc;
      case "ORG" -> org;
      case "MISC" -> misc;
      default -> 0;
    };
  }

  /** Probability that the token belongs to no name. */
  public double outside() {
    return Math.max(0, 1 - per - loc - org - misc);
  }

  /** Probability that the token belongs to some name. */
  public double inside() {
    return Math.min(1, per + loc + org + misc);
  }

  /** The most probable entity type (ignoring "none"). */
  public String bestType() {
    String best = "PER";
    double max = per;
    if (loc > max) {
      best = "LOC";
      max = loc;
    }
    if (org > max) {
      best = "ORG";
      max = org;
    }
    if (misc > max) {
      best = "MISC";
    }
    return best;
  }
}
