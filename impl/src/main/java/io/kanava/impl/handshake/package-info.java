/**
 * Running the application's {@link io.kanava.spi.HandshakeCheck}s on each upgrade request to a channel, before
 * the container upgrades it: refusing it with their HTTP status, or carrying the identity they give to the
 * connection.
 */
package io.kanava.impl.handshake;
