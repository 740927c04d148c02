package io.kanava.client;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * After a reconnect, the {@code onOpen} hook's calls are the first on the new connection: a call made meanwhile by
 * the application waits until the hook has settled, so it runs logged in.
 */
class HookCallsGoFirstTest {

    private final CompletableFuture<Void> gate = new CompletableFuture<>();
    private final AtomicInteger hookRuns = new AtomicInteger();
    private TodoChannelServer server;
    private KanavaClient client;

    @BeforeEach
    void connect() throws Exception {
        server = TodoChannelServer.start();
        client = KanavaClient.connectAndAwait(
                server.uri(),
                ClientOptions.builder()
                        .reconnect(Reconnect.exponential(Duration.ofMillis(10), Duration.ofMillis(50)))
                        .onOpen(opened -> hookRuns.incrementAndGet() == 1
                                ? opened.send("login", null, String.class)
                                : gate.thenCompose(open -> opened.send("login", null, String.class)))
                        .build());
    }

    @AfterEach
    void close() {
        client.close();
        server.close();
    }

    @Test
    void aCallMadeWhileTheHookRunsWaitsForItsLogin() throws Exception {
        client.send("drop", null);
        await("the second hook running").atMost(Stages.REPLY_WAIT).until(() -> hookRuns.get() == 2);
        assertEquals(ConnectionState.OPEN, client.state());

        CompletionStage<String> whoami = client.send("whoami", null, String.class);
        gate.complete(null);

        assertEquals("ada", Stages.result(whoami), "the call went out after the hook's login");
        assertEquals(2, server.logins.get());
    }
}
