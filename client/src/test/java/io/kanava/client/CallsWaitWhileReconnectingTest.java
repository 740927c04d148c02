package io.kanava.client;

import java.time.Duration;
import java.util.concurrent.CompletionStage;

import jakarta.json.bind.JsonbException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A call made while the client reconnects waits for the next connection, after its {@code onOpen} hook, bounded by
 * the call's timeout; when the client stops for good, waiting calls fail with {@code disconnected}.
 */
class CallsWaitWhileReconnectingTest {

    private TodoChannelServer server;
    private KanavaClient client;

    @BeforeEach
    void connect() throws Exception {
        server = TodoChannelServer.start();
        client = KanavaClient.connectAndAwait(
                server.uri(),
                ClientOptions.builder()
                        .reconnect(Reconnect.exponential(Duration.ofMillis(10), Duration.ofMillis(50)))
                        .onOpen(opened -> opened.send("login", null, String.class))
                        .build());
    }

    @AfterEach
    void close() {
        client.close();
        server.close();
    }

    @Test
    void aCallMadeWhileReconnectingIsSentOnceTheConnectionIsBackAndLoggedIn() throws Exception {
        server.stop();
        await("reconnecting").atMost(Stages.REPLY_WAIT).until(() -> client.state() == ConnectionState.RECONNECTING);

        CompletionStage<Todo> created = client.send("create", new NewTodo("Walk"), Todo.class);
        assertFalse(created.toCompletableFuture().isDone(), "the call waits for the next connection");
        server.listen(server.port());

        assertEquals("Walk", Stages.result(created).text());
        assertEquals(2, server.logins.get(), "onOpen logged in again before the waiting call went out");
    }

    @Test
    void aWaitingCallFailsWithTimeoutWhenNoConnectionComesInTime() {
        server.stop();
        await("reconnecting").atMost(Stages.REPLY_WAIT).until(() -> client.state() == ConnectionState.RECONNECTING);

        CompletionStage<Todo> created = client.send("create", new NewTodo("Walk"), Todo.class, Duration.ofMillis(200));

        assertEquals(KanavaClientException.TIMEOUT, Stages.failure(created).code());
    }

    @Test
    void waitingCallsFailWithDisconnectedWhenTheClientIsClosed() {
        server.stop();
        await("reconnecting").atMost(Stages.REPLY_WAIT).until(() -> client.state() == ConnectionState.RECONNECTING);
        CompletionStage<Todo> created = client.send("create", new NewTodo("Walk"), Todo.class);

        client.close();

        assertEquals(KanavaClientException.DISCONNECTED, Stages.failure(created).code());
    }

    @Test
    void anInputJsonBCannotWriteFailsTheSendItselfWhileReconnecting() {
        server.stop();
        await("reconnecting").atMost(Stages.REPLY_WAIT).until(() -> client.state() == ConnectionState.RECONNECTING);

        assertThrows(JsonbException.class, () -> client.send("create", new Unwritable(), Todo.class));
    }

    /** A value JSON-B cannot write: its only property fails. */
    public static final class Unwritable {
        public String getText() {
            throw new IllegalStateException("cannot be read");
        }
    }
}
