package org.lagebild.entities;

import java.util.ArrayList;
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
 * Role phrases without a name ("der Kremlchef", "die Kanzlerin", "der Leiter der XY-Diplomatie")
 * that one article makes refer to one person: the person the article gives that role by name
 * ("Kremlchef Boris Muster", "Bundeskanzlerin Erika Muster", or the person's role elsewhere in the
 * story while the article names the person), found by either rule, each only when exactly one
 * person of the article qualifies:
 *
 * <ol>
 *   <li>the same role noun (or the phrase's noun ending the person's, "Kanzlerin" in
 *       "Bundeskanzlerin"; gender must agree), with every modifier of the phrase ("russische",
 *       "XY-" in "XY-Minister") also in the person's role;
 *   <li>a role noun with a genitive complement that has the same country or organisation
 *       modifier as a role the person holds: "der Leiter der XY-Diplomatie" is the article's one
 *       person with an "XY-" role.
 * </ol>
 *
 * A phrase directly before a name is that name's role, not a reference. Resolved phrases become
 * the person's {@link StoryEntity#roleMentions() role mentions} (not counted among the mentions)
 * and their wording joins the person's roles.
 */
final class RoleReferences {

  private RoleReferences() {}

  /**
   * A definite article, up to two lower-case adjectives, a capitalised noun, and an optional
   * genitive complement ("der Leiter der XY-Diplomatie").
   */
  private static final Pattern PHRASE =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])([Dd]er|[Dd]ie|[Dd]en|[Dd]em|[Dd]es)\\s+"
              + "((?:\\p{Ll}+(?:e|en|er|es|em)\\s+){0,2})"
              + "(\\p{Lu}[\\p{L}\\-\u2011]*\\p{Ll})(?![\\p{L}\\p{N}\\-\u2011])"
              + "(?:\\s+(?:der|des)\\s+((?:\\p{Ll}+(?:e|en|er|es)\\s+){0,2})"
              + "(\\p{Lu}[\\p{L}\\-\u2011]*\\p{Ll})(?![\\p{L}\\p{N}\\-\u2011]))?");

  /** Adjectives that date a role but do not distinguish its holder. */
  private static final Set<String> TEMPORAL =
      Set.of("neu", "bisherig", "früher", "ehemalig", "amtierend", "damalig", "jetzig", "heutig",
          "scheidend", "designiert", "langjährig", "umstritten", "alt");

  /** One role a person holds in an article: its noun and its modifiers. */
  private record Held(int person, String noun, Set<String> modifiers, Set<String> prefixes) {}

  static List<StoryEntity> apply(List<StoryEntity> entities, List<AnnotatedDocument> documents) {
    Map<Integer, List<StoryEntity.Mention>> found = new LinkedHashMap<>();
    Map<Integer, List<String>> phrases = new LinkedHashMap<>();
    for (AnnotatedDocument doc : documents) {
      if (doc != null) {
        resolve(entities, doc, found, phrases);
      }
    }
    if (found.isEmpty()) {
      return entities;
    }
    List<StoryEntity> out = new ArrayList<>(entities.size());
    for (int i = 0; i < entities.size(); i++) {
      StoryEntity e = entities.get(i);
      if (!found.containsKey(i)) {
        out.add(e);
        continue;
      }
      List<String> roles = new ArrayList<>(e.roles());
      Set<String> known = new HashSet<>();
      roles.forEach(r -> known.add(r.toLowerCase(Locale.ROOT)));
      for (String p : phrases.get(i)) {
        if (known.add(p.toLowerCase(Locale.ROOT))) {
          roles.add(p);
        }
      }
      List<StoryEntity.Mention> mentions = new ArrayList<>(e.roleMentions());
      mentions.addAll(found.get(i));
      out.add(e.withRoleMentions(roles, mentions));
    }
    return out;
  }

  private static void resolve(
      List<StoryEntity> entities,
      AnnotatedDocument doc,
      Map<Integer, List<StoryEntity.Mention>> found,
      Map<Integer, List<String>> phrases) {
    String text = doc.text();
    boolean[] covered = new boolean[text.length() + 1];
    boolean[] person = new boolean[text.length() + 1];
    Map<String, Integer> personAt = new LinkedHashMap<>();
    Set<Integer> present = new HashSet<>();
    for (int i = 0; i < entities.size(); i++) {
      StoryEntity e = entities.get(i);
      for (StoryEntity.Mention m : e.mentions()) {
        if (!m.articleId().equals(doc.id()) || m.end() > text.length()) {
          continue;
        }
        for (int k = m.start(); k < m.end(); k++) {
          covered[k] = true;
          person[k] |= e.type().equals("PER");
        }
        if (e.type().equals("PER")) {
          personAt.put(m.start() + ":" + m.end(), i);
          present.add(i);
        }
      }
    }
    List<Held> held = new ArrayList<>();
    List<PersonRole> named = doc.getOrDefault(GermanEntityRefiner.ROLES, List.<PersonRole>of());
    for (PersonRole r : named) {
      Integer p = personAt.get(r.personStart() + ":" + r.personEnd());
      if (p != null) {
        held.add(held(p, r.text()));
      }
      for (int k = r.start(); k < r.end() && k < covered.length; k++) {
        person[k] = true; // a named person's role phrase is no reference of its own
      }
    }
    // The person's roles from the story's other articles, where this article names the person.
    for (int p : present) {
      for (String role : entities.get(p).roles()) {
        held.add(held(p, role));
      }
    }
    if (held.isEmpty()) {
      return;
    }
    Matcher m = PHRASE.matcher(text);
    int from = 0;
    while (from < text.length() && m.find(from)) {
      from = m.start(1) + 1;
      String article = m.group(1).toLowerCase(Locale.ROOT);
      String noun = m.group(3);
      boolean withComplement = m.group(5) != null;
      // A name inside the role noun ("XY" in "XY-Minister") does not make it a name.
      if (!RoleLexicon.isRole(noun) || coveredAny(person, m.start(3), m.end(3))
          || wholly(covered, m.start(3), m.end(3))
          || plural(article, noun)) {
        continue;
      }
      int end = withComplement ? m.end(5) : m.end(3);
      if (withComplement && end + 1 < text.length() && text.charAt(end) == ' '
          && Character.isUpperCase(text.charAt(end + 1))) {
        continue; // "der Direktor des Robert Muster-Instituts": the complement runs on into a name
      }
      if (withComplement && (coveredAny(person, m.start(5), m.end(5)))) {
        continue;
      }
      if (nameFollows(text, end, person)) {
        continue; // "der Kremlchef Boris Muster": the name's role, not a reference
      }
      Set<String> modifiers = adjectives(m.group(2));
      String prefix = prefix(noun);
      Set<String> complementPrefixes = new HashSet<>();
      if (withComplement) {
        String cp = prefix(m.group(5));
        if (cp != null) {
          complementPrefixes.add(cp);
        }
      }
      int target = sameRole(held, noun, modifiers, prefix);
      if (target == -1 && !complementPrefixes.isEmpty()) {
        // Only through a complement: "der XY-Präsident" is not the article's XY-Außenminister.
        target = samePrefix(held, complementPrefixes);
      }
      if (target == -1 && withComplement) {
        // "des Leiters des Außenministeriums": the head of a ministry is its minister.
        String office = ministerOf(noun, m.group(5));
        if (office != null) {
          target = sameRole(held, office, adjectives(m.group(4)), null);
        }
      }
      if (target < 0) {
        continue;
      }
      int start = m.start(2) < m.end(2) ? m.start(2) : m.start(3);
      String phrase = text.substring(start, end);
      found.computeIfAbsent(target, k -> new ArrayList<>())
          .add(new StoryEntity.Mention(doc.id(), start, end, phrase));
      phrases.computeIfAbsent(target, k -> new ArrayList<>()).add(phrase.replaceAll("\\s+", " "));
      for (int k = start; k < end; k++) {
        person[k] = true;
      }
      from = end;
    }
  }

  private static Held held(int person, String role) {
    String r = EntityCanonicalizer.withoutArticle(role);
    List<String> words = List.of(r.split("\\s+"));
    String noun = words.getLast();
    Set<String> prefixes = new HashSet<>();
    Set<String> modifiers = new HashSet<>();
    for (String w : words) {
      String p = prefix(w);
      if (p != null) {
        prefixes.add(p);
      }
      if (!w.isEmpty() && Character.isLowerCase(w.codePointAt(0))) {
        modifiers.add(adjectiveStem(w));
      }
    }
    modifiers.addAll(prefixes);
    return new Held(person, noun.toLowerCase(Locale.ROOT), modifiers, prefixes);
  }

  /**
   * Rule 1: the one person whose role noun is the phrase's (or ends in it), with every modifier;
   * -1 when none, -2 when several.
   */
  private static int sameRole(List<Held> held, String noun, Set<String> modifiers, String prefix) {
    Set<String> forms = nounForms(noun.toLowerCase(Locale.ROOT));
    Set<Integer> persons = new HashSet<>();
    for (Held h : held) {
      Set<String> roleForms = nounForms(h.noun());
      boolean nounMatches = false;
      for (String f : forms) {
        for (String r : roleForms) {
          String base = prefix == null ? stripPrefix(r) : r;
          if (base.equals(f) || f.length() >= 5 && base.endsWith(f)) {
            nounMatches = true;
          }
        }
      }
      if (nounMatches && h.modifiers().containsAll(modifiers)) {
        persons.add(h.person());
      }
    }
    return persons.size() == 1 ? persons.iterator().next() : persons.isEmpty() ? -1 : -2;
  }

  /** Nouns for the head of an office, in the forms a phrase gives them. */
  private static final Set<String> HEADS =
      Set.of("leiter", "leiters", "leiterin", "chef", "chefs", "chefin", "spitze");

  /**
   * Rule 3: the minister that a ministry's head is ("Leiter des Außenministeriums" is an
   * "Außenminister", "Chefin des Gesundheitsministeriums" a "Gesundheitsministerin"), or null.
   */
  static String ministerOf(String head, String complement) {
    String h = head.toLowerCase(Locale.ROOT);
    String c = complement.endsWith("s") ? complement.substring(0, complement.length() - 1) : complement;
    int dash = c.lastIndexOf('-');
    c = c.substring(dash + 1);
    if (!HEADS.contains(h) || !c.endsWith("ministerium") || c.length() <= "ministerium".length()) {
      return null;
    }
    String minister = c.substring(0, c.length() - "ium".length());
    return h.endsWith("in") ? minister + "in" : minister;
  }

  /** Rule 2: the one person holding a role with one of these compound prefixes, else -1. */
  private static int samePrefix(List<Held> held, Set<String> prefixes) {
    Set<Integer> persons = new HashSet<>();
    for (Held h : held) {
      for (String p : prefixes) {
        if (h.prefixes().contains(p)) {
          persons.add(h.person());
        }
      }
    }
    return persons.size() == 1 ? persons.iterator().next() : -1;
  }

  /** The noun and its forms without a case ending: "Präsidenten" also as "präsident". */
  private static Set<String> nounForms(String noun) {
    Set<String> forms = new HashSet<>();
    forms.add(noun);
    for (String ending : List.of("en", "n", "s", "es")) {
      if (noun.endsWith(ending) && noun.length() > ending.length() + 4
          && !(noun.endsWith("in") && ending.equals("n"))) {
        forms.add(noun.substring(0, noun.length() - ending.length()));
      }
    }
    return forms;
  }

  private static String stripPrefix(String noun) {
    int hyphen = Math.max(noun.lastIndexOf('-'), noun.lastIndexOf('\u2011'));
    return hyphen >= 0 ? noun.substring(hyphen + 1) : noun;
  }

  /** The part before a compound's first hyphen, lower case ("xy" in "XY-Minister"), or null. */
  private static String prefix(String word) {
    int hyphen = word.indexOf('-');
    if (hyphen < 0) {
      hyphen = word.indexOf('\u2011');
    }
    return hyphen > 0 ? word.substring(0, hyphen).toLowerCase(Locale.ROOT) : null;
  }

  private static Set<String> adjectives(String group) {
    Set<String> out = new HashSet<>();
    if (group == null) {
      return out;
    }
    for (String w : group.strip().split("\\s+")) {
      if (!w.isEmpty()) {
        String stem = adjectiveStem(w);
        if (!TEMPORAL.contains(stem)) {
          out.add(stem);
        }
      }
    }
    return out;
  }

  private static String adjectiveStem(String w) {
    String s = w.toLowerCase(Locale.ROOT);
    for (String ending : List.of("en", "er", "es", "em", "e")) {
      if (s.endsWith(ending) && s.length() > ending.length() + 2) {
        return s.substring(0, s.length() - ending.length());
      }
    }
    return s;
  }

  /** "die Minister": a masculine role noun after "die" is a plural. */
  private static boolean plural(String article, String noun) {
    String n = noun.toLowerCase(Locale.ROOT);
    return article.equals("die") && !n.endsWith("in") && !n.endsWith("e")
        || article.equals("den") && n.endsWith("ern")
        || n.endsWith("innen");
  }

  private static boolean nameFollows(String text, int end, boolean[] person) {
    int k = end;
    while (k < text.length() && text.charAt(k) == ' ') {
      k++;
    }
    return k < text.length() && k < person.length && person[k];
  }

  private static boolean wholly(boolean[] covered, int from, int to) {
    for (int k = from; k < to && k < covered.length; k++) {
      if (!covered[k]) {
        return false;
      }
    }
    return true;
  }

  private static boolean coveredAny(boolean[] covered, int from, int to) {
    for (int k = from; k < to && k < covered.length; k++) {
      if (covered[k]) {
        return true;
      }
    }
    return false;
  }
}
