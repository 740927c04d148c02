package io.kanava.tck.calls;

/**
 * The data of {@code echo}.
 *
 * @param text the text
 */
public record Note(String text) {}
