package io.kanava.benchmarks;

/**
 * The data the fan-out benchmark publishes.
 *
 * @param symbol a ticker
 * @param price a price
 * @param sequence the publish's number
 */
public record Quote(String symbol, double price, long sequence) {}
