/**
 * Model-heavy adapters behind the pipeline's interfaces. {@link
 * org.lagebild.nlp.CoreNlpGermanAnalyzer} is the German {@link
 * org.lagebild.linguistics.LinguisticAnalyzer} (Stanford CoreNLP 4.5.10 tokenizer, german-ud tagger
 * and German NER, Apache OpenNLP UD GSD lemmatizer); it needs the models jars on the class path and
 * takes the analysis text (debris blanked), returning exact {@code String} offsets into it. {@link
 * org.lagebild.nlp.CoreNlpReferencePipeline} is CoreNLP's own German pipeline, kept only as the
 * reference for benchmarks.
 */
package org.lagebild.nlp;
