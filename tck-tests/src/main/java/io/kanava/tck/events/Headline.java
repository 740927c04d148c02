package io.kanava.tck.events;

/**
 * The data of the kit's events.
 *
 * @param text the text
 * @param sequence the publish's number, for order checks
 */
public record Headline(String text, long sequence) {}
