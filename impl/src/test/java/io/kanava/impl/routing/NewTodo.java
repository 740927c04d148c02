package io.kanava.impl.routing;

/** The input of {@code create}. */
public record NewTodo(String text) {}
