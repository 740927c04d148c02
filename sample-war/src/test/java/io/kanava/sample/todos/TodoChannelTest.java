package io.kanava.sample.todos;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.kanava.DataType;
import io.kanava.sample.security.Login;
import io.kanava.sample.security.SessionTokens;
import io.kanava.sample.security.SignedInSessions;
import io.kanava.testing.ChannelHarness;
import io.kanava.testing.ChannelUnderTest;
import io.kanava.testing.ReceivedEvent;
import io.kanava.testing.TestConnection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The {@code todos} channel, run by the test harness without a server. */
class TodoChannelTest {

    private final ChannelHarness harness = new ChannelHarness();
    private final SessionTokens tokens = new SessionTokens();
    private final ChannelUnderTest todos = harness.channel(channel().todos(), new AddSentAt());

    private TodoChannel channel() {
        TodoChannel channel = new TodoChannel();
        channel.store = new TodoStore();
        channel.hub = harness.hub();
        channel.sessions = SignedInSessions.over(tokens);
        return channel;
    }

    @AfterEach
    void close() {
        harness.close();
    }

    @Test
    void createsATodoForASignedInUserAndTellsEveryConnection() {
        TestConnection alice = todos.connectAs("alice", "user");
        TestConnection reader = todos.connect();

        Todo milk = alice.call("create", new NewTodo("milk")).reply(Todo.class);

        assertEquals("milk", milk.text());
        ReceivedEvent event = reader.nextEvent().assertName("todos:updated");
        assertEquals(milk, event.data(TodoEvent.class).todo());
        assertTrue(event.json().asJsonObject().containsKey("sentAt"), event::frame);
    }

    @Test
    void listsForAnyoneButCreatesOnlyForAnIdentity() {
        TestConnection reader = todos.connect();

        reader.call("create", new NewTodo("milk")).assertError("unauthenticated");
        assertEquals(List.of(), reader.call("list").reply(DataType.listOf(Todo.class)));
    }

    @Test
    void refusesAnEmptyTextWithTheViolationsPath() {
        TestConnection alice = todos.connectAs("alice", "user");

        assertEquals(
                List.of("text"),
                alice.call("create", new NewTodo(" "))
                        .assertError("invalid_data")
                        .violationPaths());
    }

    @Test
    void deletesOnlyForAnAdminAndAnswersAnUnknownIdWithTheDeclaredCode() {
        TestConnection alice = todos.connectAs("alice", "user");
        TestConnection bob = todos.connect();
        bob.call("login", new Login(tokens.issue("bob", Set.of("user", "admin"))))
                .assertReply();
        Todo milk = alice.call("create", new NewTodo("milk")).reply(Todo.class);

        alice.call("delete", new TodoId(milk.id())).assertError("forbidden");
        bob.call("delete", new TodoId(milk.id())).assertReply();
        bob.call("delete", new TodoId(milk.id())).assertError("todo_not_found");
        assertEquals(List.of(), bob.call("list").reply(DataType.listOf(Todo.class)));
    }

    @Test
    void keepsBackOfficeChangesFromClients() {
        TestConnection reader = todos.connect();

        harness.hub().publish(TodoEvent.TOPIC, new TodoEvent("created", new Todo(9, "audit", false), true));

        reader.assertNoEvent();
    }
}
