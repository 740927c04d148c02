/**
 * Signed tokens for the channels' in-band login: {@code POST /api/login}, protected by HTTP BASIC against the
 * server's realm, issues them; the {@code login} action of the {@code todos} and {@code chat} channels
 * ({@link io.kanava.sample.security.SessionActions}) verifies them and opens a session on the connection. The same
 * WAR thus gives a browser page the same identity on every server (Payara ignores BASIC credentials sent to an
 * unconstrained WebSocket path).
 */
package io.kanava.sample.security;
