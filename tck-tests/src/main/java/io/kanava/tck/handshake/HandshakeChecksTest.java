package io.kanava.tck.handshake;

import java.net.URI;
import java.net.URL;
import java.net.http.WebSocketHandshakeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.kanava.tck.deployment.KitArchive;
import io.kanava.tck.wire.ChannelAddress;
import io.kanava.tck.wire.WireClient;

import static io.kanava.tck.wire.FrameAssertions.assertError;
import static io.kanava.tck.wire.FrameAssertions.assertReply;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The application's handshake checks see each upgrade request to a channel before the connection opens, in the
 * order of their {@code @Priority}: they refuse it with their HTTP status, or give the connection an identity
 * taken from the query, a cookie, a header or a subprotocol, with no servlet filter of the application's own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class HandshakeChecksTest {

    @ArquillianResource
    URL application;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return KitArchive.create(
                "kit-handshake", GateChannels.class, Visitor.class, TokenCheck.class, DoorCheck.class, KitTokens.class);
    }

    private URI gate(String query) {
        return ChannelAddress.of(application, "gates/hall" + query);
    }

    private static JsonObject whoami(WireClient client) throws Exception {
        JsonObject reply = client.call("{\"id\":\"w\",\"action\":\"whoami\"}");
        assertReply(reply, "whoami");
        return reply.getJsonObject("data");
    }

    private static int status(Throwable refusal) {
        assertTrue(refusal instanceof WebSocketHandshakeException, refusal::toString);
        return ((WebSocketHandshakeException) refusal).getResponse().statusCode();
    }

    @Test
    public void refusesWithTheStatusTheCheckChose() throws Exception {
        assertEquals(401, status(WireClient.refusedHandshake(gate(""), Map.of("X-Kit-Refuse", "401"))));
        assertEquals(403, status(WireClient.refusedHandshake(gate(""), Map.of("X-Kit-Refuse", "403"))));
    }

    @Test
    public void runsTheChecksInTheOrderOfTheirPriority() throws Exception {
        Map<String, String> refusedFirst = Map.of("X-Kit-Refuse", "403", "Authorization", "Bearer dave.member");
        assertEquals(403, status(WireClient.refusedHandshake(gate(""), refusedFirst)));
        assertEquals(401, status(WireClient.refusedHandshake(gate("?access_token=nodot"))));
    }

    @Test
    public void givesTheConnectionTheIdentityOfATokenInTheQuery() throws Exception {
        try (WireClient client = WireClient.connect(gate("?access_token=carol.member%2Badmin"))) {
            JsonObject visitor = whoami(client);
            assertEquals("carol", visitor.getString("subject"), visitor::toString);
            assertTrue(visitor.getBoolean("member"), visitor::toString);
            assertTrue(visitor.getBoolean("admin"), visitor::toString);
            assertEquals("hall", visitor.getString("room"), visitor::toString);
            JsonObject entered = client.call("{\"id\":\"e\",\"action\":\"enter\"}");
            assertReply(entered, "enter");
        }
    }

    @Test
    public void takesTheTokenFromACookieAHeaderOrASubprotocol() throws Exception {
        try (WireClient byCookie = WireClient.connect(gate(""), Map.of("Cookie", "kit-token=erin.member"));
                WireClient byHeader = WireClient.connect(gate(""), Map.of("Authorization", "Bearer frank.guest"));
                WireClient bySubprotocol =
                        WireClient.connect(gate(""), Map.of(), "kanava.v1", "kit.token.gina.member")) {
            assertEquals("erin", whoami(byCookie).getString("subject"));
            JsonObject frank = whoami(byHeader);
            assertEquals("frank", frank.getString("subject"));
            assertFalse(frank.getBoolean("member"), frank::toString);
            assertError(byHeader.call("{\"id\":\"e\",\"action\":\"enter\"}"), "forbidden");
            assertEquals("gina", whoami(bySubprotocol).getString("subject"));
            assertEquals("kanava.v1", bySubprotocol.subprotocol(), "the token is offered, Kanava's protocol chosen");
        }
    }

    @Test
    public void letsARequestWithoutATokenOpenAnonymously() throws Exception {
        try (WireClient client = WireClient.connect(gate(""))) {
            JsonObject visitor = whoami(client);
            assertTrue(!visitor.containsKey("subject") || visitor.isNull("subject"), visitor::toString);
            assertError(client.call("{\"id\":\"e\",\"action\":\"enter\"}"), "unauthenticated");
        }
    }

    @Test
    public void answers500WhenACheckFailsAndKeepsServingTheNextRequest() throws Exception {
        assertEquals(500, status(WireClient.refusedHandshake(gate("?explode"))));
        try (WireClient client = WireClient.connect(gate("?access_token=hank.member"))) {
            assertEquals("hank", whoami(client).getString("subject"));
        }
    }

    @Test
    public void givesConcurrentHandshakesOfOneSubjectEachItsOwnRoles() throws Exception {
        int handshakes = 40;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> mismatches = new ArrayList<>();
            for (int i = 0; i < handshakes; i++) {
                boolean admin = i % 2 == 0;
                String token = admin ? "dave.member%2Badmin" : "dave.member";
                mismatches.add(pool.submit(() -> {
                    try (WireClient client = WireClient.connect(gate("?access_token=" + token))) {
                        JsonObject visitor = whoami(client);
                        return visitor.getBoolean("admin") == admin ? null : token + " saw " + visitor;
                    }
                }));
            }
            List<String> wrong = new ArrayList<>();
            for (Future<String> mismatch : mismatches) {
                String seen = mismatch.get(60, TimeUnit.SECONDS);
                if (seen != null) {
                    wrong.add(seen);
                }
            }
            assertEquals(List.of(), wrong, "each connection has the roles of its own handshake");
        } finally {
            pool.shutdownNow();
        }
    }
}
