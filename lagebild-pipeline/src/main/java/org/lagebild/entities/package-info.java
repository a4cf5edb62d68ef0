/**
 * Named entities: {@link org.lagebild.entities.GermanEntityRefiner} corrects the statistical
 * tagger's mentions of one German article (needs {@code LinguisticStage.TOKENS} and {@code
 * ENTITIES}; provides refined entities, name parts of compounds, place-derived words and person
 * roles), and {@link org.lagebild.entities.EntityCanonicalizer}, a story section, merges the
 * mentions of a story's articles into one entity per referent across spellings, inflections,
 * surnames, misspellings and acronyms, counts each spelling per outlet and links derived words
 * ("russischen") to their place as references that are not mentions; {@link
 * org.lagebild.entities.StoryNameFinder} adds acronyms and institutions the story marks as names,
 * and {@link org.lagebild.entities.RoleReferences} resolves role phrases without a name ("der
 * Kremlchef") to the one person of the article holding that role. Measured by {@code
 * ./lagebild eval entities} (eval/entities).
 */
package org.lagebild.entities;
