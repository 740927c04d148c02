package io.kanava.impl.eventhub;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
        members.add(a); // already a member: no change
        assertSame(first, members.forPublish());
    }

    @Test
    void movesAConnectionThatSubscribesAgainToTheEnd() {
        members.add(a);
        members.add(b);
        members.remove(a);
        members.add(a);
        assertArrayEquals(new EventSubscriber[] {b, a}, members.forPublish());
    }

    /**
     * Writers subscribe and unsubscribe while a publisher publishes. Each publish must include every subscription
     * completed before it began and none of the unsubscriptions; at the end exactly the kept ones remain.
     */
    @Test
    void seesEveryCompletedChangeWhileChangesAndPublishesRace() throws Exception {
        int writers = 3;
        int perWriter = 3_000;
        Queue<EventSubscriber> kept = new ConcurrentLinkedQueue<>();
        Queue<EventSubscriber> removed = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
        try {
            CountDownLatch publishing = new CountDownLatch(1);
            AtomicInteger running = new AtomicInteger(writers);
            List<Future<?>> writing = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                writing.add(pool.submit(() -> {
                    publishing.await();
                    for (int i = 0; i < perWriter; i++) {
                        var subscriber = new RecordingSubscriber(writer + ":" + i);
                        members.add(subscriber);
                        if (i % 3 == 0) {
                            kept.add(subscriber);
                        } else {
                            members.remove(subscriber);
                            removed.add(subscriber);
                        }
                    }
                    running.decrementAndGet();
                    return null;
                }));
            }
            Future<Integer> publisher = pool.submit(() -> {
                int publishes = 0;
                do {
                    List<EventSubscriber> mustHave = new ArrayList<>(kept);
                    List<EventSubscriber> mustNotHave = new ArrayList<>(removed);
                    Set<EventSubscriber> recipients = new HashSet<>(Arrays.asList(members.forPublish()));
                    publishing.countDown();
                    assertTrue(recipients.containsAll(mustHave), "a completed subscription is missing");
                    mustNotHave.forEach(gone -> assertFalse(recipients.contains(gone), "an ended one is included"));
                    publishes++;
                } while (running.get() > 0);
                return publishes;
            });
            for (Future<?> w : writing) {
                w.get(60, TimeUnit.SECONDS);
            }
            assertTrue(publisher.get(60, TimeUnit.SECONDS) >= 1);
            assertEquals(new HashSet<>(kept), new HashSet<>(Arrays.asList(members.forPublish())));
            assertEquals(kept.size(), members.forPublish().length);
        } finally {
            pool.shutdownNow();
        }
    }
}
