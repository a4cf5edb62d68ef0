package org.lagebild.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lagebild.model.AnnotatedDocument;
import org.lagebild.model.dossier.StoryEntity;

/**
 * Names the tagger left out that the story itself shows to be names, found over all of a story's
 * articles (one sense per story) after the canonicaliser has built its entities:
 *
 * <ul>
 *   <li>an acronym ("SPD", "AfD") that the story marks as an organisation: in brackets or between
 *       commas after a person's name ("Erika Muster (XYZ)", the party), opening a compound with
 *       a role or membership head ("XYZ-Chef", "XYZ-Spitze"), or defined in brackets after words
 *       whose initials it spells ("Reporter ohne Grenzen (ROG)", both names); agency credits at an
 *       article's end are no mentions. An acronym that merely recurs is not enough: "BIP", "DNA",
 *       "TV" and capitalised words ("HIER") recur as well;
 *   <li>a single-word institution name built from a state or world prefix and an institution head
 *       ("Bundesregierung", "Staatskanzlei", "Weltgesundheitsorganisation"), never a role noun
 *       ("Bundestagsabgeordnete").
 * </ul>
 *
 * Every occurrence of such a name in the story's articles is a mention (also opening a compound,
 * "XYZ-Politiker"), unless another mention covers it. An acronym that is an ISO country code
 * ("US", "USA") joins the story's entity of that country and is nothing where the story names no
 * such country ("TV-Experte", "IT-Berater"); a name the story already has joins that entity and
 * takes its type. General vocabulary and ISO codes only, never names.
 */
final class StoryNameFinder {

  private StoryNameFinder() {}

  /** Two to five letters, at most one of them lower case inside ("AfD"). */
  private static final Pattern ACRONYM =
      Pattern.compile("(?<![\\p{L}\\p{N}\\-\u2011])(\\p{Lu}[\\p{Lu}\\p{Ll}]{0,3}\\p{Lu})(?![\\p{L}\\p{N}])");

  /** Heads of compounds that name a part of an organisation ("XYZ-Spitze", "XYZ-Fraktion"). */
  private static final List<String> MEMBERSHIP_HEADS =
      List.of("spitze", "fraktion", "mitglied", "mitglieder", "führung", "basis", "parteitag",
          "landesverband", "kreisverband", "bundesvorstand", "vorsitz", "zentrale");

  /** Prefixes of compound institution names: federal, state, world. */
  private static final Pattern INSTITUTION =
      Pattern.compile("(?<![\\p{L}\\-\u2011])((?:Bundes|Landes|Staats|Welt)\\p{Ll}*"
          + "(?:regierung|ministerium|kanzlei|kanzleramt|organisation|bank|tag|rat|gericht|"
          + "gerichtshof|agentur|institut|kommission|behörde|amt|polizei|wehr)(?:e?s)?)"
          + "(?![\\p{L}\\p{N}\\-\u2011])"
          // Chambers of parliament written as one word.
          + "|(?<![\\p{L}\\-\u2011])((?:Repräsentanten|Abgeordneten|Unter|Ober)haus(?:es)?)"
          + "(?![\\p{L}\\p{N}\\-\u2011])");

  private static final Pattern COMPLEMENT =
      Pattern.compile(" für \\p{Lu}\\p{Ll}+(?: und \\p{Lu}\\p{Ll}+)?(?![\\p{L}\\-])");

  /** ISO 3166 alpha-2 and alpha-3 codes to the alpha-2 code of their country. */
  private static final Map<String, String> COUNTRY_CODES = countryCodes();

  private static Map<String, String> countryCodes() {
    Map<String, String> codes = new HashMap<>();
    for (String alpha2 : Locale.getISOCountries()) {
      codes.put(alpha2, alpha2);
      try {
        String alpha3 = new Locale.Builder().setRegion(alpha2).build().getISO3Country();
        if (!alpha3.isEmpty()) {
          codes.put(alpha3, alpha2);
        }
      } catch (java.util.MissingResourceException e) {
        // A code without an alpha-3 form keeps its alpha-2 entry only.
      }
    }
    return Map.copyOf(codes);
  }

  /** A name found in the story and its type. */
  private record Found(String surface, String type) {}

