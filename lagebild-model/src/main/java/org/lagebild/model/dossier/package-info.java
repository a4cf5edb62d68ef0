/**
 * The dossier as written to {@code dossier.json}: plain records whose component names are the
 * output contract (see the product brief). Lists are never {@code null}; a section a stage has not
 * filled yet is an empty list. Offsets are {@code String} indices into the article's {@code text}.
 */
package org.lagebild.model.dossier;
