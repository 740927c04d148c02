package io.kanava.client;

import java.util.concurrent.CompletionStage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.kanava.client.Stages.failure;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

class DroppedConnectionFailsPendingCallsTest {

    private TodoChannelServer server;
    private KanavaClient client;

    @BeforeEach
    void connect() throws Exception {
        server = TodoChannelServer.start();
        client = KanavaClient.connectAndAwait(
                server.uri(),
                ClientOptions.builder().reconnect(Reconnect.never()).build());
    }

    @AfterEach
    void close() {
        client.close();
        server.close();
    }

    @Test
    void pendingCallsFailWithDisconnectedWhenTheServerDrops() {
        CompletionStage<Todo> pending = client.send("slow", new Delay(10_000), Todo.class);

        client.send("drop", null);

        KanavaClientException failure = failure(pending);
        assertEquals(KanavaClientException.DISCONNECTED, failure.code());
        assertEquals("slow", failure.action().orElseThrow());
    }

    @Test
    void withoutReconnectTheClientClosesWhenTheSocketDrops() {
        client.send("drop", null);

        await("client closed").atMost(Stages.REPLY_WAIT).until(() -> client.state() == ConnectionState.CLOSED);
    }

    @Test
    void callsMadeWhileNotOpenFailWithDisconnected() {
        failure(client.send("drop", null));
        await("client closed").atMost(Stages.REPLY_WAIT).until(() -> client.state() == ConnectionState.CLOSED);

        KanavaClientException failure = failure(client.send("create", new NewTodo("Walk"), Todo.class));

        assertEquals(KanavaClientException.DISCONNECTED, failure.code());
        assertEquals(1, server.connections.get());
    }
}
