package org.lagebild.entities;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.lagebild.dossier.StorySection;
import org.lagebild.linguistics.LinguisticStage;
import org.lagebild.model.AnnotatedDocument;
import org.lagebild.model.EntityMention;
import org.lagebild.model.dossier.Story;
import org.lagebild.model.dossier.StoryEntity;

/**
 * One entry per real-world referent across a story's articles. Mentions come from {@link
 * GermanEntityRefiner#ENTITIES} (the tagger's raw layer where the refiner did not run) and are
 * merged, in order, when they are:
 *
 * <ol>
 *   <li>the same name in another transliteration or case ("Jelzin", "Yeltsin"; "UNO",
 *       "Uno"; see {@link NameKeys#transliteration}), whatever type single articles gave them;
 *   <li>an inflected form of a name in the story ("Frankreichs", "Bundestages");
 *   <li>a person's surname alone, when exactly one full name in the story ends in it;
 *   <li>the same surname with a variant or misspelt first name, or just an initial ("Matthew",
 *       "Mathew", "M. Smith");
 *   <li>a misspelling: same type, same Kölner Phonetik code, one or two edits apart, and never
 *       both in one article;
 *   <li>a short form defined in brackets next to its long form in one article ("Deutscher
 *       Kegelbund (DKB)", "DKB (Deutscher Kegelbund)"), whatever the initials;
 *   <li>an acronym of a longer name in the story ("EU", "Europäische Union").
 * </ol>
 *
 * <p>A state designator before a place name is the same place ("Bundesrepublik Deutschland",
 * "Deutschland"), and an honorific before a surname ("Herrn Brenner") is the surname alone.
 *
 * <p>Then names the story knows are found where one article's tagger missed them ({@link
 * StoryRecall}), and acronyms and institution names the story marks as names ({@link
 * StoryNameFinder}).
 *
 * <p>The display name is the most frequent of the longest forms; roles come from {@link
 * GermanEntityRefiner#ROLES}; a name inside a compound ("UNO" in "UNO-Generalsekretär") adds a
 * mention to an entity the story already has. Every mention keeps its exact offsets and text. Each
 * entity lists its variants with their counts per outlet, and the derived words that refer to it
 * ({@link DerivedReferences}).
 * Stateless and thread-safe.
 */
public final class EntityCanonicalizer implements StorySection {

  /** Titles written before a surname; they are not first names. Compared as name keys. */
  private static final Set<String> HONORIFICS = Set.copyOf(
      java.util.stream.Stream.of("Herr", "Herrn", "Frau", "Dr", "Prof", "Professor", "Professorin")
          .map(NameKeys::transliteration).toList());

  /** Words that make a state's formal name out of its short name ("Freistaat Sachsen"). */
  private static final Set<String> STATE_DESIGNATORS =
      Set.of("republik", "bundesrepublik", "volksrepublik", "freistaat", "königreich",
          "fürstentum", "großherzogtum", "emirat", "sultanat", "bundesland", "land", "staat",
          "hansestadt", "stadt", "landeshauptstadt", "kanton", "provinz", "region", "insel");

  private static final String[] TYPE_PRIORITY = {"PER", "ORG", "LOC", "MISC"};
  private static final Set<String> ARTICLES =
      Set.of("der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem",
          "einen");

  @Override
  public String name() {
    return "entities";
  }

  @Override
  public Story fill(Story story, List<AnnotatedDocument> documents) {
    return story.withEntities(canonicalize(documents));
  }

  /** A mention of a story article, with the keys the merge rules compare. */
  private record Found(
      String articleId, int start, int end, String surface, String type, int order) {}

  /** One spelling of one name: all mentions with the same type and transliteration key. */
  private static final class Form {
    final String type;
    final String key;
    final List<String> words;
    /** The words without a leading honorific ("Herrn Brenner": "brenner"). */
    final List<String> nameWords;
    final List<Found> mentions = new ArrayList<>();
    int parent;

    Form(int id, String type, String key) {
      this.parent = id;
      this.type = type;
      this.key = key;
      this.words = List.of(key.split(" "));
      int skip = 0;
      while (skip < words.size() - 1 && HONORIFICS.contains(words.get(skip))) {
        skip++;
      }
      this.nameWords = words.subList(skip, words.size());
    }
  }

