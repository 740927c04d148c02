package io.kanava.tck.events;

import java.time.Duration;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import io.kanava.tck.wire.ChannelAddress;
import io.kanava.tck.wire.WireClient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A client that stops reading never blocks the publisher or the other clients: its bounded queue fills, and the
 * channel's policy applies. Under the default policy it is closed with 1013; under DROP_OLDEST it loses its oldest
 * events and keeps the newest. Frames pile up in the socket buffers first, so the test publishes in rounds until
 * the server gives up on the slow client, at most {@value #MAX_ROUNDS} rounds.
 *
 * <p>The server ends the slow client's subscriptions at once, and sends its close frame once the frame it is writing
 * is done, so the client that reads again reads what was already on its way and then gets 1013, on every server (sent
 * while that write was still going, the close frame was lost on Payara and the client saw 1006).
 */
public class SlowConsumerTest extends EventsScenario {

    private static final int MAX_ROUNDS = 80;
    private static final int EVENTS_PER_ROUND = 50;
    private static final int EVENT_SIZE = 16 * 1024;
    private static final String TOPIC = "hose";

    private WireClient connectSlow(String channel) throws Exception {
        return WireClient.connectPaused(
                ChannelAddress.of(application, "channels/" + channel + "?label=slow-" + channel));
    }

    private static boolean isOpen(WireClient observer, String channel) throws Exception {
        return call(observer, "isOpen", "", "slow-" + channel, 0, 0).getBoolean("data");
    }

    /** Publishes one round from the fast client and checks it received every event of it, in order. */
    private static long round(WireClient fast, long expectedNext) throws Exception {
        fast.send("{\"id\":\"flood\",\"action\":\"flood\",\"data\":{\"topic\":\"" + TOPIC + "\",\"count\":"
                + EVENTS_PER_ROUND + ",\"size\":" + EVENT_SIZE + "}}");
        long next = expectedNext;
        for (int i = 0; i < EVENTS_PER_ROUND; i++) {
            JsonObject event = fast.next();
            long sequence =
                    event.getJsonObject("data").getJsonNumber("sequence").longValue();
            assertTrue(next < 0 || sequence == next, () -> "expected event " + expectedNext + ", got " + sequence);
            next = sequence + 1;
        }
        JsonObject reply = fast.next();
        assertEquals(next - 1, reply.getJsonNumber("data").longValue(), reply::toString);
        return next;
    }

    @Test
    public void closesAClientThatStopsReadingWith1013WhileAnotherReceivesEveryEvent() throws Exception {
        try (WireClient fast = connect("firehose");
                WireClient slow = connectSlow("firehose")) {
            slow.send("{\"id\":1,\"action\":\"subscribe\",\"data\":{\"topic\":\"" + TOPIC + "\"}}");
            subscribe(fast, TOPIC);
            assertEquals(2, awaitSubscribers(fast, TOPIC, 2));
            long next = -1;
            int rounds = 0;
            while (isOpen(fast, "firehose") && rounds++ < MAX_ROUNDS) {
                next = round(fast, next);
            }
            assertTrue(rounds <= MAX_ROUNDS, "the slow client was never closed");
            assertEquals(1, awaitSubscribers(fast, TOPIC, 1), "the closed client's subscription ended");
            slow.resume();
            WireClient.CloseStatus status = drainUntilClosed(slow);
            assertNotNull(status, "the slow client's connection stalled instead of closing");
            assertEquals(1013, status.code(), status::toString);
        }
    }

    @Test
    public void dropsTheOldestEventsOfAClientThatStopsReadingUnderTheDropPolicy() throws Exception {
        try (WireClient fast = connect("firehose-drop");
                WireClient slow = connectSlow("firehose-drop")) {
            slow.send("{\"id\":\"sub\",\"action\":\"subscribe\",\"data\":{\"topic\":\"" + TOPIC + "\"}}");
            subscribe(fast, TOPIC);
            assertEquals(2, awaitSubscribers(fast, TOPIC, 2));
            long next = -1;
            long first = -1;
            for (int rounds = 0; rounds < 30; rounds++) {
                next = round(fast, next);
                first = first < 0 ? next - EVENTS_PER_ROUND : first;
            }
            assertTrue(isOpen(fast, "firehose-drop"), "DROP_OLDEST keeps the slow client open");
            long last = next - 1;
            slow.resume();
            JsonObject reply = slow.next();
            assertEquals("sub", reply.getString("id"), "the reply is never dropped");
            long received = 0;
            long previous = -1;
            long sequence = -1;
            while (sequence < last) {
                sequence = slow.next()
                        .getJsonObject("data")
                        .getJsonNumber("sequence")
                        .longValue();
                assertTrue(sequence > previous, "events keep their order");
                previous = sequence;
                received++;
            }
            assertEquals(last, sequence, "the newest event arrives");
            assertTrue(received < last - first + 1, "some of the oldest events were dropped: got " + received);
        }
    }

    /**
     * Reads what the server sent before giving up, then returns how the connection ended, or {@code null} when it
     * stalled: no frame and no end for {@link WireClient#TIMEOUT}. The client hands over every frame before the
     * close, so once it reports the close nothing is left to read.
     */
    private static WireClient.CloseStatus drainUntilClosed(WireClient slow) throws Exception {
        long quietSince = System.nanoTime();
        while (!slow.isClosedByServer()) {
            if (slow.poll(Duration.ofMillis(100)).isPresent()) {
                quietSince = System.nanoTime();
            } else if (System.nanoTime() - quietSince > WireClient.TIMEOUT.toNanos()) {
                return null;
            }
        }
        return slow.awaitClose();
    }
}
