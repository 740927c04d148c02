package io.kanava.tck.limits;

import java.net.URL;
import java.time.Duration;
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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An incoming message larger than its channel's bound (the application's {@code kanava.limits.max-message-size},
 * or the channel's own {@code maxMessageSize}) closes that connection with 1009 before it is buffered whole; other
 * connections go on. A binary message, which {@code kanava.v1} does not use, closes its connection with 1003. Calls
 * beyond the call rate (10/s with a burst of 20 here) are refused with {@code rate_limited}; a flood ends the
 * connection with 1008.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class IncomingMessagesAreBoundedTest {

    private static final int APPLICATION_BOUND = 32 * 1024;

    @ArquillianResource
    URL application;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return KitArchive.withWebXml(
                "kit-limits",
                "<context-param><param-name>kanava.limits.max-message-size</param-name><param-value>"
                        + APPLICATION_BOUND + "</param-value></context-param>"
                        + "<context-param><param-name>kanava.limits.calls-per-second</param-name>"
                        + "<param-value>10</param-value></context-param>"
                        + "<context-param><param-name>kanava.limits.call-burst</param-name>"
                        + "<param-value>20</param-value></context-param>",
                BoundedChannels.class);
    }

    private WireClient connect(String channel) throws Exception {
        return WireClient.connect(ChannelAddress.of(application, "channels/" + channel));
    }

    /** A call of {@code echo} whose frame is exactly {@code bytes} long. */
    private static String echoFrame(int bytes) {
        String head = "{\"id\":1,\"action\":\"echo\",\"data\":\"";
        String tail = "\"}";
        return head + "x".repeat(bytes - head.length() - tail.length()) + tail;
    }

    @Test
    public void answersAMessageWithinTheBoundAndClosesOnlyTheConnectionOfALargerOneWith1009() throws Exception {
        try (WireClient bystander = connect("bounded");
                WireClient sender = connect("bounded")) {
            JsonObject reply = sender.call(echoFrame(APPLICATION_BOUND - 100));
            assertReply(reply, "echo");

            sender.send(echoFrame(4 * APPLICATION_BOUND));
            assertEquals(1009, sender.awaitClose().code());

            assertReply(bystander.call(echoFrame(1000)), "echo");
        }
    }

    @Test
    public void letsAChannelsOwnBoundWinOverTheApplications() throws Exception {
        try (WireClient client = connect("roomy")) {
            assertReply(client.call(echoFrame(3 * APPLICATION_BOUND)), "echo");
            client.send(echoFrame(200 * 1024));
            assertEquals(1009, client.awaitClose().code());
        }
    }

    @Test
    public void letsAChannelsOwnCallRateWinOverTheApplications() throws Exception {
        try (WireClient client = connect("roomy")) {
            for (int i = 0; i < 50; i++) {
                client.send("{\"id\":" + i + ",\"action\":\"echo\",\"data\":\"x\"}");
            }
            for (int i = 0; i < 50; i++) {
                assertReply(client.next(), "echo");
            }
        }
    }

    @Test
    public void closesAConnectionThatSendsABinaryMessageWith1003() throws Exception {
        try (WireClient client = connect("bounded")) {
            client.sendBinary(new byte[] {1, 2, 3});
            assertEquals(1003, client.awaitClose().code());
        }
    }

    @Test
    public void refusesCallsBeyondTheBurstWithTheirIdsAndClosesAClientThatKeepsFlooding() throws Exception {
        try (WireClient client = connect("bounded")) {
            for (int i = 0; i < 30; i++) {
                client.send("{\"id\":" + i + ",\"action\":\"echo\",\"data\":\"x\"}");
            }
            int answered = 0;
            int limited = 0;
            for (int i = 0; i < 30; i++) {
                JsonObject frame = client.next();
                if (frame.containsKey("error")) {
                    assertEquals("rate_limited", frame.getJsonObject("error").getString("code"), frame::toString);
                    assertTrue(frame.containsKey("id"), frame::toString);
                    limited++;
                } else {
                    answered++;
                }
            }
            assertTrue(answered >= 20 && answered < 30, "the burst of 20 passed, not all 30: " + answered);
            assertEquals(30, answered + limited);

            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            for (int i = 0; i < 5_000 && !client.isClosedByServer() && System.nanoTime() < deadline; i++) {
                try {
                    client.send("{\"id\":\"f" + i + "\",\"action\":\"echo\",\"data\":\"x\"}");
                } catch (ExecutionException closedMeanwhile) {
                    break;
                }
            }
            assertEquals(1008, client.awaitClose().code());
        }
    }
}
