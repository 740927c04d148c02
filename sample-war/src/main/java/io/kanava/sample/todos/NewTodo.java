package io.kanava.sample.todos;

import jakarta.validation.constraints.NotBlank;

/**
 * The data of a {@code create} call: {@code {"text": "Buy milk"}}.
 *
 * @param text what is to be done; must not be blank
 */
public record NewTodo(@NotBlank String text) {}
