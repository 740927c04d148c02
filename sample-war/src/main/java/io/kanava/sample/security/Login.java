package io.kanava.sample.security;

import jakarta.validation.constraints.NotBlank;

/**
 * The data of {@code login}.
 *
 * @param token a token from {@code POST /api/login}
 */
public record Login(@NotBlank String token) {}
