/**
 * {@code ./lagebild serve}: one process that ingests articles while serving them. {@link
 * org.lagebild.server.LagebildServer} wires store, search index, ingest and routes (tests start it on
 * a free port with the same wiring); {@link org.lagebild.server.IngestService} stores what arrives
 * (HTTP, a watched folder, feeds) and lets {@link org.lagebild.server.IncrementalStoryUpdater}
 * advance the stored grouping fold and rebuild only the stories whose membership changed. Errors are
 * typed ({@link org.lagebild.server.ApiException}) and mapped to HTTP in one place. Needs the
 * pipeline (stages and story sections are passed in) and the store.
 */
package org.lagebild.server;
