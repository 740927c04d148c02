package io.kanava.tck.validation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

/**
 * One line of an {@link Order}.
 *
 * @param name the product
 * @param quantity how many, 1 to 10
 */
public record Item(@NotBlank String name, @Min(1) @Max(10) int quantity) {}
