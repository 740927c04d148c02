package io.kanava.tck.security;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import io.kanava.tck.wire.WireClient;

import static io.kanava.tck.wire.FrameAssertions.assertError;
import static io.kanava.tck.wire.FrameAssertions.assertReply;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An action's own {@code auth} flag overrides its channel's, in both directions: {@code auth(false)} opens one
 * action of a protected channel, {@code auth(true)} protects one action of an open channel.
 */
public class PerActionAuthTest extends SecurityScenario {

    @Test
    public void answersAnonymousCallersOfAnOpenActionOnAProtectedChannel() throws Exception {
        try (WireClient client = connect("open/lobby")) {
            JsonObject reply = client.call("{\"id\":\"w1\",\"action\":\"whoami\"}");
            assertReply(reply, "whoami");
            assertEquals(false, reply.getJsonObject("data").getBoolean("authenticated"));
        }
    }

    @Test
    public void refusesAnonymousCallersOfAProtectedActionOnAnOpenChannelWithoutSideEffect() throws Exception {
        try (WireClient client = connect("open/kiosk")) {
            long browsed = effects(client, "browse");
            long bought = effects(client, "buy");
            assertReply(client.call("{\"id\":\"k1\",\"action\":\"browse\"}"), "browse");
            JsonObject refused = client.call("{\"id\":\"k2\",\"action\":\"buy\"}");
            assertError(refused, "unauthenticated");
            assertEquals("k2", refused.getString("id"));
            assertEquals(browsed + 1, effects(client, "browse"));
            assertEquals(bought, effects(client, "buy"));
        }
    }
}
