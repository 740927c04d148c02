package io.kanava.tck.javaclient;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.kanava.client.ClientOptions;
import io.kanava.client.ConnectionState;
import io.kanava.client.KanavaClient;
import io.kanava.client.Reconnect;
import io.kanava.client.TypeRef;
import io.kanava.tck.wire.WireClient;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A call without a reply in time fails with {@code timeout} and its late reply is ignored; a connection the server
 * drops is made again, the {@code onOpen} hook runs again, and listeners keep hearing events.
 */
public class JavaClientTimeoutsAndReconnectsTest extends JavaClientScenario {

    @Test
    public void failsACallWithTimeoutAndIgnoresItsLateReply() {
        try (KanavaClient waiting = connect();
                KanavaClient releaser = connect()) {
            var held = waiting.send("held", null, Balance.class, Duration.ofMillis(300));
            assertEquals("timeout", failureOf(held).code());
            releaser.sendAndAwait("release", null);
            // calls of one connection are answered in order: the late Balance of "held" arrives before this reply,
            // and would fail the list's binding (invalid_reply) if the client took it for this call's
            List<Long> deposits = waiting.sendAndAwait("deposits", null, new TypeRef<List<Long>>() {});
            assertEquals(releaser.sendAndAwait("deposits", null, new TypeRef<List<Long>>() {}), deposits);
            assertEquals("timeout", failureOf(held).code(), "the late reply does not complete the call again");
        }
    }

    @Test
    public void reconnectsAfterTheServerDropsTheConnectionAndRunsOnOpenAgain() {
        AtomicInteger opened = new AtomicInteger();
        ClientOptions options = ClientOptions.builder()
                .reconnect(Reconnect.exponential(Duration.ofMillis(100), Duration.ofSeconds(1)))
                .onOpen(client -> {
                    opened.incrementAndGet();
                    return CompletableFuture.completedFuture(null);
                })
                .build();
        List<ConnectionState> states = new CopyOnWriteArrayList<>();
        List<Balance> heard = new CopyOnWriteArrayList<>();
        try (KanavaClient client = connect(options);
                KanavaClient depositor = connect()) {
            client.onStateChange(states::add);
            client.subscribe(LedgerChannels.CHANGED, Balance.class, heard::add);
            client.send("hangUp", null);

            await("the reconnection")
                    .atMost(WireClient.TIMEOUT)
                    .until(() -> opened.get() == 2 && client.state() == ConnectionState.OPEN);
            assertTrue(states.contains(ConnectionState.RECONNECTING), states::toString);
            Balance after = depositor.sendAndAwait("deposit", new Deposit(3), Balance.class);
            await("an event after the reconnection").atMost(WireClient.TIMEOUT).until(() -> heard.contains(after));
            assertEquals(after, client.sendAndAwait("balance", null, Balance.class));
        }
    }
}
