package io.kanava.client;

/** Test data of the todo channel. */
public record Publish(String event, int count) {}
