package io.kanava.client;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

class StrayFramesAreIgnoredTest {

    private TodoChannelServer server;
    private KanavaClient client;

    @BeforeEach
    void connect() throws Exception {
        server = TodoChannelServer.start();
        client = KanavaClient.connectAndAwait(server.uri(), ClientOptions.defaults());
    }

    @AfterEach
    void close() {
        client.close();
        server.close();
    }

    @Test
    void framesThatAnswerNoCallAndAreNoEventChangeNothing() {
        List<TodoEvent> events = new CopyOnWriteArrayList<>();
        client.subscribe("todos:updated", TodoEvent.class, events::add);

        String reply = client.sendAndAwait("noise", null, String.class);
        client.sendAndAwait("publish", new Publish("todos:updated", 1));

        assertEquals("quiet now", reply);
        await("the one real event").atMost(Stages.REPLY_WAIT).until(() -> !events.isEmpty());
        assertEquals(List.of(new TodoEvent("created", new Todo(0, "todo 0", false))), events);
        assertEquals(ConnectionState.OPEN, client.state());
    }
}