  /** The story's entities from its documents (in story order). */
  public List<StoryEntity> canonicalize(List<AnnotatedDocument> documents) {
    List<Form> forms = new ArrayList<>();
    Map<String, Integer> formIndex = new HashMap<>();
    // Role phrases by the person mention they precede: article, start, end.
    Map<String, List<PersonRole>> rolesByMention = new HashMap<>();
    Set<String> seen = new HashSet<>();
    int order = 0;
    Set<String> surnames = personSurnames(documents);
    Set<String> places = placeNames(documents);
    Set<String> organisations = organisationNames(documents);
    for (AnnotatedDocument doc : documents) {
      if (doc == null) {
        continue;
      }
      String text = doc.text();
      List<EntityMention> mentions = splitSources(
          splitPossessives(withoutDescriptors(mentionsOf(doc), doc, places), text, surnames),
          text, organisations);
      for (PersonRole r : doc.getOrDefault(GermanEntityRefiner.ROLES, List.<PersonRole>of())) {
        rolesByMention
            .computeIfAbsent(
                mentionKey(doc.id(), r.personStart(), r.personEnd()), k -> new ArrayList<>())
            .add(r);
      }
      for (EntityMention m : sorted(mentions)) {
        if (m.end() > text.length() || m.end() <= m.start()
            || !seen.add(doc.id() + "\u0000" + m.start() + "\u0000" + m.end())) {
          continue;
        }
        String surface = text.substring(m.start(), m.end());
        String key = NameKeys.key(surface);
        if (key.isEmpty()) {
          continue;
        }
        String type = StoryEntity.TYPES.contains(m.type()) ? m.type() : "MISC";
        Found f = new Found(doc.id(), m.start(), m.end(), surface, type, order++);
        int id =
            formIndex.computeIfAbsent(
                type + "\u0000" + key,
                k -> {
                  forms.add(new Form(forms.size(), type, key));
                  return forms.size() - 1;
                });
        forms.get(id).mentions.add(f);
      }
    }
    if (forms.isEmpty()) {
      // Nothing tagged; the story may still mark acronyms and institutions as names.
      return withVariantCounts(StoryNameFinder.apply(List.of(), documents), documents);
    }
    mergeSameKeyAcrossTypes(forms);
    mergeInflections(forms);
    mergeStateDesignators(forms);
    // First-name variants before surnames: "Aleksandar X" and "Aleksander X" are one full name,
    // so a lone "X" is not ambiguous between them.
    mergeFirstNameVariants(forms);
    mergeSurnames(forms);
    mergeMisspellings(forms);
    mergeDefinedAbbreviations(forms, mentionsByArticle(forms), documents);
    mergeAcronyms(forms);
    List<StoryEntity> entities = build(forms, rolesByMention);
    entities = StoryRecall.apply(entities, documents);
    entities = withNameParts(entities, documents);
    entities = StoryNameFinder.apply(entities, documents);
    entities = DerivedReferences.apply(entities, documents);
    entities = RoleReferences.apply(entities, documents);
    return withVariantCounts(entities, documents);
  }

  private static List<EntityMention> mentionsOf(AnnotatedDocument doc) {
    return doc.has(GermanEntityRefiner.ENTITIES)
        ? doc.get(GermanEntityRefiner.ENTITIES)
        : doc.getOrDefault(LinguisticStage.ENTITIES, List.of());
  }

  /** Nouns that describe the kind of organisation before its name ("Wahlforschungsgruppe"). */
  private static final List<String> DESCRIPTOR_HEADS = java.util.stream.Stream.concat(
      // Courts, universities and banks are named after their seat: "Landgericht Musterstadt".
      NameHeads.ORGANISATION_HEADS.stream().filter(h -> !h.startsWith("gericht")
          && !h.equals("universität") && !h.equals("hochschule") && !h.endsWith("bank")),
      java.util.stream.Stream.of("gruppe", "agentur", "magazin", "zeitschrift", "journal", "firma",
          "konzern", "unternehmen", "netzwerk", "portal", "blatt")).toList();

  /**
   * "des Instituts Muster", "der Wahlforschungsgruppe Muster": a noun naming the kind of
   * organisation, tagged together with the one-word name after it, is not part of the name. Only a
   * compound ("Forschungsgruppe") or a genitive ("Instituts"): "Stiftung Muster" may be the name.
   */
  private static List<EntityMention> withoutDescriptors(
      List<EntityMention> mentions, AnnotatedDocument doc, Set<String> places) {
    String text = doc.text();
    List<EntityMention> out = new ArrayList<>(mentions.size());
    for (EntityMention tagged : mentions) {
      EntityMention m = withComplement(withoutLeadingWords(tagged, text), text);
      int space = descriptorEnd(m, text);
      if (space >= 0) {
        String rest = text.substring(m.start() + space + 1, m.end());
        if (places.contains(rest) || PlaceGazetteer.isPlace(rest)) {
          space = -1;
        }
      }
      if (space < 0) {
        out.add(m);
      } else {
        out.add(new EntityMention(
            m.start() + space + 1, m.end(), text.substring(m.start() + space + 1, m.end()),
            m.type()));
      }
    }
    return out;
  }

