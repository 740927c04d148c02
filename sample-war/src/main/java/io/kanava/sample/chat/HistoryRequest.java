package io.kanava.sample.chat;

/**
 * The data of a {@code history} call: {@code {"limit": 20}}.
 *
 * @param limit how many of the latest messages to return; {@code null} for the default
 */
public record HistoryRequest(Integer limit) {}
