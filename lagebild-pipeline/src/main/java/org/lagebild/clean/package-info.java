/**
 * Cleaning stage: {@link org.lagebild.clean.NoiseDetector} marks scraping debris (markup remnants,
 * bylines, URLs, crossheads, whitespace runs, boilerplate) as spans without changing the text, and
 * {@link org.lagebild.clean.AnalysisText} blanks those spans so later stages skip them while keeping
 * every offset. Needs nothing but the article text.
 */
package org.lagebild.clean;
