package io.kanava.impl.discovery;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RouteTemplateTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/channels/todos", "/rooms/{room}", "/a/{b}/c/{d_e}", "/v1.0/x-y~z"})
    void acceptsWellFormedRoutes(String route) {
        assertEquals(Optional.empty(), RouteTemplate.problemOf(route));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "x", "/x/", "/x//y", "/{}", "/{1x}", "/x{y}", "/x?y=1", "/x#y"})
    void rejectsMalformedRoutes(String route) {
        assertTrue(RouteTemplate.problemOf(route).isPresent(), route);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/rooms/{room}/users/{user}", "/rooms/{id}/users/{name}"})
    void erasesParameterNamesFromTheShape(String route) {
        assertEquals("/rooms/{}/users/{}", RouteTemplate.shapeOf(route));
    }
}
