/**
 * Who may do what: the auth gate, permission groups, the roles captured at the handshake, and the origin policy that
 * refuses cross-site WebSocket hijacking.
 */
package io.kanava.impl.security;
