/** The raw JSR-356 WAR of the on-server benchmark: the baseline Kanava is measured against. */
package io.kanava.benchmarks.server.raw;
