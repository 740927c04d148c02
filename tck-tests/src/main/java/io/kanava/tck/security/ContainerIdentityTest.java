package io.kanava.tck.security;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import io.kanava.tck.deployment.RealmUser;
import io.kanava.tck.wire.ChannelAddress;
import io.kanava.tck.wire.WireClient;

import static io.kanava.tck.wire.FrameAssertions.assertError;
import static io.kanava.tck.wire.FrameAssertions.assertReply;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A connection's identity is the principal of its upgrade request: BASIC credentials on a route the servlet
 * security constraints protect. An anonymous connection has none, and protected actions refuse it.
 */
public class ContainerIdentityTest extends SecurityScenario {

    @Test
    public void givesAnAnonymousUpgradeNoIdentityAndRefusesItsProtectedCallsWithTheirIds() throws Exception {
        try (WireClient client = connect("open/lobby")) {
            JsonObject caller = whoami(client);
            assertFalse(caller.getBoolean("authenticated"), caller::toString);
            assertTrue(!caller.containsKey("name") || caller.isNull("name"), caller::toString);
            JsonObject refused = client.call("{\"id\":\"u1\",\"action\":\"open\"}");
            assertError(refused, "unauthenticated");
            assertEquals("u1", refused.getString("id"));
        }
    }

    @Test
    public void carriesThePrincipalOfABasicAuthenticatedUpgradeToEveryCall() throws Exception {
        try (WireClient client = connect("secured/vault", RealmUser.BOB.basic())) {
            JsonObject caller = whoami(client);
            assertEquals("bob", caller.getString("name"));
            assertTrue(caller.getBoolean("authenticated"));
            assertFalse(caller.getBoolean("inBand"));
            long before = effects(client, "open:bob");
            assertReply(client.call("{\"id\":\"o1\",\"action\":\"open\"}"), "open");
            assertEquals(before + 1, effects(client, "open:bob"));
        }
    }

    @Test
    public void refusesAnUpgradeToAProtectedRouteWithoutCredentialsOrWithWrongOnes() throws Exception {
        assertNotNull(WireClient.refusedHandshake(ChannelAddress.of(application, "secured/vault")));
        assertNotNull(WireClient.refusedHandshake(
                ChannelAddress.of(application, "secured/vault"), RealmUser.ALICE.wrongPassword()));
    }
}
