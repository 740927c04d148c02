package io.kanava.tck.limits;

import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.kanava.tck.deployment.KitArchive;
import io.kanava.tck.deployment.RealmUser;
import io.kanava.tck.wire.ChannelAddress;
import io.kanava.tck.wire.WireClient;

import static io.kanava.tck.wire.FrameAssertions.assertReply;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A channel's connections on one node are bounded: one beyond the channel's bound is closed with 1013 (try again
 * later) before {@code onConnect} runs, and once one closes there is room again; one beyond a principal's bound is
 * closed with 1008 while other principals still connect. A connection's subscriptions are bounded too: one more
 * {@code subscribe} answers the call with {@code too_many_subscriptions}, and the connection goes on.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class ConnectionsAreBoundedTest {

    private static final Duration POLL = Duration.ofMillis(100);

    @ArquillianResource
    URL application;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return KitArchive.withWebXml(
                "kit-crowded",
                KitArchive.SECURED_ROUTES + KitArchive.parameter("kanava.limits.subscriptions-per-connection", 2),
                CrowdedChannels.class);
    }

    private WireClient connect(String route) throws Exception {
        return WireClient.connect(ChannelAddress.of(application, route));
    }

    private WireClient connect(String route, RealmUser user) throws Exception {
        return WireClient.connect(ChannelAddress.of(application, route), user.basic());
    }

    private static int connects(WireClient client) throws Exception {
        return client.call("{\"id\":\"c\",\"action\":\"connects\"}").getInt("data");
    }

    /** Whether a call sent on a new connection is answered, rather than the connection closed. */
    private static boolean answers(WireClient client) throws InterruptedException {
        long deadline = System.nanoTime() + WireClient.TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (client.poll(Duration.ofMillis(50)).isPresent()) {
                return true;
            }
            if (client.isClosedByServer()) {
                return false;
            }
        }
        return false;
    }

    @Test
    public void closesAConnectionBeyondTheChannelsBoundWith1013BeforeOnConnectAndAdmitsOneWhenThereIsRoom()
            throws Exception {
        List<WireClient> admitted = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                admitted.add(connect("channels/crowded"));
            }
            WireClient first = admitted.get(0);
            await("onConnect ran for the three admitted connections")
                    .atMost(WireClient.TIMEOUT)
                    .pollInterval(POLL)
                    .until(() -> connects(first) == 3);

            try (WireClient beyond = connect("channels/crowded")) {
                assertEquals(1013, beyond.awaitClose().code());
            }
            assertEquals(3, connects(admitted.get(0)), "onConnect did not run for the refused connection");

            admitted.remove(2).close();
            AtomicReference<WireClient> roomAgain = new AtomicReference<>();
            await("a connection is admitted once one has closed")
                    .atMost(WireClient.TIMEOUT)
                    .pollInterval(POLL)
                    .until(() -> {
                        WireClient next = connect("channels/crowded");
                        next.send("{\"id\":3,\"action\":\"connects\"}");
                        if (answers(next)) {
                            roomAgain.set(next);
                            return true;
                        }
                        next.close(); // closed with 1013: the server had not yet seen the other one close
                        return false;
                    });
            admitted.add(roomAgain.get());
        } finally {
            for (WireClient client : admitted) {
                client.close();
            }
        }
    }

    @Test
    public void closesAPrincipalsConnectionBeyondItsBoundWith1008AndLetsOthersIn() throws Exception {
        try (WireClient first = connect("secured/personal", RealmUser.BOB);
                WireClient second = connect("secured/personal", RealmUser.BOB);
                WireClient third = connect("secured/personal", RealmUser.BOB);
                WireClient alice = connect("secured/personal", RealmUser.ALICE)) {
            assertEquals(1008, third.awaitClose().code());
            assertEquals("alice", alice.call("{\"id\":1,\"action\":\"whoami\"}").getString("data"));
            assertEquals("bob", first.call("{\"id\":2,\"action\":\"whoami\"}").getString("data"));
            assertEquals("bob", second.call("{\"id\":3,\"action\":\"whoami\"}").getString("data"));
        }
    }

    @Test
    public void answersASubscriptionBeyondTheBoundWithTooManySubscriptionsAndGoesOn() throws Exception {
        try (WireClient client = connect("channels/follower")) {
            assertReply(client.call("{\"id\":1,\"action\":\"follow\",\"data\":\"a\"}"), "follow");
            assertReply(client.call("{\"id\":2,\"action\":\"follow\",\"data\":\"b\"}"), "follow");
            assertReply(client.call("{\"id\":3,\"action\":\"follow\",\"data\":\"b\"}"), "follow");

            JsonObject refused = client.call("{\"id\":4,\"action\":\"follow\",\"data\":\"c\"}");
            assertEquals(
                    "too_many_subscriptions", refused.getJsonObject("error").getString("code"), refused::toString);
            assertEquals(4, refused.getInt("id"));
            assertReply(client.call("{\"id\":5,\"action\":\"follow\",\"data\":\"a\"}"), "follow");
        }
    }
}
