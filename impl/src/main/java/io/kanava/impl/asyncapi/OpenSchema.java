package io.kanava.impl.asyncapi;

/**
 * A type the AsyncAPI document describes as any JSON value, because Kanava cannot describe it exactly.
 *
 * @param type the Java type
 * @param where what uses it, such as {@code todos.create input > NewTodo.extra}
 * @param reason why it cannot be described exactly
 */
public record OpenSchema(String type, String where, String reason) {}
