package io.kanava.impl.sending;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.kanava.SlowConsumerPolicy;
import io.kanava.impl.sending.OutboundQueueTest.HeldSink;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A client that reads too slowly is closed once: after the frame in progress, or when the grace runs out. */
class SlowClientCloserTest {

    private final ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1);

    {
        timer.setRemoveOnCancelPolicy(true);
    }

    private final HeldSink sink = new HeldSink();
    private final OutboundQueue queue =
            new OutboundQueue(sink, new OutboundQueueLimits(100, 10_000, SlowConsumerPolicy.CLOSE), (f, c) -> {});
    private final AtomicInteger closes = new AtomicInteger();

    @AfterEach
    void stopTimer() {
        timer.shutdownNow();
    }

    @Test
    void closesWhenTheClientReadsTheFrameInProgressAndNotBefore() {
        queue.offer("in progress", null);
        queue.offer("backlog", null);
        new SlowClientCloser(timer, Duration.ofMinutes(1)).close(queue, closes::incrementAndGet);
        assertEquals(0, closes.get());
        sink.completeNext();
        assertEquals(1, closes.get());
        assertEquals(List.of("in progress"), sink.written, "the backlog is never written");
        assertEquals(0, timer.getQueue().size(), "the deadline is cancelled");
    }

    @Test
    void closesWhenTheGraceRunsOutWhileTheClientReadsNothing() {
        queue.offer("in progress", null);
        new SlowClientCloser(timer, Duration.ofMillis(50)).close(queue, closes::incrementAndGet);
        await("the close after the grace").atMost(Duration.ofSeconds(10)).until(() -> closes.get() == 1);
        sink.completeNext();
        assertEquals(1, closes.get(), "a client that reads again later is not closed twice");
    }

    @Test
    void closesAtOnceWithoutATimer() {
        queue.offer("in progress", null);
        var waiting = new CompletableFuture<Void>();
        queue.offer("backlog", waiting);
        new SlowClientCloser(null, Duration.ofMinutes(1)).close(queue, closes::incrementAndGet);
        assertEquals(1, closes.get());
        assertTrue(waiting.isCompletedExceptionally(), "the backlog is given up");
        assertFalse(queue.offer("later", null));
        sink.completeNext();
        assertEquals(1, closes.get());
    }

    @Test
    void closesAtOnceWhenTheTimerHasStopped() {
        timer.shutdown();
        queue.offer("in progress", null);
        var waiting = new CompletableFuture<Void>();
        queue.offer("backlog", waiting);
        new SlowClientCloser(timer, Duration.ofMinutes(1)).close(queue, closes::incrementAndGet);
        assertEquals(1, closes.get());
        assertTrue(waiting.isCompletedExceptionally(), "the backlog is given up");
    }

    @Test
    void closesTheConnectionsStillWaitingWhenTheApplicationStops() {
        var closer = new SlowClientCloser(timer, Duration.ofMinutes(1));
        queue.offer("in progress", null);
        closer.close(queue, closes::incrementAndGet);
        var otherSink = new HeldSink();
        var other = new OutboundQueue(otherSink, OutboundQueueLimits.DEFAULT, (f, c) -> {});
        var otherCloses = new AtomicInteger();
        other.offer("read", null);
        closer.close(other, otherCloses::incrementAndGet);
        otherSink.completeNext();
        assertEquals(1, otherCloses.get());
        closer.closeAllNow();
        assertEquals(1, closes.get(), "the connection still waiting is closed");
        assertEquals(1, otherCloses.get(), "a connection already closed is not closed again");
        assertEquals(0, timer.getQueue().size(), "no deadline is left behind");
        sink.completeNext();
        assertEquals(1, closes.get());
    }
}
