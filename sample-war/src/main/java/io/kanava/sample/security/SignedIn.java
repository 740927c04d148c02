package io.kanava.sample.security;

import java.util.Set;

/**
 * The reply of {@code login}.
 *
 * @param subject who the connection now speaks for
 * @param roles the roles the token granted
 */
public record SignedIn(String subject, Set<String> roles) {}
