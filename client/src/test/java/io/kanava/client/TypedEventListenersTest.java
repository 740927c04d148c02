package io.kanava.client;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TypedEventListenersTest {

    private static final Publish TWO_UPDATES = new Publish("todos:updated", 2);

    private static TodoChannelServer server;
    private KanavaClient client;

    @BeforeAll
    static void startServer() throws Exception {
        server = TodoChannelServer.start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @BeforeEach
    void connect() {
        client = KanavaClient.connectAndAwait(server.uri(), ClientOptions.defaults());
    }

    @AfterEach
    void closeClient() {
        client.close();
    }

    @Test
    void getsEachEventsDataBoundToItsTypeInOrder() {
        List<TodoEvent> events = new CopyOnWriteArrayList<>();
        client.subscribe("todos:updated", TodoEvent.class, events::add);

        client.sendAndAwait("publish", TWO_UPDATES);

        await("two events").atMost(Stages.REPLY_WAIT).until(() -> events.size() == 2);
        assertEquals(
                List.of(
                        new TodoEvent("created", new Todo(0, "todo 0", false)),
                        new TodoEvent("created", new Todo(1, "todo 1", false))),
                events);
    }

    @Test
    void bindsGenericDataThroughATypeRef() {
        List<Map<String, Object>> events = new CopyOnWriteArrayList<>();
        client.subscribe("todos:updated", new TypeRef<Map<String, Object>>() {}, events::add);

        client.sendAndAwait("publish", TWO_UPDATES);

        await("two events").atMost(Stages.REPLY_WAIT).until(() -> events.size() == 2);
        assertEquals("created", events.get(0).get("kind"));
    }

    @Test
    void aClosedSubscriptionGetsNothingMore() {
        List<TodoEvent> closedOne = new CopyOnWriteArrayList<>();
        List<TodoEvent> openOne = new CopyOnWriteArrayList<>();
        Subscription subscription = client.subscribe("todos:updated", TodoEvent.class, closedOne::add);
        client.subscribe("todos:updated", TodoEvent.class, openOne::add);
        client.sendAndAwait("publish", TWO_UPDATES);
        await("first events").atMost(Stages.REPLY_WAIT).until(() -> openOne.size() == 2);

        subscription.close();
        client.sendAndAwait("publish", TWO_UPDATES);

        await("later events").atMost(Stages.REPLY_WAIT).until(() -> openOne.size() == 4);
        assertEquals(2, closedOne.size());
    }

    @Test
    void getsOnlyTheEventItListensTo() {
        List<TodoEvent> chat = new CopyOnWriteArrayList<>();
        List<TodoEvent> updates = new CopyOnWriteArrayList<>();
        client.subscribe("chat:message", TodoEvent.class, chat::add);
        client.subscribe("todos:updated", TodoEvent.class, updates::add);

        client.sendAndAwait("publish", TWO_UPDATES);
        client.sendAndAwait("publish", new Publish("chat:message", 1));

        await("chat event").atMost(Stages.REPLY_WAIT).until(() -> chat.size() == 1);
        assertEquals(2, updates.size());
    }

    @Test
    void aFailingListenerDoesNotKeepEventsFromOthers() {
        List<TodoEvent> events = new CopyOnWriteArrayList<>();
        client.subscribe("todos:updated", TodoEvent.class, event -> {
            throw new IllegalStateException("a listener bug");
        });
        client.subscribe("todos:updated", TodoEvent.class, events::add);

        client.sendAndAwait("publish", TWO_UPDATES);

        await("two events").atMost(Stages.REPLY_WAIT).until(() -> events.size() == 2);
    }

    @Test
    void runsListenersOnTheClientsCallbackThread() {
        List<String> threads = new CopyOnWriteArrayList<>();
        client.subscribe(
                "todos:updated",
                TodoEvent.class,
                event -> threads.add(Thread.currentThread().getName()));

        client.sendAndAwait("publish", TWO_UPDATES);

        await("two events").atMost(Stages.REPLY_WAIT).until(() -> threads.size() == 2);
        assertTrue(threads.stream().allMatch(name -> name.matches("kanava-client-\\d+-callbacks")), threads::toString);
    }

    @Test
    void aListenerMayWaitForAReply() {
        List<Todo> created = new CopyOnWriteArrayList<>();
        client.subscribe(
                "todos:updated",
                TodoEvent.class,
                event -> created.add(
                        client.sendAndAwait("create", new NewTodo(event.todo().text()), Todo.class)));

        client.sendAndAwait("publish", TWO_UPDATES);

        await("replies inside listeners").atMost(Stages.REPLY_WAIT).until(() -> created.size() == 2);
        assertEquals(new Todo(12, "todo 1", false), created.get(1));
    }
}
