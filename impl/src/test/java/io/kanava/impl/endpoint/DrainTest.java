package io.kanava.impl.endpoint;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import io.kanava.KanavaException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DrainTest {

    private final ConcurrentLinkedQueue<String> closes = new ConcurrentLinkedQueue<>();

    private final class Member implements Drain.Member {
        final String name;
        final AtomicBoolean busy = new AtomicBoolean();
        volatile long closedAt;

        Member(String name) {
            this.name = name;
        }

        @Override
        public boolean busy() {
            return busy.get();
        }

        @Override
        public void closeGently() {
            closedAt = System.nanoTime();
            closes.add(name + " gently");
        }

        @Override
        public void closeNow() {
            closedAt = System.nanoTime();
            closes.add(name + " now");
        }
    }

    private List<Member> members(int count) {
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            members.add(new Member("c" + i));
        }
        return members;
    }

    @Test
    void closesInBatchesWithAPauseBetweenThem() throws Exception {
        List<Member> members = members(5);
        new Drain(new Drain.Settings(2, Duration.ofMillis(100), Duration.ofSeconds(10))).run(members, () -> true);

        assertEquals(List.of("c0 gently", "c1 gently", "c2 gently", "c3 gently", "c4 gently"), List.copyOf(closes));
        assertTrue(members.get(2).closedAt - members.get(1).closedAt
                >= Duration.ofMillis(100).toNanos());
        assertTrue(members.get(4).closedAt - members.get(3).closedAt
                >= Duration.ofMillis(100).toNanos());
    }

    @Test
    void closesAConnectionWithACallInProgressOnceItAnswersWithoutHoldingUpTheOthers() throws Exception {
        List<Member> members = members(2);
        members.get(0).busy.set(true);
        ScheduledExecutorService call = Executors.newSingleThreadScheduledExecutor();
        try {
            call.schedule(
                    () -> {
                        closes.add("c0 answered");
                        members.get(0).busy.set(false);
                    },
                    150,
                    TimeUnit.MILLISECONDS);

            new Drain(new Drain.Settings(10, Duration.ZERO, Duration.ofSeconds(10))).run(members, () -> true);
        } finally {
            call.shutdownNow();
        }

        assertEquals(List.of("c1 gently", "c0 answered", "c0 gently"), List.copyOf(closes));
    }

    @Test
    void closesTheRestAtOnceOnceTheTimeoutHasPassed() throws Exception {
        List<Member> members = members(3);
        members.get(0).busy.set(true);

        long started = System.nanoTime();
        new Drain(new Drain.Settings(1, Duration.ofSeconds(5), Duration.ofMillis(200))).run(members, () -> false);

        assertEquals(List.of("c1 now", "c2 now", "c0 now"), List.copyOf(closes));
        assertTrue(System.nanoTime() - started < Duration.ofSeconds(4).toNanos(), "the timeout bounds the drain");
    }

    @Test
    void readsItsPacingFromTheApplicationsParameters() {
        assertEquals(Drain.Settings.DEFAULT, Drain.Settings.read(name -> null));
        assertEquals(
                new Drain.Settings(50, Duration.ofMillis(500), Duration.ofSeconds(30)),
                Drain.Settings.read(Map.of(
                        "kanava.drain.batch-size", "50",
                        "kanava.drain.batch-interval", "0.5",
                        "kanava.drain.timeout", "30")::get));
        assertEquals(
                "KNV1035",
                assertThrows(
                                KanavaException.class,
                                () -> Drain.Settings.read(Map.of("kanava.drain.batch-size", "0")::get))
                        .code());
        assertEquals(
                "KNV1031",
                assertThrows(
                                KanavaException.class,
                                () -> Drain.Settings.read(Map.of("kanava.drain.timeout", "soon")::get))
                        .code());
    }
}
