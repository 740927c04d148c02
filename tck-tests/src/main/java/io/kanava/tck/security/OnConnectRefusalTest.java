package io.kanava.tck.security;

import org.junit.jupiter.api.Test;

import io.kanava.tck.deployment.RealmUser;
import io.kanava.tck.wire.WireClient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code onConnect} sees the container identity and may refuse the connection: it closes with 1008 and a reason. */
public class OnConnectRefusalTest extends SecurityScenario {

    @Test
    public void letsOnConnectSeeTheContainerIdentityAndItsRoles() throws Exception {
        try (WireClient alice = connect("secured/vault", RealmUser.ALICE.basic())) {
            assertTrue(effects(alice, "connect:alice:admin") >= 1);
        }
    }

    @Test
    public void closesARefusedConnectionWithPolicyViolationAndTheReason() throws Exception {
        try (WireClient refused = connect("secured/vault?refuse=yes", RealmUser.BOB.basic())) {
            WireClient.CloseStatus status = refused.awaitClose();
            assertEquals(1008, status.code());
            assertEquals("No entry for bob", status.reason());
        }
    }
}
