package io.kanava.client;

import java.time.Duration;
import java.util.concurrent.CompletionStage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.kanava.client.Stages.failure;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class CallTimesOutTest {

    /** Far longer than any timeout below, so a reply in time would be a bug. */
    private static final Delay SLOWER_THAN_TIMEOUT = new Delay(600);

    private TodoChannelServer server;
    private KanavaClient client;

    @BeforeEach
    void connect() throws Exception {
        server = TodoChannelServer.start();
        client = KanavaClient.connectAndAwait(
                server.uri(),
                ClientOptions.builder().callTimeout(Duration.ofMillis(150)).build());
    }

    @AfterEach
    void close() {
        client.close();
        server.close();
    }

    @Test
    void failsWithTimeoutWhenNoReplyComesInTime() {
        KanavaClientException failure =
                failure(client.send("slow", SLOWER_THAN_TIMEOUT, Todo.class, Duration.ofMillis(100)));

        assertEquals(KanavaClientException.TIMEOUT, failure.code());
    }

    @Test
    void ignoresAReplyThatArrivesAfterTheTimeout() {
        CompletionStage<Todo> late = client.send("slow", SLOWER_THAN_TIMEOUT, Todo.class, Duration.ofMillis(100));
        failure(late);

        await("the late reply was sent").atMost(Stages.REPLY_WAIT).until(() -> server.lateReplies.get() == 1);

        assertEquals(new Todo(12, "Next", false), client.sendAndAwait("create", new NewTodo("Next"), Todo.class));
        assertEquals(KanavaClientException.TIMEOUT, failure(late).code());
        assertEquals(ConnectionState.OPEN, client.state());
    }

    @Test
    void sendAndAwaitWaitsAtMostTheCallTimeout() {
        KanavaClientException failure = assertTimeoutPreemptively(
                Duration.ofMillis(500),
                () -> assertThrows(
                        KanavaClientException.class, () -> client.sendAndAwait("slow", new Delay(3_000), Todo.class)));

        assertEquals(KanavaClientException.TIMEOUT, failure.code());
    }
}
