package io.kanava.client;

/** Test data of the todo channel. */
public record TodoEvent(String kind, Todo todo) {}