  static List<StoryEntity> apply(List<StoryEntity> entities, List<AnnotatedDocument> documents) {
    Map<String, boolean[]> covered = new HashMap<>();
    for (AnnotatedDocument doc : documents) {
      if (doc != null) {
        covered.putIfAbsent(doc.id(), new boolean[doc.text().length() + 1]);
      }
    }
    Map<String, List<StoryEntity.Mention>> persons = new HashMap<>();
    for (StoryEntity e : entities) {
      for (StoryEntity.Mention m : e.mentions()) {
        boolean[] c = covered.get(m.articleId());
        if (c != null && m.end() < c.length) {
          for (int k = m.start(); k < m.end(); k++) {
            c[k] = true;
          }
        }
        if (e.type().equals("PER")) {
          persons.computeIfAbsent(m.articleId(), k -> new ArrayList<>()).add(m);
        }
      }
    }
    Map<String, Found> names = new LinkedHashMap<>();
    Map<String, String> definitions = new HashMap<>();
    for (AnnotatedDocument doc : documents) {
      if (doc == null) {
        continue;
      }
      String text = doc.text();
      boolean[] c = covered.get(doc.id());
      Matcher m = ACRONYM.matcher(text);
      while (m.find()) {
        String acronym = m.group(1);
        if (!NameKeys.isAcronym(acronym) || !opensCompoundOrEndsWord(text, m.end())
            || agencyCredit(text, m.start(), m.end())) {
          continue;
        }
        String longForm = definedLongForm(text, m.start(), m.end(), acronym);
        if (longForm != null) {
          // "Reporter ohne Grenzen (ROG)": both are the organisation's names.
          names.putIfAbsent(longForm, new Found(longForm, "ORG"));
          names.putIfAbsent(acronym, new Found(acronym, "ORG"));
          definitions.putIfAbsent(acronym, longForm);
          continue;
        }
        String institution = institutionCompound(text, m.start(), m.end());
        if (institution != null && !coveredAny(c, m.start(), m.start() + institution.length())) {
          names.putIfAbsent(institution, new Found(institution, "ORG"));
          continue;
        }
        if (!coveredAny(c, m.start(), m.end())
            && (affiliation(text, m.start(), m.end(), persons.getOrDefault(doc.id(), List.of()))
                || organisationCompound(text, m.end()))) {
          names.putIfAbsent(acronym, new Found(acronym, acronymType(acronym)));
        }
      }
      Matcher inst = INSTITUTION.matcher(text);
      while (inst.find()) {
        int g = inst.group(1) != null ? 1 : 2;
        String word = withComplement(text, inst.start(g), inst.group(g));
        if (!RoleLexicon.isRole(word) && !coveredAny(c, inst.start(g), inst.end(g))) {
          names.putIfAbsent(word, new Found(word, "ORG"));
        }
      }
    }
    if (names.isEmpty()) {
      return entities;
    }
    return addMentions(entities, documents, covered, names, definitions);
  }

  /**
   * The words right before "(XYZ)" whose initials spell the acronym ("Reporter ohne Grenzen
   * (ROG)"), starting with a capital; else null.
   */
  private static String definedLongForm(String text, int start, int end, String acronym) {
    if (start < 2 || text.charAt(start - 1) != '(' || end >= text.length()
        || text.charAt(end) != ')' || text.charAt(start - 2) != ' ') {
      return null;
    }
    int phraseEnd = start - 2;
    int from = phraseEnd;
    for (int words = 0; words < 6 && from > 0; words++) {
      int space = text.lastIndexOf(' ', from - 1);
      int wordStart = space + 1;
      String word = text.substring(wordStart, from);
      if (word.isEmpty() || !word.chars().allMatch(ch -> Character.isLetter(ch) || ch == '-')) {
        break;
      }
      String phrase = text.substring(wordStart, phraseEnd);
      if (Character.isUpperCase(word.codePointAt(0))
          && NameKeys.initials(phrase).equalsIgnoreCase(acronym)) {
        return phrase;
      }
      from = space;
      if (space < 0) {
        break;
      }
    }
    return null;
  }

  /** "Bundesministerium für Gesundheit": a "für" complement of capitalised nouns is the name's. */
  private static String withComplement(String text, int start, String word) {
    Matcher m = COMPLEMENT.matcher(text).region(start + word.length(), text.length());
    return m.lookingAt() ? word + m.group() : word;
  }

  private static String acronymType(String acronym) {
    return COUNTRY_CODES.containsKey(acronym) ? "LOC" : "ORG";
  }

