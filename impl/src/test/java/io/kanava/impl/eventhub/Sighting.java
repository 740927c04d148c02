package io.kanava.impl.eventhub;

/** The data of the hub tests' events. */
public record Sighting(String bird, int count) {}
