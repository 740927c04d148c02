package io.kanava.sample.chat;

/**
 * The data of {@code login}.
 *
 * @param token a token from {@code POST /api/login}
 */
public record Login(String token) {}
