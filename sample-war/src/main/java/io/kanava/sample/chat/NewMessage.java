package io.kanava.sample.chat;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The data of a {@code send} call: {@code {"text": "Hello"}}.
 *
 * @param text the message: not blank, at most 500 characters (checked before the handler runs)
 */
public record NewMessage(@NotBlank @Size(max = 500) String text) {}
