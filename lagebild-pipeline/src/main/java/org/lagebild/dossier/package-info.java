/**
 * The dossier: {@link org.lagebild.dossier.DossierBuilder} assembles the records of {@code
 * org.lagebild.model.dossier} from analysed documents (noise, language, publication date and entity
 * layers, each optional), story groups and rejections; {@link
 * org.lagebild.dossier.DossierJsonWriter} streams {@code dossier.json} (schema in {@link
 * org.lagebild.dossier.DossierSchema}) and {@link org.lagebild.dossier.HtmlReportWriter} writes the
 * self-contained {@code index.html}; {@link org.lagebild.dossier.MarkdownReportWriter} writes the same
 * dossier as Markdown ({@code dossier.md}).
 */
package org.lagebild.dossier;
