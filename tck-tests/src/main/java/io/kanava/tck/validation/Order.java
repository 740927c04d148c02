package io.kanava.tck.validation;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The input of {@code order}: constraints on its own members and, through {@code @Valid}, on each of its items.
 *
 * @param customer who orders
 * @param items what
 */
public record Order(@NotBlank @Size(max = 20) String customer, @NotNull @Valid List<Item> items) {}
