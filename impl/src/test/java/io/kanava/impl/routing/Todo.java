package io.kanava.impl.routing;

/** The output of {@code create}. */
public record Todo(long id, String text) {}
