package io.kanava.impl.metrics;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.kanava.ActionException;
import io.kanava.ChannelDefinition;
import io.kanava.impl.codec.FrameDecoder;
import io.kanava.impl.codec.JsonbPayloadCodec;
import io.kanava.impl.codec.OutboundFrame;
import io.kanava.impl.routing.ActionRouter;
import io.kanava.impl.routing.TestConnection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChannelMetricsTest {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private final ChannelDefinition channel = ChannelDefinition.builder("notes")
            .auth(false)
            .action("echo", String.class, String.class, (input, context) -> input)
            .action("refuse", String.class, String.class, (input, context) -> {
                throw new ActionException("no_such_note", "No note " + input);
            })
            .build();
    private final AtomicInteger open = new AtomicInteger();
    private final ChannelMetrics metrics = new ChannelMetrics(channel, open::get);
    private final ActionRouter router = new ActionRouter(channel, new JsonbPayloadCodec(JSONB));
    private final FrameDecoder decoder = new FrameDecoder();

    @AfterAll
    static void closeJsonb() throws Exception {
        JSONB.close();
    }

    private void answer(String frame) {
        metrics.answered(router.route(decoder.decode(frame), new TestConnection()));
    }

    @Test
    void countsCallsByDeclaredActionAndOutcome() {
        answer("{\"id\":1,\"action\":\"echo\",\"data\":\"a\"}");
        answer("{\"id\":2,\"action\":\"echo\",\"data\":\"b\"}");
        answer("{\"id\":3,\"action\":\"echo\",\"data\":{\"not\":\"text\"}}");
        answer("{\"id\":4,\"action\":\"refuse\",\"data\":\"x\"}");

        assertEquals(Map.of("echo ok", 2L, "echo invalid_data", 1L, "refuse no_such_note", 1L), metrics.getCalls());
    }

    @Test
    void countsActionsTheChannelDoesNotDeclareUnderOneName() {
        for (int i = 0; i < 50; i++) {
            answer("{\"id\":" + i + ",\"action\":\"made-up-" + i + "\"}");
        }
        answer("{\"id\":\"no action\"}");

        assertEquals(
                Map.of("$other unknown_action", 50L, "$other bad_request", 1L),
                metrics.getCalls(),
                "a client must not grow the table with names it makes up");
    }

    @Test
    void eventsAreNotCallsAndConnectionsOpenAreReadLive() {
        metrics.answered(new OutboundFrame.Event("note", "{}"));
        open.set(3);

        assertTrue(metrics.getCalls().isEmpty());
        assertEquals(3, metrics.getConnectionsOpen());
        open.set(1);
        assertEquals(1, metrics.getConnectionsOpen());
    }

    @Test
    void timesSynchronousCallsAtOnceAndAsynchronousOnesWhenTheyComplete() {
        AtomicLong now = new AtomicLong();
        CompletableFuture<OutboundFrame> later = new CompletableFuture<>();
        TimedCalls sync = new TimedCalls(
                frame -> {
                    now.addAndGet(3_000);
                    return new OutboundFrame.Reply(null, "echo", "\"a\"");
                },
                metrics::called,
                now::get);
        TimedCalls async = new TimedCalls(frame -> new OutboundFrame.Pending(later, false), metrics::called, now::get);

        sync.apply(decoder.decode("{\"id\":1,\"action\":\"echo\",\"data\":\"a\"}"));
        assertEquals(1, metrics.getCallCount());
        assertEquals(3, metrics.getCallLongestMicros());

        OutboundFrame pending = async.apply(decoder.decode("{\"id\":2,\"action\":\"echo\",\"data\":\"a\"}"));
        assertEquals(1, metrics.getCallCount(), "an asynchronous call is timed when it completes");
        now.addAndGet(20_000_000);
        later.complete(new OutboundFrame.Reply(null, "echo", "\"a\""));
        ((OutboundFrame.Pending) pending).answer().toCompletableFuture().join();

        assertEquals(2, metrics.getCallCount());
        assertEquals(20_000, metrics.getCallLongestMicros());
        assertEquals(20_003, metrics.getCallTotalMicros());
    }

    @Test
    void countsEventsDeliveredDroppedAndSlowClients() {
        metrics.eventDelivered();
        metrics.eventDelivered();
        metrics.eventsDropped(5);
        metrics.slowClientClosed();

        assertEquals(2, metrics.getEventsDelivered());
        assertEquals(5, metrics.getEventsDropped());
        assertEquals(1, metrics.getSlowClientCloses());
    }

    @Test
    void metricsThatAreOffCountNothing() {
        ChannelMetrics off = new ChannelMetrics(channel, open::get, MetricsExport.OFF);

        off.answered(
                router.route(decoder.decode("{\"id\":1,\"action\":\"echo\",\"data\":\"a\"}"), new TestConnection()));
        off.called(5_000);
        off.eventDelivered();
        off.eventsDropped(2);
        off.slowClientClosed();

        assertFalse(off.counting(), "the endpoint then does not time calls for them");
        assertTrue(off.getCalls().isEmpty());
        assertEquals(0, off.getCallCount());
        assertEquals(0, off.getEventsDelivered());
        assertEquals(0, off.getEventsDropped());
        assertEquals(0, off.getSlowClientCloses());
        assertTrue(metrics.counting(), "metrics count by default");
    }
}
