package io.kanava.sample.chat;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The data of a {@code history} call: {@code {"limit": 20}}.
 *
 * @param limit how many of the latest messages to return, 1 to 100; {@code null} for the default
 */
public record HistoryRequest(@Min(1) @Max(100) Integer limit) {}
