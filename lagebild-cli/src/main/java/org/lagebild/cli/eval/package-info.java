/**
 * {@code ./lagebild eval ...}: measurements of the pipeline's parts against public annotated data
 * ({@code ../shared/data/}), printed beside published scores. Each command takes the data path as an
 * argument and skips with a message when the data is absent.
 */
package org.lagebild.cli.eval;
