package io.kanava.impl.eventhub;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TopicMembersTest {

    private final TopicMembers members = new TopicMembers();
    private final RecordingSubscriber a = new RecordingSubscriber("a");
    private final RecordingSubscriber b = new RecordingSubscriber("b");
    private final RecordingSubscriber c = new RecordingSubscriber("c");

    @Test
    void deliversInTheOrderTheConnectionsSubscribed() {
        members.add(c);
        members.add(a);
        members.add(b);
        members.add(c);
        assertArrayEquals(new EventSubscriber[] {c, a, b}, members.forPublish());
    }

    @Test
    void aPublishAfterAChangeSeesIt() {
        members.add(a);
        assertArrayEquals(new EventSubscriber[] {a}, members.forPublish());
        members.add(b);
        assertArrayEquals(new EventSubscriber[] {a, b}, members.forPublish());
        members.remove(a);
        assertArrayEquals(new EventSubscriber[] {b}, members.forPublish());
        members.remove(b);
        assertEquals(0, members.forPublish().length);
        assertTrue(members.isEmpty());
    }

    @Test
    void reusesTheSnapshotWhileNothingChanges() {
        members.add(a);
        members.add(b);
        EventSubscriber[] first = members.forPublish();
        assertSame(first, members.forPublish());
        members.remove(c); // not a member: no change
        assertSame(first, members.forPublish());
    }

    @Test
    void endsWithExactlyTheMembersLeftAfterConcurrentChangesAndPublishes() throws Exception {
        int threads = 4;
        int perThread = 2_000;
        ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<EventSubscriber>>> kept = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                kept.add(pool.submit(() -> {
                    start.await();
                    List<EventSubscriber> stay = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        var subscriber = new RecordingSubscriber(thread + ":" + i);
                        members.add(subscriber);
                        if (i % 3 == 0) {
                            stay.add(subscriber);
                        } else {
                            members.remove(subscriber);
                        }
                    }
                    return stay;
                }));
            }
            Future<?> publisher = pool.submit(() -> {
                start.await();
                do {
                    members.forPublish();
                } while (kept.stream().anyMatch(f -> !f.isDone()));
                return null;
            });
            start.countDown();
            Set<EventSubscriber> expected = new HashSet<>();
            for (Future<List<EventSubscriber>> f : kept) {
                expected.addAll(f.get(30, TimeUnit.SECONDS));
            }
            publisher.get(30, TimeUnit.SECONDS);
            assertEquals(expected, new HashSet<>(Arrays.asList(members.forPublish())));
            assertEquals(expected.size(), members.forPublish().length);
        } finally {
            pool.shutdownNow();
        }
    }
}