  /** Organisation heads that take a "für" complement as part of the name. */
  private static final Pattern COMPLEMENT_HEAD = Pattern.compile(
      ".*(institut|ministerium|amt|agentur|zentrale|zentrum|kommission|stiftung|verband|verein"
          + "|gesellschaft|akademie|rat|behörde)");

  private static final Pattern FUER_COMPLEMENT =
      Pattern.compile(" für \\p{Lu}\\p{Ll}+(?: und \\p{Lu}\\p{Ll}+)?(?![\\p{L}\\-])");

  /** "Muster-Institut für Tropenmedizin": the tagger stopped at the head. */
  private static EntityMention withComplement(EntityMention m, String text) {
    if (!m.type().equals("ORG") || m.end() > text.length()
        || !COMPLEMENT_HEAD.matcher(text.substring(m.start(), m.end()).toLowerCase(Locale.ROOT))
            .matches()) {
      return m;
    }
    Matcher f = FUER_COMPLEMENT.matcher(text).region(m.end(), text.length());
    return f.lookingAt()
        ? new EntityMention(m.start(), f.end(), text.substring(m.start(), f.end()), m.type())
        : m;
  }

  /**
   * "rechtsnationale Muster-Partei", "Herrn Brenner": a lower-case word opening an organisation or
   * place, or a form of address before a person, is not part of the name.
   */
  private static EntityMention withoutLeadingWords(EntityMention m, String text) {
    if (m.end() > text.length() || m.end() <= m.start()) {
      return m;
    }
    int start = m.start();
    while (true) {
      int space = text.indexOf(' ', start);
      if (space < 0 || space + 1 >= m.end() || !Character.isUpperCase(text.charAt(space + 1))) {
        break;
      }
      String word = text.substring(start, space);
      boolean lower = !word.isEmpty() && Character.isLowerCase(word.codePointAt(0))
          && word.chars().allMatch(Character::isLetter);
      boolean address = word.equals("Herr") || word.equals("Herrn") || word.equals("Frau");
      if (lower && !m.type().equals("PER") || address && m.type().equals("PER")) {
        start = space + 1;
      } else {
        break;
      }
    }
    return start == m.start()
        ? m
        : new EntityMention(start, m.end(), text.substring(start, m.end()), m.type());
  }

  private static int descriptorEnd(EntityMention m, String text) {
    if (!m.type().equals("ORG") || m.end() > text.length() || m.end() <= m.start()) {
      return -1;
    }
    String surface = text.substring(m.start(), m.end());
    int space = surface.indexOf(' ');
    if (space < 0 || surface.indexOf(' ', space + 1) >= 0 || space + 1 >= surface.length()) {
      return -1;
    }
    String first = surface.substring(0, space);
    String name = surface.substring(space + 1);
    String lower = first.toLowerCase(Locale.ROOT);
    if (!first.chars().allMatch(Character::isLetter) || !Character.isUpperCase(name.codePointAt(0))
        || NameHeads.endsWithAny(name.toLowerCase(Locale.ROOT), DESCRIPTOR_HEADS)) {
      return -1;
    }
    for (String head : DESCRIPTOR_HEADS) {
      if (lower.endsWith(head)
          && (lower.length() >= head.length() + 4 || lower.endsWith("s") && !head.endsWith("s")
              || head.endsWith("s") && lower.length() == head.length())) {
        return space;
      }
    }
    return -1;
  }

  /** The story's organisation mentions as written. */
  private static Set<String> organisationNames(List<AnnotatedDocument> documents) {
    Set<String> out = new HashSet<>();
    for (AnnotatedDocument doc : documents) {
      if (doc == null) {
        continue;
      }
      for (EntityMention m : mentionsOf(doc)) {
        if (m.type().equals("ORG") && m.end() <= doc.text().length() && m.end() > m.start()) {
          out.add(doc.text().substring(m.start(), m.end()));
        }
      }
    }
    return out;
  }

  /**
   * "Muster von Agentur": a person's mention the tagger ran on into "von" and an organisation the
   * story names on its own is the person followed by the organisation (a nobiliary "von" is
   * followed by no organisation of the story).
   */
  private static List<EntityMention> splitSources(
      List<EntityMention> mentions, String text, Set<String> organisations) {
    List<EntityMention> out = new ArrayList<>(mentions.size());
    for (EntityMention m : mentions) {
      int von = m.type().equals("PER") && m.end() <= text.length()
          ? text.substring(m.start(), m.end()).indexOf(" von ") : -1;
      String rest = von > 0 ? text.substring(m.start() + von + 5, m.end()) : "";
      if (von > 0 && organisations.contains(rest)) {
        out.add(new EntityMention(m.start(), m.start() + von,
            text.substring(m.start(), m.start() + von), "PER"));
        out.add(new EntityMention(m.start() + von + 5, m.end(), rest, "ORG"));
      } else {
        out.add(m);
      }
    }
    return out;
  }

