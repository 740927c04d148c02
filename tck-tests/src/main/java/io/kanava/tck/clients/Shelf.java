package io.kanava.tck.clients;

import java.util.List;

/**
 * A shelf and what is on it: a record with a nested list of records.
 *
 * @param name the shelf's name
 * @param items what is on it
 */
public record Shelf(String name, List<Item> items) {}
