/**
 * Signed tokens for the chat's in-band login: {@code POST /api/login}, protected by HTTP BASIC against the
 * server's realm, issues them; the chat's {@code login} action verifies them.
 */
package io.kanava.sample.security;