  /** The story's place mentions as written; an institution named after its seat keeps it. */
  private static Set<String> placeNames(List<AnnotatedDocument> documents) {
    Set<String> out = new HashSet<>();
    for (AnnotatedDocument doc : documents) {
      if (doc == null) {
        continue;
      }
      for (EntityMention m : mentionsOf(doc)) {
        if (m.type().equals("LOC") && m.end() <= doc.text().length() && m.end() > m.start()) {
          out.add(doc.text().substring(m.start(), m.end()));
        }
      }
    }
    return out;
  }

  /** Name keys of the last words of the story's person names. */
  private static Set<String> personSurnames(List<AnnotatedDocument> documents) {
    Set<String> out = new HashSet<>();
    for (AnnotatedDocument doc : documents) {
      if (doc == null) {
        continue;
      }
      for (EntityMention m : mentionsOf(doc)) {
        if (m.type().equals("PER") && m.end() <= doc.text().length() && m.end() > m.start()) {
          List<String> words = NameKeys.words(doc.text().substring(m.start(), m.end()));
          if (!words.isEmpty()) {
            out.add(NameKeys.transliteration(words.getLast()));
          }
        }
      }
    }
    return out;
  }

  /**
   * "Brenners Kegelpartei": a name the tagger ran together with the genitive of a person the story
   * names elsewhere is the person's mention followed by the other name.
   */
  private static List<EntityMention> splitPossessives(
      List<EntityMention> mentions, String text, Set<String> surnames) {
    List<EntityMention> out = new ArrayList<>(mentions.size());
    for (EntityMention m : mentions) {
      int space = possessiveSplit(m, text, surnames);
      if (space < 0) {
        out.add(m);
        continue;
      }
      String surface = text.substring(m.start(), m.end());
      out.add(new EntityMention(m.start(), m.start() + space, surface.substring(0, space), "PER"));
      out.add(new EntityMention(
          m.start() + space + 1, m.end(), surface.substring(space + 1), m.type()));
    }
    return out;
  }

  /** Where a possessive mention splits (the space after the genitive), or -1. */
  private static int possessiveSplit(EntityMention m, String text, Set<String> surnames) {
    if (m.type().equals("PER") || m.end() > text.length() || m.end() <= m.start()) {
      return -1;
    }
    String surface = text.substring(m.start(), m.end());
    int space = surface.indexOf(' ');
    if (space < 3 || surface.charAt(space - 1) != 's' || space + 1 >= surface.length()
        || !Character.isUpperCase(surface.charAt(space + 1))) {
      return -1;
    }
    String genitive = surface.substring(0, space);
    return genitive.chars().allMatch(Character::isLetter)
            && Character.isUpperCase(genitive.charAt(0))
            && surnames.contains(NameKeys.transliteration(genitive.substring(0, space - 1)))
        ? space : -1;
  }

  private static List<EntityMention> sorted(List<EntityMention> mentions) {
    List<EntityMention> copy = new ArrayList<>(mentions);
    copy.sort(Comparator.comparingInt(EntityMention::start).thenComparingInt(EntityMention::end));
    return copy;
  }

  // --- union-find over forms ---

  private static int root(List<Form> forms, int i) {
    while (forms.get(i).parent != i) {
      forms.get(i).parent = forms.get(forms.get(i).parent).parent;
      i = forms.get(i).parent;
    }
    return i;
  }

  private static void union(List<Form> forms, int a, int b) {
    int ra = root(forms, a);
    int rb = root(forms, b);
    if (ra != rb) {
      // The smaller index stays root: the first-seen form anchors the entity.
      forms.get(Math.max(ra, rb)).parent = Math.min(ra, rb);
    }
  }

