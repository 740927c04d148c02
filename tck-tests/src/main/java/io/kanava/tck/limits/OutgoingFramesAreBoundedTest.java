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
import io.kanava.tck.wire.ChannelAddress;
import io.kanava.tck.wire.WireClient;

import static io.kanava.tck.wire.FrameAssertions.assertError;
import static io.kanava.tck.wire.FrameAssertions.assertReply;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A reply or event larger than its channel's outgoing limit is not a slow client's fault: the call is answered
 * {@code internal} naming the limit, the event is not sent, and the connection stays open for what comes next. It
 * is never closed with 1013 as if it read too slowly.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class OutgoingFramesAreBoundedTest {

    private static final int TOO_LARGE = NarrowChannels.LIMIT + 1000;

    @ArquillianResource
    URL application;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return KitArchive.create("kit-outgoing", NarrowChannels.class);
    }

    private WireClient connect() throws Exception {
        return WireClient.connect(ChannelAddress.of(application, "channels/narrow"));
    }

    private static String call(String id, String action, String data) {
        return "{\"id\":\"" + id + "\",\"action\":\"" + action + "\",\"data\":" + data + "}";
    }

    @Test
    public void answersAReplyLargerThanTheLimitWithInternalNamingItAndAnswersTheNextCall() throws Exception {
        try (WireClient client = connect()) {
            JsonObject answer = client.call(call("large", "echo", "\"" + "x".repeat(TOO_LARGE) + "\""));

            JsonObject error = assertError(answer, "internal");
            assertEquals("large", answer.getString("id"));
            assertTrue(error.getString("message").contains(String.valueOf(NarrowChannels.LIMIT)), error::toString);
            assertTrue(error.containsKey("errorId"), error::toString);

            JsonObject next = client.call(call("small", "echo", "\"fits\""));
            assertReply(next, "echo");
            assertEquals("fits", next.getString("data"));
        }
    }

    @Test
    public void keepsAnEventLargerThanTheLimitFromSubscribersAndDeliversTheNextOne() throws Exception {
        try (WireClient subscriber = connect()) {
            assertReply(subscriber.call(call("s", "subscribe", "null")), "subscribe");

            subscriber.send(call("p1", "publish", String.valueOf(TOO_LARGE)));
            subscriber.send(call("p2", "publish", "10"));

            List<JsonObject> events = new ArrayList<>();
            int replies = 0;
            while (replies < 2) {
                JsonObject frame = subscriber.next();
                if (frame.containsKey("event")) {
                    events.add(frame);
                } else {
                    assertReply(frame, "publish");
                    replies++;
                }
            }
            assertEquals(1, events.size(), events::toString);
            assertEquals("x".repeat(10), events.get(0).getString("data"));
            assertTrue(subscriber.poll(Duration.ofMillis(300)).isEmpty(), "nothing else arrives");
            assertFalse(subscriber.isClosedByServer());
        }
    }

    @Test
    public void failsADirectSendLargerThanTheLimitWithItsCode() throws Exception {
        try (WireClient client = connect()) {
            JsonObject refused = client.call(call("d1", "direct", String.valueOf(TOO_LARGE)));
            assertReply(refused, "direct");
            assertTrue(refused.getString("data").startsWith("KNV3043"), refused::toString);

            JsonObject event = client.call(call("d2", "direct", "10"));
            assertEquals(NarrowChannels.NEWS.name(), event.getString("event"), event::toString);
            JsonObject sent = client.next();
            assertReply(sent, "direct");
            assertEquals("sent", sent.getString("data"));
        }
    }
}
