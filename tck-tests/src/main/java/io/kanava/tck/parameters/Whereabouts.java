package io.kanava.tck.parameters;

import java.util.List;
import java.util.Map;

/**
 * What a connection was told by its upgrade request.
 *
 * @param channel the channel name
 * @param path the path parameters
 * @param query the query parameters
 */
public record Whereabouts(String channel, Map<String, String> path, Map<String, List<String>> query) {}
