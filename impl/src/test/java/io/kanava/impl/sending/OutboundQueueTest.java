package io.kanava.impl.sending;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import io.kanava.SlowConsumerPolicy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutboundQueueTest {

    /** A sink that holds each write open until the test completes it, like a client that reads slowly. */
    static final class HeldSink implements FrameSink {
        final List<String> written = new ArrayList<>();
        final List<Consumer<Throwable>> pending = new ArrayList<>();
        int concurrentWrites;
        int maxConcurrentWrites;

        @Override
        public synchronized void write(String text, Consumer<Throwable> done) {
            written.add(text);
            concurrentWrites++;
            maxConcurrentWrites = Math.max(maxConcurrentWrites, concurrentWrites);
            pending.add(done);
        }

        void completeNext() {
            finishNext(null);
        }

        void failNext(Throwable failure) {
            finishNext(failure);
        }

        private void finishNext(Throwable failure) {
            Consumer<Throwable> done;
            synchronized (this) {
                done = pending.remove(0);
                concurrentWrites--;
            }
            done.accept(failure);
        }
    }

    private final AtomicInteger overflows = new AtomicInteger();

    @Test
    void writesFramesOneAtATimeInOrder() {
        var sink = new HeldSink();
        var queue = new OutboundQueue(
                sink,
                new OutboundQueueLimits(10, 1000, SlowConsumerPolicy.CLOSE),
                (f, c) -> overflows.incrementAndGet());
        queue.offer("a", null);
        queue.offer("b", null);
        queue.offer("c", null);
        assertEquals(List.of("a"), sink.written);
        sink.completeNext();
        sink.completeNext();
        assertEquals(List.of("a", "b", "c"), sink.written);
        assertEquals(1, sink.maxConcurrentWrites);
    }

    @Test
    void raisesTheSharedHighWaterMarkToTheDeepestQueue() {
        var highWater = new QueueHighWater();
        var limits = new OutboundQueueLimits(10, 1000, SlowConsumerPolicy.CLOSE);
        var shallow = new OutboundQueue(new HeldSink(), limits, (f, c) -> {}, n -> {}, e -> {}, highWater);
        var deep = new OutboundQueue(new HeldSink(), limits, (f, c) -> {}, n -> {}, e -> {}, highWater);
        shallow.offer("a", null);
        shallow.offer("b", null);
        deep.offer("c", null); // in writing: no longer waiting
        deep.offer("dd", null);
        deep.offer("eee", null);
        deep.offer("ffff", null);

        assertEquals(3, highWater.frames());
        assertEquals(9, highWater.chars());
    }

    @Test
    void tellsHowLongTheFrameInProgressHasBeenWriting() {
        var sink = new HeldSink();
        var queue = new OutboundQueue(
                sink,
                new OutboundQueueLimits(10, 1000, SlowConsumerPolicy.CLOSE),
                (f, c) -> overflows.incrementAndGet());
        assertEquals(0, queue.writingFor(System.nanoTime()), "nothing written yet");

        long before = System.nanoTime();
        queue.offer("a", null);
        long later = before + TimeUnit.SECONDS.toNanos(70);
        assertTrue(queue.writingFor(later) >= TimeUnit.SECONDS.toNanos(69), "the write of a is still going");

        sink.completeNext();
        assertEquals(0, queue.writingFor(later), "a was written and nothing else is in progress");
    }

    @Test
    void doesNotRecurseWhenWritesCompleteOnTheCallingThread() {
        List<String> written = new ArrayList<>();
        FrameSink inline = (text, done) -> {
            written.add(text);
            done.accept(null);
        };
        var queue = new OutboundQueue(
                inline, new OutboundQueueLimits(100_000, 10_000_000, SlowConsumerPolicy.CLOSE), (f, c) -> {});
        var blocked = new HeldSink();
        var gate = new OutboundQueue(blocked, new OutboundQueueLimits(1, 10, SlowConsumerPolicy.CLOSE), (f, c) -> {});
        gate.offer("x", null);
        for (int i = 0; i < 50_000; i++) {
            queue.offer("f" + i, null);
        }
        assertEquals(50_000, written.size());
        assertEquals("f49999", written.get(49_999));
    }

    @Test
    void refusesAFrameBeyondTheFrameLimitAndReportsTheOverflowOnce() {
        var sink = new HeldSink();
        var queue = new OutboundQueue(
                sink,
                new OutboundQueueLimits(2, 1000, SlowConsumerPolicy.CLOSE),
                (f, c) -> overflows.incrementAndGet());
        assertTrue(queue.offer("a", null)); // being written
        assertTrue(queue.offer("b", null));
        assertTrue(queue.offer("c", null));
        assertFalse(queue.offer("d", null));
        assertEquals(1, overflows.get());
        assertEquals(2, queue.size());
    }

    @Test
    void refusesEveryLaterFrameOnceItHasOverflowed() {
        var sink = new HeldSink();
        var queue = new OutboundQueue(
                sink,
                new OutboundQueueLimits(1, 1000, SlowConsumerPolicy.CLOSE),
                (f, c) -> overflows.incrementAndGet());
        queue.offer("a", null);
        queue.offer("b", null);
        assertFalse(queue.offer("c", null));
        sink.completeNext();
        assertFalse(queue.offer("d", null));
        assertEquals(1, overflows.get());
    }

    @Test
    void refusesAFrameBeyondTheCharacterLimit() {
        var sink = new HeldSink();
        var queue = new OutboundQueue(
                sink,
                new OutboundQueueLimits(100, 10, SlowConsumerPolicy.CLOSE),
                (f, c) -> overflows.incrementAndGet());
        queue.offer("first", null);
        assertTrue(queue.offer("123456", null));
        assertFalse(queue.offer("12345", null));
        assertEquals(1, overflows.get());
    }

    @Test
    void completesEachFrameWhenItIsWritten() {
        var sink = new HeldSink();
        var queue = new OutboundQueue(sink, OutboundQueueLimits.DEFAULT, (f, c) -> {});
        var first = new CompletableFuture<Void>();
        var second = new CompletableFuture<Void>();
        queue.offer("a", first);
        queue.offer("b", second);
        assertFalse(first.isDone());
        sink.completeNext();
        assertTrue(first.isDone());
        assertFalse(second.isDone());
    }

    @Test
    void failsWaitingFramesWhenClosed() {
        var sink = new HeldSink();
        var queue = new OutboundQueue(sink, OutboundQueueLimits.DEFAULT, (f, c) -> {});
        queue.offer("a", null);
        var waiting = new CompletableFuture<Void>();
        queue.offer("b", waiting);
        queue.close();
        assertTrue(waiting.isCompletedExceptionally());
        assertFalse(queue.offer("c", null));
    }

    @Test
    void closesOnlyAfterTheFramesBeforeItAreWritten() {
        var sink = new HeldSink();
        var queue = new OutboundQueue(sink, OutboundQueueLimits.DEFAULT, (f, c) -> {});
        var closed = new AtomicInteger();
        queue.offer("a", null);
        queue.offer("b", null);
        queue.closeAfterDrain(closed::incrementAndGet);
        assertFalse(queue.offer("after close", null));
        sink.completeNext();
        assertEquals(0, closed.get());
        sink.completeNext();
        assertEquals(1, closed.get());
        assertEquals(List.of("a", "b"), sink.written);
    }

    @Test
    void keepsEveryFrameAndItsOrderPerSenderUnderConcurrentSenders() throws Exception {
        List<String> written = new CopyOnWriteArrayList<>();
        ExecutorService completer = Executors.newSingleThreadExecutor();
        FrameSink asynchronous = (text, done) -> completer.execute(() -> {
            written.add(text);
            done.accept(null);
        });
        var queue = new OutboundQueue(
                asynchronous, new OutboundQueueLimits(100_000, 100_000_000, SlowConsumerPolicy.CLOSE), (f, c) -> {});
        int senders = 4;
        int perSender = 2_000;
        var finished = new CountDownLatch(senders);
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        for (int s = 0; s < senders; s++) {
            int sender = s;
            pool.execute(() -> {
                for (int i = 0; i < perSender; i++) {
                    queue.offer(sender + ":" + i, null);
                }
                finished.countDown();
            });
        }
        assertTrue(finished.await(30, TimeUnit.SECONDS));
        var drained = new CountDownLatch(1);
        queue.closeAfterDrain(drained::countDown);
        assertTrue(drained.await(30, TimeUnit.SECONDS));
        pool.shutdown();
        completer.shutdown();
        assertEquals(senders * perSender, written.size());
        for (int s = 0; s < senders; s++) {
            String prefix = s + ":";
            List<Integer> order = written.stream()
                    .filter(text -> text.startsWith(prefix))
                    .map(text -> Integer.parseInt(text.substring(prefix.length())))
                    .toList();
            for (int i = 0; i < perSender; i++) {
                assertEquals(i, order.get(i));
            }
        }
    }

    @Test
    void dropsTheOldestEventsToMakeRoomUnderTheDropPolicy() {
        var sink = new HeldSink();
        var drops = new AtomicInteger();
        var queue = new OutboundQueue(
                sink,
                new OutboundQueueLimits(3, 1000, SlowConsumerPolicy.DROP_OLDEST),
                (f, c) -> overflows.incrementAndGet(),
                drops::addAndGet);
        queue.offerEvent("e0", null); // being written
        var oldest = new CompletableFuture<Void>();
        queue.offerEvent("e1", oldest);
        queue.offer("reply", null);
        queue.offerEvent("e2", null);
        assertTrue(queue.offerEvent("e3", null));
        assertTrue(oldest.isCompletedExceptionally());
        assertEquals(1, drops.get());
        assertEquals(0, overflows.get());
        sink.completeNext();
        sink.completeNext();
        sink.completeNext();
        sink.completeNext();
        assertEquals(List.of("e0", "reply", "e2", "e3"), sink.written);
    }

    @Test
    void neverDropsRepliesAndOverflowsWhenOnlyRepliesFillTheQueue() {
        var sink = new HeldSink();
        var queue = new OutboundQueue(
                sink,
                new OutboundQueueLimits(2, 1000, SlowConsumerPolicy.DROP_OLDEST),
                (f, c) -> overflows.incrementAndGet());
        queue.offer("r0", null); // being written
        queue.offer("r1", null);
        queue.offer("r2", null);
        assertFalse(queue.offerEvent("e", null));
        assertEquals(1, overflows.get());
    }

    @Test
    void keepsTheQueueWithinItsCharacterBoundWhileDropping() {
        var sink = new HeldSink();
        var queue = new OutboundQueue(
                sink, new OutboundQueueLimits(1000, 10, SlowConsumerPolicy.DROP_OLDEST), (f, c) -> {});
        queue.offerEvent("first", null); // being written
        for (int i = 0; i < 100; i++) {
            assertTrue(queue.offerEvent("event" + (i % 10), null));
            assertTrue(queue.size() <= 1, "at most one 6-character event fits in 10 characters");
        }
    }

    @Test
    void abandonsTheWaitingFramesAndActsOnlyWhenTheWriteInProgressEnds() {
        var sink = new HeldSink();
        var queue = new OutboundQueue(sink, OutboundQueueLimits.DEFAULT, (f, c) -> {});
        var acted = new AtomicInteger();
        var inProgress = new CompletableFuture<Void>();
        var waiting = new CompletableFuture<Void>();
        queue.offer("a", inProgress);
        queue.offer("b", waiting);
        queue.abandon(acted::incrementAndGet);
        assertTrue(waiting.isCompletedExceptionally(), "a frame not yet started is given up");
        assertFalse(queue.offer("c", null), "nothing is queued after it");
        assertEquals(0, acted.get(), "the frame in progress is not cut off");
        sink.completeNext();
        assertTrue(inProgress.isDone() && !inProgress.isCompletedExceptionally());
        assertEquals(1, acted.get());
        assertEquals(List.of("a"), sink.written);
    }

    @Test
    void actsAtOnceWhenAbandonedWithNoWriteInProgress() {
        var sink = new HeldSink();
        var queue = new OutboundQueue(sink, OutboundQueueLimits.DEFAULT, (f, c) -> {});
        queue.offer("a", null);
        sink.completeNext();
        var acted = new AtomicInteger();
        queue.abandon(acted::incrementAndGet);
        assertEquals(1, acted.get());
    }

    @Test
    void actsWhenTheWriteInProgressFails() {
        var sink = new HeldSink();
        var queue = new OutboundQueue(sink, OutboundQueueLimits.DEFAULT, (f, c) -> {});
        var acted = new AtomicInteger();
        queue.offer("a", null);
        queue.abandon(acted::incrementAndGet);
        queue.close();
        assertEquals(0, acted.get(), "closing the queue does not end the write in progress");
        sink.failNext(new IOException("broken pipe"));
        assertEquals(1, acted.get());
    }

    @Test
    void honoursOnlyTheFirstAbandon() {
        var sink = new HeldSink();
        var queue = new OutboundQueue(sink, OutboundQueueLimits.DEFAULT, (f, c) -> {});
        var first = new AtomicInteger();
        var second = new AtomicInteger();
        queue.offer("a", null);
        queue.abandon(first::incrementAndGet);
        queue.abandon(second::incrementAndGet);
        sink.completeNext();
        assertEquals(1, first.get());
        assertEquals(0, second.get());
    }

    @Test
    void treatsAWriteTheSinkRefusesAsAFailedWrite() {
        var refusal = new IllegalStateException("session closing");
        FrameSink refusing = (text, done) -> {
            throw refusal;
        };
        var queue = new OutboundQueue(refusing, OutboundQueueLimits.DEFAULT, (f, c) -> {});
        var written = new CompletableFuture<Void>();
        queue.offer("a", written);
        assertTrue(written.isCompletedExceptionally());
        assertFalse(queue.offer("b", null), "the queue closes as after any failed write");
        var acted = new AtomicInteger();
        queue.abandon(acted::incrementAndGet);
        assertEquals(1, acted.get(), "the writer is not left busy");
    }

    @Test
    void actsExactlyOnceWhenAbandonRacesTheEndOfTheWrite() throws Exception {
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            for (int round = 0; round < 2_000; round++) {
                var sink = new HeldSink();
                var queue = new OutboundQueue(sink, OutboundQueueLimits.DEFAULT, (f, c) -> {});
                var acted = new AtomicInteger();
                queue.offer("a", null);
                queue.offer("b", null);
                var start = new CountDownLatch(1);
                var completing = other.submit(() -> {
                    start.await();
                    sink.completeNext();
                    return null;
                });
                start.countDown();
                queue.abandon(acted::incrementAndGet);
                completing.get(10, TimeUnit.SECONDS);
                while (!sink.pending.isEmpty()) {
                    sink.completeNext(); // "b" when the write of "a" ended before the abandon
                }
                assertEquals(1, acted.get(), "round " + round);
            }
        } finally {
            other.shutdownNow();
        }
    }

    @Test
    void reportsTheFirstFailedWriteOnceSoTheConnectionCanEnd() {
        var sink = new HeldSink();
        List<Throwable> failures = new ArrayList<>();
        var queue = new OutboundQueue(sink, OutboundQueueLimits.DEFAULT, (f, c) -> {}, count -> {}, failures::add);
        queue.offer("a", null);
        queue.offer("b", null);
        var broken = new IOException("broken pipe");
        sink.failNext(broken);
        assertEquals(List.of(broken), failures);
        assertFalse(queue.offer("c", null), "a queue whose write failed takes no more frames");
        assertEquals(List.of("a"), sink.written, "nothing is written after the failure");
    }

    @Test
    void doesNotReportAWriteThatFailsAfterTheConnectionWasClosedOnPurpose() {
        var sink = new HeldSink();
        List<Throwable> failures = new ArrayList<>();
        var queue = new OutboundQueue(sink, OutboundQueueLimits.DEFAULT, (f, c) -> {}, count -> {}, failures::add);
        queue.offer("a", null);
        queue.close();
        sink.failNext(new IOException("closed by us"));
        assertEquals(List.of(), failures);
    }

    @Test
    void sendsAPingBetweenTwoFramesNeverDuringOne() {
        var sink = new HeldSink();
        List<String> order = new ArrayList<>();
        var queue = new OutboundQueue(sink, OutboundQueueLimits.DEFAULT, (f, c) -> {});
        queue.offer("a", null);
        queue.offerPing(() -> order.add("ping after " + sink.written));
        queue.offer("b", null);
        assertEquals(List.of(), order, "not while 'a' is being written");
        sink.completeNext();
        assertEquals(List.of("ping after [a]"), order);
        assertEquals(List.of("a", "b"), sink.written);
    }

    @Test
    void skipsAPingRatherThanOverflowAFullQueue() {
        var sink = new HeldSink();
        var queue = new OutboundQueue(
                sink,
                new OutboundQueueLimits(2, 1000, SlowConsumerPolicy.CLOSE),
                (f, c) -> overflows.incrementAndGet());
        queue.offer("a", null);
        queue.offer("b", null);
        queue.offer("c", null);
        assertFalse(queue.offerPing(() -> {}));
        assertEquals(0, overflows.get(), "a skipped ping does not give the client up");
    }
}