  private static List<StoryEntity> addMentions(
      List<StoryEntity> entities,
      List<AnnotatedDocument> documents,
      Map<String, boolean[]> covered,
      Map<String, Found> names,
      Map<String, String> definitions) {
    List<StoryEntity> out = new ArrayList<>(entities);
    List<List<StoryEntity.Mention>> added = new ArrayList<>();
    for (int i = 0; i < out.size(); i++) {
      added.add(new ArrayList<>());
    }
    List<String> ordered = new ArrayList<>(names.keySet());
    ordered.sort(Comparator.comparingInt(String::length).reversed());
    for (String surface : ordered) {
      Found f = names.get(surface);
      int target = targetOf(out, f);
      if (target < 0 && definitions.containsKey(surface)) {
        target = targetOf(out, new Found(definitions.get(surface), f.type()));
      }
      if (target < 0 && COUNTRY_CODES.containsKey(surface)) {
        continue; // "TV-Experte", "IT-Berater": a code only names a country the story names
      }
      for (AnnotatedDocument doc : documents) {
        if (doc == null) {
          continue;
        }
        String text = doc.text();
        boolean[] c = covered.get(doc.id());
        for (int at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
          int end = at + surface.length();
          if (!wordStartsAt(text, at) || !opensCompoundOrEndsWord(text, end)
              || coveredAny(c, at, end) || agencyCredit(text, at, end)) {
            continue;
          }
          if (target < 0 && f.type().equals("ORG")) {
            target = acronymAfter(out, text, end);
          }
          if (target < 0) {
            String key = NameKeys.key(surface);
            out.add(new StoryEntity(
                EntityCanonicalizer.entityId(f.type(), key), surface, f.type(), List.of(surface),
                List.of(), List.of()));
            added.add(new ArrayList<>());
            target = out.size() - 1;
          }
          added.get(target).add(new StoryEntity.Mention(doc.id(), at, end, surface));
          for (int k = at; k < end; k++) {
            c[k] = true;
          }
        }
      }
    }
    Map<String, Integer> articleOrder = StoryRecall.articleOrder(documents);
    List<StoryEntity> result = new ArrayList<>(out.size());
    for (int i = 0; i < out.size(); i++) {
      StoryEntity e = out.get(i);
      if (added.get(i).isEmpty()) {
        if (!e.mentions().isEmpty()) {
          result.add(e);
        }
        continue;
      }
      List<StoryEntity.Mention> mentions = new ArrayList<>(e.mentions());
      mentions.addAll(added.get(i));
      mentions.sort(
          StoryEntity.Mention.inArticleOrder(articleOrder));
      List<String> variants = new ArrayList<>(e.variants());
      for (StoryEntity.Mention m : added.get(i)) {
        if (!variants.contains(m.text())) {
          variants.add(m.text());
        }
      }
      result.add(e.withMentions(variants, mentions));
    }
    return result;
  }

  /** "Musterhauses" of "Musterhaus". */
  private static boolean genitiveOf(String genitive, String name) {
    return name.length() >= 4 && (genitive.equals(name + "s") || genitive.equals(name + "es"));
  }

