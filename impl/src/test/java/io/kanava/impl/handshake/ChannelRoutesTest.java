package io.kanava.impl.handshake;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ChannelRoutesTest {

    private final ChannelRoutes routes = new ChannelRoutes(routes());

    private static Map<String, String> routes() {
        Map<String, String> routes = new LinkedHashMap<>();
        routes.put("todos", "/todos");
        routes.put("rooms", "/rooms/{room}/live");
        routes.put("dotted", "/a.b");
        return routes;
    }

    @Test
    void findsTheChannelOfALiteralRoute() {
        assertEquals(Optional.of("todos"), routes.channelOf("/todos"));
    }

    @Test
    void letsAParameterFillOneWholeSegment() {
        assertEquals(Optional.of("rooms"), routes.channelOf("/rooms/lobby/live"));
        assertEquals(Optional.empty(), routes.channelOf("/rooms/a/b/live"));
        assertEquals(Optional.empty(), routes.channelOf("/rooms//live"));
    }

    @Test
    void treatsTheRouteAsLiteralTextNotAPattern() {
        assertEquals(Optional.of("dotted"), routes.channelOf("/a.b"));
        assertEquals(Optional.empty(), routes.channelOf("/aXb"));
    }

    @Test
    void findsNoChannelForOtherPaths() {
        assertEquals(Optional.empty(), routes.channelOf("/todos/more"));
        assertEquals(Optional.empty(), routes.channelOf("/"));
    }
}
