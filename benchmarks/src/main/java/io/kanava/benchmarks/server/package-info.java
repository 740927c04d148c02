/**
 * The on-server benchmark: Kanava and a raw JSR-356 endpoint deployed side by side on WildFly, Payara or Open
 * Liberty and measured in the same run by a load generator on the other core ({@link
 * io.kanava.benchmarks.server.OnServerBenchmark}).
 */
package io.kanava.benchmarks.server;
