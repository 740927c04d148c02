/**
 * The {@code todos} channel: a shared todo list that any client can read and change.
 */
package io.kanava.sample.todos;
