/**
 * Kanava's service provider interfaces, for integrators rather than applications: the pieces a runtime plugs
 * together, such as the codec that turns payloads into JSON and back.
 */
package io.kanava.spi;
