package io.kanava.testing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A note, as the test channel takes and answers it.
 *
 * @param text its text
 */
public record Note(@NotBlank @Size(max = 20) String text) {}
