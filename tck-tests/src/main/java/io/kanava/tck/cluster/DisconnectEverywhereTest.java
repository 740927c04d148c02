package io.kanava.tck.cluster;

import java.net.URL;

import org.junit.jupiter.api.Test;

import io.kanava.tck.wire.ChannelAddress;
import io.kanava.tck.wire.WireClient;

import static io.kanava.tck.wire.FrameAssertions.assertReply;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code EventHub.disconnect(subject, reason)} on one node closes that subject's connections on both nodes with
 * 1008 and the reason; other subjects' connections stay open on both.
 */
public class DisconnectEverywhereTest extends ClusterScenario {

    private static WireClient loggedIn(URL node, String subject) throws Exception {
        WireClient client = WireClient.connect(ChannelAddress.of(node, "channels/lockout"));
        assertReply(client.call("{\"id\":\"in\",\"action\":\"login\",\"data\":\"" + subject + "\"}"), "login");
        return client;
    }

    @Test
    public void closesASubjectsConnectionsOnEveryNodeAndNoOneElses() throws Exception {
        try (WireClient bobOnA = loggedIn(nodeA, "bob");
                WireClient bobOnB = loggedIn(nodeB, "bob");
                WireClient aliceOnA = loggedIn(nodeA, "alice");
                WireClient aliceOnB = loggedIn(nodeB, "alice")) {
            assertReply(aliceOnA.call("{\"id\":1,\"action\":\"lockOut\",\"data\":\"bob\"}"), "lockOut");

            assertEquals(new WireClient.CloseStatus(1008, "locked out"), bobOnA.awaitClose());
            assertEquals(new WireClient.CloseStatus(1008, "locked out"), bobOnB.awaitClose());
            assertEquals(
                    "alice", aliceOnA.call("{\"id\":2,\"action\":\"whoami\"}").getString("data"));
            assertEquals(
                    "alice", aliceOnB.call("{\"id\":3,\"action\":\"whoami\"}").getString("data"));
        }
    }
}
