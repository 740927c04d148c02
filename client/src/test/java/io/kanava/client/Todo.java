package io.kanava.client;

/** Test data of the todo channel. */
public record Todo(int id, String text, boolean done) {}
