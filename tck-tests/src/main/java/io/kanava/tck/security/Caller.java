package io.kanava.tck.security;

/**
 * Who a connection is, as its handlers see it.
 *
 * @param name the subject, or {@code null} when anonymous
 * @param authenticated whether the connection has an identity
 * @param admin whether it holds role {@code admin}
 * @param user whether it holds role {@code user}
 * @param inBand whether the identity is an in-band session
 */
public record Caller(String name, boolean authenticated, boolean admin, boolean user, boolean inBand) {}
