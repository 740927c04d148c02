package io.kanava.tck.calls;

/**
 * The data of {@code deposit}.
 *
 * @param cents a whole number of cents
 */
public record Amount(long cents) {}