  /**
   * "Bundesmusterministerium" of "Bundesministerium für Muster": the complement of a "für" name
   * written into the compound before its head, with or without a linking "s".
   */
  private static boolean compoundOf(String compound, String name) {
    int fuer = name.indexOf(" für ");
    if (fuer < 0 || compound.contains(" ") || name.indexOf(' ', fuer + 5) >= 0) {
      return false;
    }
    String head = name.substring(0, fuer);
    String complement = name.substring(fuer + 5).toLowerCase(Locale.ROOT);
    for (int split = 1; split < head.length() - 2; split++) {
      String prefix = head.substring(0, split);
      String rest = head.substring(split).toLowerCase(Locale.ROOT);
      for (String link : List.of("", "s", "es")) {
        if (compound.equals(prefix + complement + link + rest)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * "Weltmusterorganisation (WMO)", "Weltmusterorganisation WMO": an organisation of the story
   * whose acronym directly follows the found name; else -1.
   */
  private static int acronymAfter(List<StoryEntity> entities, String text, int end) {
    Matcher m = DEFINED_ACRONYM_AFTER.matcher(text).region(end, text.length());
    if (!m.lookingAt()) {
      return -1;
    }
    for (int i = 0; i < entities.size(); i++) {
      StoryEntity e = entities.get(i);
      if (e.type().equals("ORG") && e.variants().contains(m.group(1))) {
        return i;
      }
    }
    return -1;
  }

  private static final Pattern DEFINED_ACRONYM_AFTER =
      Pattern.compile(" \\(?(\\p{Lu}[\\p{Lu}\\p{Ll}]{0,4}\\p{Lu})\\)?(?![\\p{L}\\p{N}\\-])");

  /** The entity a found name joins: the same name, or the same country by ISO code; else -1. */
  private static int targetOf(List<StoryEntity> entities, Found f) {
    String key = NameKeys.key(f.surface());
    String country = COUNTRY_CODES.get(f.surface());
    Set<String> countryNames = new HashSet<>();
    if (country != null) {
      countryNames.add(NameKeys.key(
          new Locale.Builder().setRegion(country).build().getDisplayCountry(Locale.GERMAN)));
    }
    for (int i = 0; i < entities.size(); i++) {
      StoryEntity e = entities.get(i);
      for (String v : e.variants()) {
        String vk = NameKeys.key(v);
        if (vk.equals(key)
            || country != null && e.type().equals("LOC")
                && (country.equals(COUNTRY_CODES.get(v)) || countryNames.contains(vk))
            || !e.type().equals("PER") && (genitiveOf(f.surface(), v) || genitiveOf(v, f.surface())
                || compoundOf(f.surface(), v) || compoundOf(v, f.surface()))) {
          return i;
        }
      }
    }
    return -1;
  }

  /**
   * "Erika Muster (XYZ)", "Erika Muster, XYZ,": the acronym right after a person's mention, in
   * brackets or between commas, is the person's party or employer.
   */
  private static boolean affiliation(
      String text, int start, int end, List<StoryEntity.Mention> persons) {
    for (StoryEntity.Mention p : persons) {
      if (p.end() > start || start - p.end() > 3) {
        continue;
      }
      String between = text.substring(p.end(), start);
      String after = end < text.length() ? text.substring(end, end + 1) : "";
      if (between.strip().equals("(") && after.equals(")")
          || between.strip().equals(",") && (after.equals(",") || after.equals("."))) {
        return true;
      }
    }
    return false;
  }

  /** "XYZ-Chef", "XYZ-Politiker", "XYZ-Spitze": a role or membership noun after the hyphen. */
  private static boolean organisationCompound(String text, int end) {
    if (!opensCompound(text, end)) {
      return false;
    }
    int k = end + 1;
    while (k < text.length() && (Character.isLetter(text.charAt(k)) || text.charAt(k) == '-')) {
      k++;
    }
    String rest = text.substring(end + 1, k);
    if (rest.contains("-")) {
      return false; // "XY-Muster-Trainer": the acronym belongs to the name "XY-Muster"
    }
    String head = rest.substring(rest.lastIndexOf('-') + 1).toLowerCase(Locale.ROOT);
    return RoleLexicon.isRole(rest) || MEMBERSHIP_HEADS.stream().anyMatch(head::equals);
  }

  /** Nouns of state institutions that form a name with an acronym before them ("XY-Senat"). */
  private static final List<String> INSTITUTION_NOUNS =
      List.of("post", "senat", "kongress", "regierung", "parlament", "armee", "militär", "marine",
          "luftwaffe", "notenbank", "zentralbank", "justiz", "kommission", "ministerium",
          "behörde", "polizei", "botschaft", "konsulat", "geheimdienst", "repräsentantenhaus");

  /** "XY-Post", "XY-Kommission": the whole compound, or null. */
  private static String institutionCompound(String text, int start, int end) {
    if (!opensCompound(text, end)) {
      return null;
    }
    int k = end + 1;
    while (k < text.length() && Character.isLetter(text.charAt(k))) {
      k++;
    }
    if (k < text.length() && (text.charAt(k) == '-' || text.charAt(k) == '\u2011')) {
      return null;
    }
    String rest = text.substring(end + 1, k).toLowerCase(Locale.ROOT);
    for (String noun : INSTITUTION_NOUNS) {
      if (rest.equals(noun) || rest.equals(noun + "s") || rest.equals(noun + "es")) {
        return text.substring(start, k);
      }
    }
    return null;
  }

  /** "(AFP)", "(dpa/XYZ)" closing an article: a credit, not a mention. */
  private static boolean agencyCredit(String text, int start, int end) {
    int close = text.indexOf(')', end);
    int open = text.lastIndexOf('(', start);
    if (open < 0 || close < 0 || start - open > 12 || close - end > 12
        || text.substring(open, close).contains("\n")) {
      return false;
    }
    return text.substring(close + 1).strip().length() < 3;
  }

  private static boolean coveredAny(boolean[] covered, int from, int to) {
    for (int k = from; k < to && k < covered.length; k++) {
      if (covered[k]) {
        return true;
      }
    }
    return false;
  }

  private static boolean opensCompoundOrEndsWord(String text, int end) {
    return end >= text.length() || !(Character.isLetterOrDigit(text.charAt(end))
        || text.charAt(end) == '-' || text.charAt(end) == '\u2011') || opensCompound(text, end);
  }

  /** A hyphen and a capitalised word part follow: "XYZ-Gipfel", not "XYZ-weit" or "XYZ-2". */
  private static boolean opensCompound(String text, int end) {
    return end + 1 < text.length() && (text.charAt(end) == '-' || text.charAt(end) == '\u2011')
        && Character.isUpperCase(text.charAt(end + 1));
  }

  private static boolean wordStartsAt(String text, int at) {
    return at == 0 || !(Character.isLetterOrDigit(text.charAt(at - 1))
        || text.charAt(at - 1) == '-' || text.charAt(at - 1) == '\u2011');
  }
}
