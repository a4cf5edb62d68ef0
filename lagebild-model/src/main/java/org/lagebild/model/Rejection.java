package org.lagebild.model;

/** An input that could not be analysed, and why, in words a user can act on. */
public record Rejection(String source, String reason) {}
