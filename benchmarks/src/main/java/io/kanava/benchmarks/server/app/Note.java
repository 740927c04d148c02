package io.kanava.benchmarks.server.app;

/**
 * What the benchmark's calls and events carry: a short text and the load generator's send time.
 *
 * @param text a short text
 * @param sent the load generator's {@link System#nanoTime()} when it sent the call
 */
public record Note(String text, long sent) {}
