package io.kanava.impl.codec;

/**
 * One broken constraint of a call's input, as the error frame's {@code violations} carry it.
 *
 * @param path where in {@code data}, such as {@code text} or {@code items[0].name}; empty for {@code data} itself
 * @param message what is wrong, as the validator words it, such as {@code must not be blank}
 */
public record Violation(String path, String message) {}
