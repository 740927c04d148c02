package io.kanava.tck.security;

/**
 * The data of {@code login}.
 *
 * @param token a token the kit's channels accept: {@code token:<subject>:<role>,<role>}
 */
public record Credentials(String token) {}
