/**
 * Kanava's service provider interfaces: the pieces an application or an integrator plugs in as CDI beans of the
 * application, the way Jakarta EE chooses among beans.
 *
 * <ul>
 *   <li>{@link io.kanava.spi.HandshakeCheck}: any number; each runs on every upgrade request to a channel, in the
 *       order of their {@code @jakarta.annotation.Priority} (lowest first), and may refuse it with an HTTP status or
 *       give the connection an identity ({@link io.kanava.spi.Handshake}, {@link io.kanava.spi.HandshakeVerdict}).
 *   <li>{@link io.kanava.spi.EventTransport}: one; a bean of this type carries every event instead of the transport
 *       the servlet context parameter {@code kanava.eventhub.transport} chooses (setting that parameter to
 *       {@code jms} as well fails the deployment, KNV1026). Among several, the {@code @Alternative} with the highest
 *       {@code @Priority} is used; several without one fail the deployment (KNV1027). Kanava starts it when the
 *       application starts and closes it when it stops.
 *   <li>{@link io.kanava.spi.PayloadCodec}: one; Kanava's binds payloads with JSON-B. An {@code @Alternative} bean
 *       with a {@code @Priority} replaces it for every payload: action inputs and outputs and events.
 * </ul>
 */
package io.kanava.spi;
