/**
 * The {@code kanava.v1} envelope: reading a client's frame (with a grammar of its own that keeps {@code data}'s exact
 * text), writing replies, errors and events, and binding payloads with the application's JSON-B.
 */
package io.kanava.impl.codec;
