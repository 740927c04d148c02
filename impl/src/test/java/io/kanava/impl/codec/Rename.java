package io.kanava.impl.codec;

/** The input of a rename: which todo, and its new text. */
public record Rename(long id, String text) {}
