package io.kanava.sample.chat;

/**
 * The data of a {@code send} call: {@code {"text": "Hello"}}.
 *
 * @param text the message; must not be blank
 */
public record NewMessage(String text) {}
