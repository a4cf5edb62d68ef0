/**
 * Articles and stories kept across runs. {@link org.lagebild.store.LagebildStore} is the interface
 * the server talks to; {@link org.lagebild.store.SqliteStore} is the embedded implementation (SQLite
 * through JDBC, schema applied by {@link org.lagebild.store.SchemaMigrations}, every write one
 * transaction) and {@link org.lagebild.store.GermanSearchIndex} the derived Lucene index with German
 * analysis, rebuilt from the store whenever it is missing or stale. Needs only the model records.
 */
package org.lagebild.store;
