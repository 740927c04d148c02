package io.kanava.impl.discovery;

import java.util.List;

/**
 * A middleware bean and the channels its {@code @MiddlewareFor} names.
 *
 * @param middleware the bean's class name, for messages
 * @param channels the channel names it targets
 */
public record MiddlewareTarget(String middleware, List<String> channels) {}
