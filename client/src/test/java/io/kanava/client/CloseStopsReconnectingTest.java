package io.kanava.client;

import java.time.Duration;
import java.util.concurrent.CompletionStage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.kanava.client.Stages.failure;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

class CloseStopsReconnectingTest {

    /** Long enough for several reconnect attempts at this test's back-off, had close() not stopped them. */
    private static final Duration RECONNECT_WINDOW = Duration.ofMillis(300);

    private TodoChannelServer server;
    private KanavaClient client;

    @BeforeEach
    void connect() throws Exception {
        server = TodoChannelServer.start();
        client = KanavaClient.connectAndAwait(
                server.uri(),
                ClientOptions.builder()
                        .reconnect(Reconnect.exponential(Duration.ofMillis(10), Duration.ofMillis(20)))
                        .build());
    }

    @AfterEach
    void close() {
        client.close();
        server.close();
    }

    @Test
    void failsPendingCallsWithDisconnected() {
        CompletionStage<Todo> pending = client.send("slow", new Delay(10_000), Todo.class);

        client.close();

        assertEquals(KanavaClientException.DISCONNECTED, failure(pending).code());
        assertEquals(ConnectionState.CLOSED, client.state());
    }

    @Test
    void closesWithNormalClosureAndNeverConnectsAgain() {
        client.close();

        await("server saw 1000").atMost(Stages.REPLY_WAIT).until(() -> server.closeCodes.contains(1000));
        await("no reconnect")
                .during(RECONNECT_WINDOW)
                .atMost(RECONNECT_WINDOW.multipliedBy(2))
                .until(() -> server.connections.get() == 1);
        assertEquals(ConnectionState.CLOSED, client.state());
    }

    @Test
    void failsCallsMadeAfterClosing() {
        client.close();

        assertEquals(
                KanavaClientException.DISCONNECTED,
                failure(client.send("list", null, Todo[].class)).code());
    }

    @Test
    void letsTheClientsThreadsEnd() {
        client.close();

        await("client threads ended").atMost(Stages.REPLY_WAIT).until(() -> Thread.getAllStackTraces().keySet().stream()
                .noneMatch(thread -> thread.getName().startsWith("kanava-client-")));
    }
}
