package io.kanava.tck.security;

import java.time.Duration;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import io.kanava.tck.wire.WireClient;

import static io.kanava.tck.wire.FrameAssertions.assertError;
import static io.kanava.tck.wire.FrameAssertions.assertReply;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An open action can establish an in-band session on the connection; later calls see it, and logging out clears
 * it. A session's roles count for role permissions.
 */
public class InBandSessionTest extends SecurityScenario {

    @Test
    public void opensProtectedActionsAfterALoginAndClosesThemAfterLogout() throws Exception {
        try (WireClient client = connect("open/lobby")) {
            assertError(client.call("{\"id\":\"b1\",\"action\":\"open\"}"), "unauthenticated");
            JsonObject caller = login(client, "carol", "user").getJsonObject("data");
            assertEquals("carol", caller.getString("name"));
            assertTrue(caller.getBoolean("inBand"));
            long before = effects(client, "open:carol");
            assertReply(client.call("{\"id\":\"b2\",\"action\":\"open\"}"), "open");
            assertEquals(before + 1, effects(client, "open:carol"));
            JsonObject afterLogout =
                    client.call("{\"id\":\"b3\",\"action\":\"logout\"}").getJsonObject("data");
            assertFalse(afterLogout.getBoolean("authenticated"), afterLogout::toString);
            JsonObject refused = client.call("{\"id\":\"b4\",\"action\":\"open\"}");
            assertError(refused, "unauthenticated");
            assertEquals("b4", refused.getString("id"));
            assertEquals(before + 1, effects(client, "open:carol"));
        }
    }

    @Test
    public void answersABadTokenWithTheApplicationsErrorAndStaysAnonymous() throws Exception {
        try (WireClient client = connect("open/lobby")) {
            JsonObject reply = client.call("{\"id\":\"t1\",\"action\":\"login\",\"data\":{\"token\":\"forged\"}}");
            assertError(reply, "invalid_token");
            assertFalse(whoami(client).getBoolean("authenticated"));
        }
    }

    @Test
    public void grantsRolePermissionsFromTheSessionsRoles() throws Exception {
        try (WireClient client = connect("open/lobby")) {
            login(client, "dave", "user");
            assertError(client.call("{\"id\":\"r1\",\"action\":\"purge\"}"), "forbidden");
            login(client, "dave", "admin");
            assertReply(client.call("{\"id\":\"r2\",\"action\":\"purge\"}"), "purge");
        }
    }

    @Test
    public void keepsEachConnectionsSessionToItself() throws Exception {
        try (WireClient first = connect("open/lobby");
                WireClient second = connect("open/lobby")) {
            login(first, "erin", "user");
            assertTrue(whoami(first).getBoolean("authenticated"));
            assertFalse(whoami(second).getBoolean("authenticated"));
        }
    }

    @Test
    public void forgetsASessionOnceItExpiresAndTakesAFreshOneWithoutReconnecting() throws Exception {
        try (WireClient client = connect("open/lobby")) {
            JsonObject caller = client.call(
                            "{\"id\":\"e1\",\"action\":\"login\",\"data\":{\"token\":\"token:erin:user:1000\"}}")
                    .getJsonObject("data");
            assertTrue(caller.getBoolean("inBand"), caller::toString);
            assertReply(client.call("{\"id\":\"e2\",\"action\":\"open\"}"), "open");

            client.poll(Duration.ofMillis(1500));
            assertError(client.call("{\"id\":\"e3\",\"action\":\"open\"}"), "unauthenticated");
            assertFalse(whoami(client).getBoolean("authenticated"), "the expired session is gone");

            login(client, "erin", "user");
            assertReply(client.call("{\"id\":\"e4\",\"action\":\"open\"}"), "open");
        }
    }
}
