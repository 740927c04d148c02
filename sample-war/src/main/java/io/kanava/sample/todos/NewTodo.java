package io.kanava.sample.todos;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The data of a {@code create} call: {@code {"text": "Buy milk"}}.
 *
 * @param text what is to be done: not blank, at most 200 characters (checked before the handler runs)
 */
public record NewTodo(@NotBlank @Size(max = 200) String text) {}
