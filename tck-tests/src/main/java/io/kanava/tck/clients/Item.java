package io.kanava.tck.clients;

/**
 * One item on a shelf.
 *
 * @param sku its stock-keeping unit
 * @param count how many are on the shelf
 */
public record Item(String sku, int count) {}
