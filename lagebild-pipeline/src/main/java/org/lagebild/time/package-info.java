/**
 * Time stage: {@link org.lagebild.time.PublicationDateInferrer} records what each article says
 * about dates ({@link org.lagebild.time.DateEvidence}, found by {@link
 * org.lagebild.time.GermanDateFinder}) and its publication date from metadata, dateline or text;
 * {@link org.lagebild.time.StoryDateInferrer} then dates the remaining articles of a story from the
 * others. Needs the noise layer (debris is blanked before dates are read).
 */
package org.lagebild.time;
