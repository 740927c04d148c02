package io.kanava.tck.limits;

import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

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
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * A channel's connections on one node are bounded: one beyond the channel's bound is closed with 1013 (try again
 * later) before {@code onConnect} runs, and once one closes there is room again; one beyond a principal's bound is
 * closed with 1008 while other principals still connect. A connection's subscriptions are bounded too: one more
 * {@code subscribe} answers the call with {@code too_many_subscriptions}, and the connection goes on.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class ConnectionsAreBoundedTest {

    @ArquillianResource
    URL application;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return KitArchive.withWebXml(
                "kit-crowded",
                KitArchive.SECURED_ROUTES
                        + "<context-param><param-name>kanava.limits.subscriptions-per-connection</param-name>"
                        + "<param-value>2</param-value></context-param>",
                CrowdedChannels.class);
    }

    private WireClient connect(String route) throws Exception {
        return WireClient.connect(ChannelAddress.of(application, route));
    }

    private WireClient connect(String route, RealmUser user) throws Exception {
        return WireClient.connect(ChannelAddress.of(application, route), user.basic());
    }

    @Test
    public void closesAConnectionBeyondTheChannelsBoundWith1013BeforeOnConnectAndAdmitsOneWhenThereIsRoom()
            throws Exception {
        List<WireClient> admitted = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                admitted.add(connect("channels/crowded"));
            }
            int connects =
                    admitted.get(0).call("{\"id\":1,\"action\":\"connects\"}").getInt("data");

            try (WireClient beyond = connect("channels/crowded")) {
                assertEquals(1013, beyond.awaitClose().code());
            }
            assertEquals(
                    connects,
                    admitted.get(0).call("{\"id\":2,\"action\":\"connects\"}").getInt("data"),
                    "onConnect did not run for the refused connection");

            admitted.remove(2).close();
            WireClient roomAgain = null;
            for (int attempt = 0; attempt < 50 && roomAgain == null; attempt++) {
                WireClient next = connect("channels/crowded");
                if (next.poll(Duration.ofMillis(200)).isEmpty() && !next.isClosedByServer()) {
                    roomAgain = next;
                } else {
                    next.close(); // the server has not yet seen the other one close
                }
            }
            assertNotNull(roomAgain, "a connection is admitted once one has closed");
            admitted.add(roomAgain);
            assertReply(roomAgain.call("{\"id\":3,\"action\":\"connects\"}"), "connects");
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
