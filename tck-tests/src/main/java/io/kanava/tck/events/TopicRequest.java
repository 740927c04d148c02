package io.kanava.tck.events;

/**
 * What the kit's event actions take.
 *
 * @param topic the topic
 * @param text the text to publish, where relevant
 * @param count how many events or subscribers, where relevant
 * @param size the length of each event's text, where relevant
 * @param timeoutMillis how long to wait, where relevant
 */
public record TopicRequest(String topic, String text, int count, int size, long timeoutMillis) {}
