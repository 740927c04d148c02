/** The Kanava WAR of the on-server benchmark: one channel with {@code echo}, {@code subscribe} and {@code publish}. */
package io.kanava.benchmarks.server.app;
