/**
 * Ingest: the first stage, turning input files into {@link org.lagebild.model.Article}s. {@link
 * org.lagebild.ingest.ArticleReader} walks files and folders (sorted, dotfiles skipped) and reads
 * plain text and Markdown (text exactly as decoded, so offsets point into the file), HTML (main
 * text and metadata extracted with jsoup), JSON and JSON Lines (Lagebild, news-please and
 * trafilatura field names), each optionally gzipped. Encodings are detected (byte order marks,
 * UTF-8, juniversalchardet, windows-1252); binary, empty, oversized, broken and duplicate inputs
 * become {@link org.lagebild.model.Rejection}s with a reason instead of exceptions. Needs nothing
 * but the file system; large JSON Lines files are streamed.
 */
package org.lagebild.ingest;
