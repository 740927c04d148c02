package io.kanava.tck.liveness;

import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;

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

import static io.kanava.tck.wire.FrameAssertions.assertReply;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The server pings a connection it has heard nothing from for the ping interval (1 s here,
 * {@code kanava.liveness.ping-interval}) and closes one silent for the timeout (3 s, {@code kanava.liveness.timeout})
 * with 1001, running its {@code onDisconnect}: a client that answers pings, as every WebSocket client does, stays
 * connected however long it only listens; a half-open one is noticed. A client that keeps calling but reads nothing
 * is ended once a frame to it has been in writing for the timeout (KNV3050).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class IdleConnectionsArePingedTest {

    @ArquillianResource
    URL application;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return KitArchive.withWebXml(
                "kit-liveness",
                "<context-param><param-name>kanava.liveness.ping-interval</param-name><param-value>1</param-value>"
                        + "</context-param><context-param><param-name>kanava.liveness.timeout</param-name>"
                        + "<param-value>3</param-value></context-param>",
                PulseChannels.class);
    }

    private URI pulse() {
        return ChannelAddress.of(application, "channels/pulse");
    }

    private static long disconnects(WireClient client) throws Exception {
        JsonObject reply = client.call("{\"id\":\"d\",\"action\":\"disconnects\"}");
        assertReply(reply, "disconnects");
        return reply.getJsonNumber("data").longValue();
    }

    @Test
    public void keepsAClientThatAnswersPingsConnectedThroughSilenceLongerThanTheTimeout() throws Exception {
        try (WireClient listener = WireClient.connect(pulse())) {
            Optional<JsonObject> nothing = listener.poll(Duration.ofSeconds(6));
            assertTrue(nothing.isEmpty(), () -> "no frame while silent: " + nothing.orElse(null));
            assertFalse(listener.isClosedByServer(), "answered pings keep it open");
            assertReply(listener.call("{\"id\":1,\"action\":\"ping\"}"), "ping");
        }
    }

    @Test
    public void closesAClientThatAnswersNothingAndRunsItsOnDisconnect() throws Exception {
        try (WireClient observer = WireClient.connect(pulse())) {
            long before = disconnects(observer);
            WireClient deaf = WireClient.connectPaused(pulse());
            try {
                long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
                long now = before;
                while (now == before && System.nanoTime() < deadline) {
                    observer.poll(Duration.ofMillis(250));
                    now = disconnects(observer);
                }
                assertEquals(before + 1, now, "the silent connection was ended within 15 s");
            } finally {
                deaf.abort();
            }
        }
    }

    @Test
    public void endsAConnectionThatKeepsCallingButStopsReadingOnceAWriteStallsForTheTimeout() throws Exception {
        String label = "greedy-" + System.nanoTime();
        try (WireClient observer = WireClient.connect(pulse())) {
            WireClient greedy = WireClient.connectPaused(URI.create(pulse() + "?label=" + label));
            try {
                for (int i = 0; i < 24; i++) {
                    greedy.send("{\"id\":" + i + ",\"action\":\"bulk\",\"data\":1024}");
                }
                long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
                boolean ended = false;
                for (int call = 0; !ended && System.nanoTime() < deadline; call++) {
                    try {
                        greedy.send("{\"id\":\"keep-" + call + "\",\"action\":\"ping\"}"); // never silent
                    } catch (ExecutionException closedMeanwhile) {
                        // the server closed it: whether it was ended for the application is asked below
                    }
                    observer.poll(Duration.ofMillis(500));
                    JsonObject reply = observer.call("{\"id\":\"e\",\"action\":\"ended\",\"data\":\"" + label + "\"}");
                    assertReply(reply, "ended");
                    ended = reply.getBoolean("data");
                }
                assertTrue(ended, "the connection whose write stalled was ended within 20 s");
            } finally {
                greedy.abort();
            }
        }
    }
}