  /** Rule 1: one spelling tagged with different types in different articles is one referent. */
  private static void mergeSameKeyAcrossTypes(List<Form> forms) {
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < forms.size(); i++) {
      Integer other = first.putIfAbsent(forms.get(i).key, i);
      if (other != null) {
        union(forms, other, i);
      }
    }
  }

  /** Rule 2: "Frankreichs" joins "Frankreich" when both occur, compared within one type. */
  private static void mergeInflections(List<Form> forms) {
    Map<String, Integer> byTypedKey = new HashMap<>();
    for (int i = 0; i < forms.size(); i++) {
      Form f = forms.get(i);
      byTypedKey.put(f.type + "\u0000" + f.key, i);
    }
    for (int i = 0; i < forms.size(); i++) {
      Form f = forms.get(i);
      String prefix = f.words.size() > 1 ? f.key.substring(0, f.key.lastIndexOf(' ') + 1) : "";
      String last = f.words.getLast();
      for (String ending : new String[] {"s", "es", "n", "en"}) {
        if (last.length() > ending.length() + 3 && last.endsWith(ending)) {
          Integer base =
              byTypedKey.get(
                  f.type + "\u0000" + prefix + last.substring(0, last.length() - ending.length()));
          if (base != null) {
            union(forms, base, i);
            break;
          }
        }
      }
    }
  }

  /**
   * Rule 3: a lone surname joins the one full name in the story that ends in it; a lone first name
   * the one full name that starts with it.
   */
  private static void mergeSurnames(List<Form> forms) {
    Map<String, Set<Integer>> fullNamesBySurname = new HashMap<>();
    Map<String, Set<Integer>> fullNamesByFirstName = new HashMap<>();
    for (int i = 0; i < forms.size(); i++) {
      Form f = forms.get(i);
      if (f.type.equals("PER") && f.nameWords.size() >= 2) {
        fullNamesBySurname.computeIfAbsent(f.nameWords.getLast(), k -> new HashSet<>()).add(i);
        fullNamesByFirstName.computeIfAbsent(f.nameWords.getFirst(), k -> new HashSet<>()).add(i);
      }
    }
    Set<Integer> personGroups = new HashSet<>();
    for (int i = 0; i < forms.size(); i++) {
      if (forms.get(i).type.equals("PER")) {
        personGroups.add(root(forms, i));
      }
    }
    for (int i = 0; i < forms.size(); i++) {
      Form f = forms.get(i);
      // A one-word form counts as a surname if it, or its spelling in another article, is a person.
      if (f.nameWords.size() != 1 || !personGroups.contains(root(forms, i))) {
        continue;
      }
      String name = f.nameWords.getFirst();
      Set<Integer> candidates = fullNamesBySurname.get(name);
      if (candidates == null) {
        candidates = fullNamesBySurname.get(stripGenitive(name));
      }
      if (candidates == null && f.type.equals("PER") && f.words.size() == 1) {
        // A first name cut off by brackets in the text ("(Michail) Gorbatschow").
        candidates = fullNamesByFirstName.get(name);
      }
      if (candidates == null) {
        continue;
      }
      Set<Integer> roots = new HashSet<>();
      for (int c : candidates) {
        roots.add(root(forms, c));
      }
      if (roots.size() == 1) {
        union(forms, roots.iterator().next(), i);
      }
    }
  }

  private static String stripGenitive(String key) {
    return key.length() > 4 && key.endsWith("s") ? key.substring(0, key.length() - 1) : key;
  }

  /** Rule 4: "Matthew Smith", "Mathew Smith", "M. Smith": one surname, compatible first names. */
  private static void mergeFirstNameVariants(List<Form> forms) {
    Map<String, List<Integer>> bySurname = new HashMap<>();
    for (int i = 0; i < forms.size(); i++) {
      Form f = forms.get(i);
      if (f.type.equals("PER") && f.nameWords.size() == 2) {
        bySurname.computeIfAbsent(f.nameWords.getLast(), k -> new ArrayList<>()).add(i);
      }
    }
    for (List<Integer> group : bySurname.values()) {
      for (int a = 0; a < group.size(); a++) {
        for (int b = a + 1; b < group.size(); b++) {
          String fa = forms.get(group.get(a)).nameWords.getFirst();
          String fb = forms.get(group.get(b)).nameWords.getFirst();
          if (compatibleFirstNames(fa, fb)) {
            union(forms, group.get(a), group.get(b));
          }
        }
      }
    }
  }

  static boolean compatibleFirstNames(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    if (a.length() == 1 || b.length() == 1) {
      return a.charAt(0) == b.charAt(0);
    }
    int limit = Math.min(a.length(), b.length()) >= 6 ? 2 : 1;
    return NameKeys.distance(a, b, limit) <= limit
        && NameKeys.phonetic(a).equals(NameKeys.phonetic(b));
  }

  /** Rule 5: misspellings within one type: same Kölner Phonetik code, one or two edits apart. */
  private static void mergeMisspellings(List<Form> forms) {
    Map<String, List<Integer>> buckets = new HashMap<>();
    for (int i = 0; i < forms.size(); i++) {
      Form f = forms.get(i);
      if (f.key.replace(" ", "").length() < 5) {
        continue;
      }
      String code = phoneticOf(f.mentions.getFirst().surface());
      if (!code.isEmpty()) {
        String bucket = f.type + "\u0000" + code + "\u0000" + f.words.size();
        buckets.computeIfAbsent(bucket, k -> new ArrayList<>()).add(i);
      }
    }
    for (List<Integer> bucket : buckets.values()) {
      for (int a = 0; a < bucket.size(); a++) {
        for (int b = a + 1; b < bucket.size(); b++) {
          String ka = forms.get(bucket.get(a)).key;
          String kb = forms.get(bucket.get(b)).key;
          int limit = Math.min(ka.length(), kb.length()) >= 9 ? 2 : 1;
          if (NameKeys.distance(ka, kb, limit) <= limit
              && !shareAnArticle(forms.get(bucket.get(a)), forms.get(bucket.get(b)))) {
            union(forms, bucket.get(a), bucket.get(b));
          }
        }
      }
    }
  }

  /**
   * Two spellings written in one article are two names ("Müller" and "Möller" side by side); a
   * misspelling is one outlet's version of a name another outlet spells right.
   */
  private static boolean shareAnArticle(Form a, Form b) {
    Set<String> articles = new HashSet<>();
    for (Found m : a.mentions) {
      articles.add(m.articleId());
    }
    for (Found m : b.mentions) {
      if (articles.contains(m.articleId())) {
        return true;
      }
    }
    return false;
  }

  private static String phoneticOf(String surface) {
    StringBuilder sb = new StringBuilder();
    for (String w : NameKeys.words(surface)) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(NameKeys.phonetic(w));
    }
    return sb.toString();
  }

  /** "Bundesrepublik Deutschland" joins "Deutschland": a designator before a place's own name. */
  private static void mergeStateDesignators(List<Form> forms) {
    Map<String, Integer> byKey = new HashMap<>();
    for (int i = 0; i < forms.size(); i++) {
      if (!forms.get(i).type.equals("PER")) {
        byKey.putIfAbsent(forms.get(i).key, i);
      }
    }
    for (int i = 0; i < forms.size(); i++) {
      Form f = forms.get(i);
      if (f.type.equals("PER") || f.words.size() < 2 || !STATE_DESIGNATORS.contains(f.words.getFirst())) {
        continue;
      }
      Integer bare = byKey.get(f.key.substring(f.key.indexOf(' ') + 1));
      if (bare != null && forms.get(bare).type.equals("LOC")) {
        union(forms, bare, i);
      }
    }
  }

  /** The mentions of each article with their form, in text order. */
  private static Map<String, List<int[]>> mentionsByArticle(List<Form> forms) {
    Map<String, List<int[]>> out = new HashMap<>();
    for (int i = 0; i < forms.size(); i++) {
      for (Found m : forms.get(i).mentions) {
        out.computeIfAbsent(m.articleId(), k -> new ArrayList<>()).add(new int[] {m.start(), m.end(), i});
      }
    }
    out.values().forEach(l -> l.sort(Comparator.<int[]>comparingInt(a -> a[0])));
    return out;
  }

  /**
   * A name and its short form defined in brackets right after it, either way round: "Deutscher
   * Kegelbund (DKB)", "DKB (Deutscher Kegelbund)". The short form must be an acronym, the long form longer, both of one type and initial; the other initials need not match
   * ("IWF" for "Internationaler Währungsfonds").
   */
  private static void mergeDefinedAbbreviations(
      List<Form> forms, Map<String, List<int[]>> byArticle, List<AnnotatedDocument> documents) {
    for (AnnotatedDocument doc : documents) {
      if (doc == null) {
        continue;
      }
      List<int[]> mentions = byArticle.getOrDefault(doc.id(), List.of());
      String text = doc.text();
      for (int k = 0; k + 1 < mentions.size(); k++) {
        int[] a = mentions.get(k);
        int[] b = mentions.get(k + 1);
        if (b[0] < a[1] || b[1] > text.length() || a[2] == b[2]) {
          continue;
        }
        if (!text.substring(a[1], b[0]).strip().equals("(")
            || !text.substring(b[1]).stripLeading().startsWith(")")) {
          continue;
        }
        String sa = text.substring(a[0], a[1]);
        String sb = text.substring(b[0], b[1]);
        Form fa = forms.get(a[2]);
        Form fb = forms.get(b[2]);
        // Same type and initial: "Paris (AFP)" is a dateline, not a definition.
        if (fa.type.equals("PER") || !fa.type.equals(fb.type)
            || Character.toUpperCase(sa.charAt(0)) != Character.toUpperCase(sb.charAt(0))) {
          continue;
        }
        boolean aShort = NameKeys.isAcronym(sa) && !NameKeys.isAcronym(sb) && sb.length() > sa.length();
        boolean bShort = NameKeys.isAcronym(sb) && !NameKeys.isAcronym(sa) && sa.length() > sb.length();
        if (aShort || bShort) {
          union(forms, a[2], b[2]);
        }
      }
    }
  }

  /** Rule 6: "EU" joins "Europäische Union" when exactly one long form has those initials. */
  private static void mergeAcronyms(List<Form> forms) {
    Map<String, Set<Integer>> longForms = new HashMap<>();
    for (int i = 0; i < forms.size(); i++) {
      Form f = forms.get(i);
      if (f.type.equals("PER")) {
        continue;
      }
      String initials = NameKeys.initials(f.mentions.getFirst().surface());
      if (initials.length() >= 2) {
        longForms.computeIfAbsent(initials, k -> new HashSet<>()).add(i);
      }
    }
    for (int i = 0; i < forms.size(); i++) {
      Form f = forms.get(i);
      String surface = f.mentions.getFirst().surface();
      if (f.type.equals("PER") || !NameKeys.isAcronym(surface)) {
        continue;
      }
      Set<Integer> candidates = longForms.get(surface.toUpperCase(Locale.ROOT));
      if (candidates == null) {
        continue;
      }
      Set<Integer> roots = new HashSet<>();
      for (int c : candidates) {
        roots.add(root(forms, c));
      }
      if (roots.size() == 1) {
        union(forms, roots.iterator().next(), i);
      }
    }
  }

  // --- output ---

  private static String mentionKey(String articleId, int start, int end) {
    return articleId + "\u0000" + start + "\u0000" + end;
  }

  private List<StoryEntity> build(List<Form> forms, Map<String, List<PersonRole>> rolesByMention) {
    Map<Integer, List<Form>> groups = new LinkedHashMap<>();
    for (int i = 0; i < forms.size(); i++) {
      groups.computeIfAbsent(root(forms, i), k -> new ArrayList<>()).add(forms.get(i));
    }
    record Draft(StoryEntity entity, int firstSeen) {}
    List<Draft> drafts = new ArrayList<>();
    Set<String> usedIds = new HashSet<>();
    for (List<Form> group : groups.values()) {
      List<Found> mentions = new ArrayList<>();
      Map<String, Integer> typeVotes = new HashMap<>();
      for (Form f : group) {
        mentions.addAll(f.mentions);
        typeVotes.merge(f.type, f.mentions.size(), Integer::sum);
      }
      mentions.sort(Comparator.comparingInt(Found::order));
      String type = majorityType(typeVotes);
      String name = displayName(mentions);
      List<String> variants = variants(mentions);
      List<String> roles = roles(mentions, rolesByMention);
      String base = entityId(type, NameKeys.key(name));
      String id = base;
      for (int k = 2; !usedIds.add(id); k++) {
        id = base + "-" + k;
      }
      List<StoryEntity.Mention> out = new ArrayList<>(mentions.size());
      for (Found m : mentions) {
        out.add(new StoryEntity.Mention(m.articleId(), m.start(), m.end(), m.surface()));
      }
      drafts.add(
          new Draft(
              new StoryEntity(id, name, type, variants, roles, out), mentions.getFirst().order()));
    }
    drafts.sort(
        Comparator.<Draft>comparingInt(d -> -d.entity().mentions().size())
            .thenComparingInt(Draft::firstSeen));
    return drafts.stream().map(Draft::entity).toList();
  }

  private static String majorityType(Map<String, Integer> votes) {
    String best = "MISC";
    int bestVotes = -1;
    for (String type : TYPE_PRIORITY) {
      int v = votes.getOrDefault(type, 0);
      if (v > bestVotes) {
        best = type;
        bestVotes = v;
      }
    }
    return best;
  }

  /** The most frequent of the forms with the most words; ties go to the first seen. */
  static String displayName(List<Found> mentions) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    int maxWords = 0;
    for (Found m : mentions) {
      String normalised = m.surface().replaceAll("\\s+", " ").strip();
      counts.merge(normalised, 1, Integer::sum);
      maxWords = Math.max(maxWords, NameKeys.words(normalised).size());
    }
    String best = null;
    int bestCount = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (NameKeys.words(e.getKey()).size() == maxWords && e.getValue() > bestCount
          && !isGenitiveOfAnother(e.getKey(), counts.keySet())) {
        best = e.getKey();
        bestCount = e.getValue();
      }
    }
    return best != null ? best : counts.keySet().iterator().next();
  }

  private static boolean isGenitiveOfAnother(String surface, Set<String> others) {
    return surface.length() > 4 && surface.endsWith("s")
        && others.contains(surface.substring(0, surface.length() - 1));
  }

  private static List<String> variants(List<Found> mentions) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Found m : mentions) {
      counts.merge(m.surface().replaceAll("\\s+", " ").strip(), 1, Integer::sum);
    }
    List<String> variants = new ArrayList<>(counts.keySet());
    variants.sort(Comparator.comparingInt(v -> -counts.get(v)));
    return variants;
  }

  /** Role phrases attached to any of the mentions, without their article, most frequent first. */
  private static List<String> roles(List<Found> mentions, Map<String, List<PersonRole>> byMention) {
    Map<String, String> display = new LinkedHashMap<>();
    Map<String, Integer> counts = new HashMap<>();
    for (Found m : mentions) {
      for (PersonRole r :
          byMention.getOrDefault(mentionKey(m.articleId(), m.start(), m.end()), List.of())) {
        String phrase = withoutArticle(r.text());
        String key = phrase.toLowerCase(Locale.ROOT);
        display.putIfAbsent(key, phrase);
        counts.merge(key, 1, Integer::sum);
      }
    }
    List<String> keys = new ArrayList<>(display.keySet());
    keys.sort(Comparator.comparingInt(k -> -counts.get(k)));
    return keys.stream().map(display::get).toList();
  }

  static String withoutArticle(String phrase) {
    String p = phrase.replaceAll("\\s+", " ").strip();
    int space = p.indexOf(' ');
    if (space > 0 && ARTICLES.contains(p.substring(0, space).toLowerCase(Locale.ROOT))) {
      return p.substring(space + 1);
    }
    return p;
  }

  /** Names inside compounds add mentions to entities of the same key; they create none. */
  private static List<StoryEntity> withNameParts(
      List<StoryEntity> entities, List<AnnotatedDocument> documents) {
    Map<String, Integer> byKey = new HashMap<>();
    for (int i = 0; i < entities.size(); i++) {
      StoryEntity e = entities.get(i);
      for (String v : e.variants()) {
        byKey.putIfAbsent(NameKeys.key(v), i);
      }
    }
    List<List<StoryEntity.Mention>> added = new ArrayList<>();
    for (int i = 0; i < entities.size(); i++) {
      added.add(new ArrayList<>());
    }
    // Story recall may have found a part already ("EU" opening "EU-Gipfel").
    Set<String> known = new HashSet<>();
    for (StoryEntity e : entities) {
      for (StoryEntity.Mention m : e.mentions()) {
        known.add(mentionKey(m.articleId(), m.start(), m.end()));
      }
    }
    boolean any = false;
    for (AnnotatedDocument doc : documents) {
      if (doc == null) {
        continue;
      }
      String text = doc.text();
      for (EntityMention part : doc.getOrDefault(GermanEntityRefiner.NAME_PARTS, List.of())) {
        if (part.end() > text.length() || part.end() <= part.start()
            || !known.add(mentionKey(doc.id(), part.start(), part.end()))) {
          continue;
        }
        String surface = text.substring(part.start(), part.end());
        Integer target = byKey.get(NameKeys.key(surface));
        if (target != null) {
          added
              .get(target)
              .add(new StoryEntity.Mention(doc.id(), part.start(), part.end(), surface));
          any = true;
        }
      }
    }
    if (!any) {
      return entities;
    }
    Map<String, Integer> articleOrder = StoryRecall.articleOrder(documents);
    List<StoryEntity> out = new ArrayList<>(entities.size());
    for (int i = 0; i < entities.size(); i++) {
      StoryEntity e = entities.get(i);
      if (added.get(i).isEmpty()) {
        out.add(e);
        continue;
      }
      List<StoryEntity.Mention> mentions = new ArrayList<>(e.mentions());
      mentions.addAll(added.get(i));
      mentions.sort(
          StoryEntity.Mention.inArticleOrder(articleOrder));
      out.add(e.withMentions(e.variants(), mentions));
    }
    return out;
  }

  /** Each variant's mentions, overall and per outlet (the article's outlet, else "unknown"). */
  static List<StoryEntity> withVariantCounts(
      List<StoryEntity> entities, List<AnnotatedDocument> documents) {
    Map<String, String> outletOf = new HashMap<>();
    for (AnnotatedDocument doc : documents) {
      if (doc != null) {
        String outlet = doc.article().outlet();
        outletOf.putIfAbsent(doc.id(), outlet == null || outlet.isBlank() ? "unknown" : outlet.strip());
      }
    }
    List<StoryEntity> out = new ArrayList<>(entities.size());
    for (StoryEntity e : entities) {
      Map<String, Map<String, Integer>> byVariant = new LinkedHashMap<>();
      for (String v : e.variants()) {
        byVariant.put(v, new LinkedHashMap<>());
      }
      for (StoryEntity.Mention m : e.mentions()) {
        byVariant.computeIfAbsent(m.text().replaceAll("\\s+", " ").strip(), k -> new LinkedHashMap<>())
            .merge(outletOf.getOrDefault(m.articleId(), "unknown"), 1, Integer::sum);
      }
      List<StoryEntity.VariantCount> counts = new ArrayList<>();
      byVariant.forEach((v, outlets) -> {
        int n = outlets.values().stream().mapToInt(Integer::intValue).sum();
        if (n > 0) {
          counts.add(new StoryEntity.VariantCount(v, n, outlets));
        }
      });
      counts.sort(Comparator.comparingInt(c -> -c.count()));
      out.add(e.withVariantCounts(counts));
    }
    return out;
  }

  /** Stable across runs and batches: the same name and type get the same id in every story. */
  static String entityId(String type, String key) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest((type + "|" + key).getBytes(StandardCharsets.UTF_8));
      return "e" + HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }
}
