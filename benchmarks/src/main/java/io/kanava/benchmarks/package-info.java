/**
 * JMH micro-benchmarks of Kanava's hot paths, each reported against a baseline measured in the same run. Run them
 * with {@code mvn -pl benchmarks -am package -DskipTests -Pbench}; they are never part of the test run.
 */
package io.kanava.benchmarks;
