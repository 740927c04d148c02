package io.kanava.client;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ReconnectRunsOnOpenAgainTest {

    private TodoChannelServer server;
    private KanavaClient client;
    private final List<ConnectionState> states = new CopyOnWriteArrayList<>();
    private final List<TodoEvent> events = new CopyOnWriteArrayList<>();

    @BeforeEach
    void connect() throws Exception {
        server = TodoChannelServer.start();
        client = KanavaClient.connectAndAwait(
                server.uri(),
                ClientOptions.builder()
                        .reconnect(Reconnect.exponential(Duration.ofMillis(10), Duration.ofMillis(100)))
                        .onOpen(opened -> opened.send("login", null, String.class))
                        .build());
        client.onStateChange(states::add);
        client.subscribe("todos:updated", TodoEvent.class, events::add);
    }

    @AfterEach
    void close() {
        client.close();
        server.close();
    }

    @Test
    void runsTheOnOpenHookOnTheNewConnection() {
        assertEquals("ada", client.sendAndAwait("whoami", null, String.class));

        dropAndAwaitSecondLogin();

        assertEquals(2, server.connections.get());
        assertEquals("ada", client.sendAndAwait("whoami", null, String.class));
    }

    @Test
    void listenersKeepReceivingEventsAfterReconnecting() {
        dropAndAwaitSecondLogin();

        client.sendAndAwait("publish", new Publish("todos:updated", 2));

        await("two events").atMost(Stages.REPLY_WAIT).until(() -> events.size() == 2);
        assertEquals(new TodoEvent("created", new Todo(1, "todo 1", false)), events.get(1));
    }

    @Test
    void passesThroughReconnectingBackToOpen() {
        dropAndAwaitSecondLogin();
        client.close();

        await("closed reported").atMost(Stages.REPLY_WAIT).until(() -> states.contains(ConnectionState.CLOSED));
        assertEquals(List.of(ConnectionState.RECONNECTING, ConnectionState.OPEN, ConnectionState.CLOSED), states);
    }

    private void dropAndAwaitSecondLogin() {
        client.send("drop", null);
        await("logged in again").atMost(Stages.REPLY_WAIT).until(() -> server.logins.get() == 2);
        await("open again").atMost(Stages.REPLY_WAIT).until(() -> client.state() == ConnectionState.OPEN);
    }
}
