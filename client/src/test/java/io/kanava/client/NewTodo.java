package io.kanava.client;

/** Test data of the todo channel. */
public record NewTodo(String text) {}
