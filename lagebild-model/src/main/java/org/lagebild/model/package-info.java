/**
 * Lagebild's data model: articles, span-anchored annotation records, the typed {@link
 * org.lagebild.model.Layer} keys and the {@link org.lagebild.model.Stage} contract. Plain Java
 * records only, no third-party types, so every other module can depend on it.
 */
package org.lagebild.model;
