package io.kanava.sample.todos;

import jakarta.validation.constraints.NotNull;

/**
 * The data of a {@code toggle} or {@code delete} call: {@code {"id": 1}}.
 *
 * @param id the todo's id; {@code null} when the client left it out
 */
public record TodoId(@NotNull Long id) {}
