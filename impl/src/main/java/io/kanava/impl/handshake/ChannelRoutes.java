package io.kanava.impl.handshake;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Tells which channel a request path leads to, as the WebSocket container would: a route's parameter fills one
 * whole segment.
 */
public final class ChannelRoutes {

    private static final Pattern PARAMETER = Pattern.compile("\\{[^}/]+}");

    private final Map<Pattern, String> channels = new LinkedHashMap<>();

    /**
     * Collects routes.
     *
     * @param routes each channel's route by channel name
     */
    public ChannelRoutes(Map<String, String> routes) {
        routes.forEach((channel, route) -> channels.put(compile(route), channel));
    }

    /**
     * Returns the channel of a path.
     *
     * @param path a request's path inside the application
     * @return the channel's name, empty when no channel has that route
     */
    public Optional<String> channelOf(String path) {
        for (Map.Entry<Pattern, String> channel : channels.entrySet()) {
            if (channel.getKey().matcher(path).matches()) {
                return Optional.of(channel.getValue());
            }
        }
        return Optional.empty();
    }

    private static Pattern compile(String route) {
        StringBuilder regex = new StringBuilder();
        var parameters = PARAMETER.matcher(route);
        int last = 0;
        while (parameters.find()) {
            regex.append(Pattern.quote(route.substring(last, parameters.start())))
                    .append("[^/]+");
            last = parameters.end();
        }
        regex.append(Pattern.quote(route.substring(last)));
        return Pattern.compile(regex.toString());
    }
}
