/**
 * Batch orchestration: {@link org.lagebild.pipeline.BatchAnalyzer} runs the per-article stages on all
 * cores, {@link org.lagebild.pipeline.DossierJob} takes inputs all the way to a dossier (ingest,
 * analysis, story grouping, story-level date inference, dossier assembly).
 */
package org.lagebild.pipeline;
