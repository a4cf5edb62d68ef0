/**
 * Time stage. {@link org.lagebild.time.PublicationDateInferrer} records what each article says
 * about dates ({@link org.lagebild.time.DateEvidence}, found by {@link
 * org.lagebild.time.GermanDateFinder}) and its publication date from metadata, dateline or text;
 * {@link org.lagebild.time.StoryDateInferrer} then dates the remaining articles of a story from the
 * others. Needs the noise layer (debris is blanked before dates are read).
 *
 * <p>{@link org.lagebild.time.TimexStage} tags temporal expressions with {@link
 * org.lagebild.time.GermanTimexTagger} (dates, times, durations, sets, vague references, as TIMEX3)
 * and keeps per-sentence event candidates while tokens and entities are there, their participants
 * taken from the clause that carries the date ({@link org.lagebild.time.EventClause}); {@link
 * org.lagebild.time.TimelineSection} normalises the values ({@link
 * org.lagebild.time.TimexNormalizer}) against the publication date the story settled on and builds
 * the story's timeline. The tagger is our own: no maintained library tags German news well.
 * HeidelTime, the reference German tagger, has been unmaintained since 2018 and resolves a weekday to
 * the past even in a future-tense news sentence ("wird am Freitag reisen"); this one reads tense and
 * cue words ("wird", "soll", "geplant", "kommende", "vergangene", "bereits") per clause, and has a
 * narrative mode (anchor = the last date the text mentioned) for history texts such as WikiWarsDE.
 */
package org.lagebild.time;
