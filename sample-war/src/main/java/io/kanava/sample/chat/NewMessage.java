package io.kanava.sample.chat;

import jakarta.validation.constraints.NotBlank;

/**
 * The data of a {@code send} call: {@code {"text": "Hello"}}.
 *
 * @param text the message; must not be blank
 */
public record NewMessage(@NotBlank String text) {}
