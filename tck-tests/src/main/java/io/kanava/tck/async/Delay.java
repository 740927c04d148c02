package io.kanava.tck.async;

/**
 * The input of the {@code async} channel's actions.
 *
 * @param millis how long the call takes
 * @param tag what the reply carries, to tell calls apart
 */
public record Delay(long millis, String tag) {}
