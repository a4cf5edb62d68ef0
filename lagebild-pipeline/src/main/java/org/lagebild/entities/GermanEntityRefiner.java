package org.lagebild.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.lagebild.linguistics.LinguisticStage;
import org.lagebild.model.AnnotatedDocument;
import org.lagebild.model.EntityMention;
import org.lagebild.model.EntityScores;
import org.lagebild.model.Layer;
import org.lagebild.model.Stage;
import org.lagebild.model.Token;

/**
 * Corrects the statistical tagger's entity mentions of one German article with rules that hold for
 * German news, in order:
 *
 * <ol>
 *   <li>where the tagger's per-token confidence is given ({@link LinguisticStage#ENTITY_SCORES}),
 *       mentions it was unsure of are dropped and names it almost found are recovered ({@link
 *       TaggerConfidence});
 *   <li>mentions are split at line breaks and at punctuation between words ("Michail) Gorbatschow",
 *       "Sometime Ago – 23:18"), and punctuation, articles and prepositions are trimmed off their
 *       edges ("Beim Mitteldeutschen Verlag");
 *   <li>a role noun in front of a person's name is cut off the name and kept as the person's role
 *       ("US-Außenminister John Smith");
 *   <li>a name that is only part of a hyphenated compound ("UNO-Generalsekretär", "SPD-Fraktion")
 *       is not a mention of its own but a {@link #NAME_PARTS name part};
 *   <li>adjectives and nouns derived from place names ("russischen", "Schweizer", "Franzose") are
 *       {@link #DERIVED derived names}, not entity mentions: the tagger's training data calls them
 *       MISC, GermEval and readers do not;
 *   <li>a name's last word and the noun in front of it decide its type where the tagger was not
 *       sure: "Hamburger Mieterverein" is an organisation, "der Spielzeughersteller Foo" an
 *       organisation, "das Dorf Bar" a place ({@link NameHeads}, {@link Appositions}); country and
 *       region names from the JDK's CLDR data are places ({@link PlaceGazetteer});
 *   <li>one sense per document: a name tagged once is tagged wherever it recurs as a proper noun in
 *       the article, including its genitive and a person's surname alone, all with the type most of
 *       its mentions have;
 *   <li>untagged proper nouns with a German place-name ending ("-dorf", "-kirchen") are places;
 *   <li>mentions on all-capital heading lines that the rest of the article never names are dropped.
 * </ol>
 *
 * <p>Every output offset is an offset of the article text, and a mention's text is exactly the text
 * there. Stateless and thread-safe.
 */
public final class GermanEntityRefiner implements Stage {

  /** The refined entity mentions, sorted by position, not overlapping. */
  public static final Layer<List<EntityMention>> ENTITIES = Layer.of("refined-entities");

  /** Names inside hyphenated compounds ("UNO" in "UNO-Generalsekretär"), typed like entities. */
  public static final Layer<List<EntityMention>> NAME_PARTS = Layer.of("entity-name-parts");

  /** Place-derived adjectives and demonyms ("russischen", "Franzose"), type {@code MISC}. */
  public static final Layer<List<EntityMention>> DERIVED = Layer.of("entity-derived-names");

  /** Role phrases directly in front of a person's name, each pointing at that name. */
  public static final Layer<List<PersonRole>> ROLES = Layer.of("entity-person-roles");

  @Override
  public String name() {
    return "entity-refinement";
  }

  @Override
  public Set<Layer<?>> requires() {
    return Set.of(LinguisticStage.TOKENS, LinguisticStage.ENTITIES);
  }

  @Override
  public Set<Layer<?>> provides() {
    return Set.of(ENTITIES, NAME_PARTS, DERIVED, ROLES);
  }

  @Override
  public AnnotatedDocument process(AnnotatedDocument document) {
    Refinement r =
        refine(
            document.text(),
            document.get(LinguisticStage.TOKENS),
            document.get(LinguisticStage.ENTITIES),
            document.getOrDefault(LinguisticStage.ENTITY_SCORES, List.of()));
    return document
        .with(ENTITIES, r.entities())
        .with(NAME_PARTS, r.parts())
        .with(DERIVED, r.derived())
        .with(ROLES, r.roles());
  }

  /** The outcome for one text. */
  public record Refinement(
      List<EntityMention> entities,
      List<EntityMention> parts,
      List<EntityMention> derived,
      List<PersonRole> roles) {
    public Refinement {
      entities = List.copyOf(entities);
      parts = List.copyOf(parts);
      derived = List.copyOf(derived);
      roles = List.copyOf(roles);
    }
  }

  /** Applies every rule to the tagger's mentions over {@code tokens} of {@code text}. */
  public static Refinement refine(String text, List<Token> tokens, List<EntityMention> tagged) {
    return refine(text, tokens, tagged, List.of());
  }

  /**
   * Applies every rule to the tagger's mentions over {@code tokens} of {@code text}, using the
   * tagger's per-token confidence where given (empty: rules that need it do nothing).
   */
  public static Refinement refine(
      String text, List<Token> tokens, List<EntityMention> tagged, List<EntityScores> scores) {
    TokenView view = TokenView.of(text, tokens);
    TaggerConfidence confidence = TaggerConfidence.of(view, scores);
    List<Candidate> candidates = new ArrayList<>();
    for (EntityMention m : tagged) {
      Candidate c = view.align(m);
      if (c != null) {
        candidates.add(c);
      }
    }
    candidates = confidence.recover(view, confidence.dropDoubtful(candidates));
    List<Candidate> split = new ArrayList<>();
    for (Candidate c : candidates) {
      split.addAll(MentionRules.splitAtBreaks(view, c));
    }
    List<Candidate> trimmed = new ArrayList<>();
    for (Candidate c : split) {
      Candidate t = MentionRules.trimEdges(view, c);
      if (t != null) {
        trimmed.add(t);
      }
    }
    List<PersonRole> roles = new ArrayList<>();
    List<Candidate> named = new ArrayList<>();
    for (Candidate c : trimmed) {
      Candidate n = PersonRoles.detach(view, c, roles);
      if (n != null) {
        named.add(n);
      }
    }
    List<Candidate> parts = new ArrayList<>();
    List<Candidate> derived = new ArrayList<>();
    List<Candidate> kept = new ArrayList<>();
    for (Candidate c : named) {
      Candidate whole = CompoundNames.wholeWordOrPart(view, c, parts);
      if (whole == null) {
        continue;
      }
      if (DerivedNames.isDerived(view, whole)) {
        derived.add(whole);
      } else {
        kept.add(whole);
      }
    }
    kept = NameHeads.apply(view, kept, derived);
    kept = NameContext.apply(view, kept);
    kept = Appositions.apply(view, kept, confidence);
    kept = PlaceGazetteer.apply(view, kept, confidence);
    kept = DocumentConsistency.apply(view, kept);
    kept = PlaceNameSuffixes.add(view, kept);
    kept = Headings.dropUnconfirmed(view, kept);
    roles.addAll(PersonRoles.findBefore(view, kept, roles));
    return new Refinement(
        view.mentions(kept), view.mentions(parts), view.mentions(derived), sortedRoles(roles));
  }

  private static List<PersonRole> sortedRoles(List<PersonRole> roles) {
    List<PersonRole> sorted = new ArrayList<>(roles.stream().distinct().toList());
    sorted.sort(Comparator.comparingInt(PersonRole::start).thenComparingInt(PersonRole::end));
    return sorted;
  }
}
