package io.kanava.tck.lifecycle;

/**
 * What a connection knows about itself.
 *
 * @param id the connection id
 * @param channel the channel name
 */
public record Identity(String id, String channel) {}
