package io.kanava.client;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.kanava.client.Stages.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ErrorFrameFailsTheCallTest {

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
    void carriesTheServersCodeMessageErrorIdAndViolations() {
        KanavaClientException failure =
                assertThrows(KanavaClientException.class, () -> client.sendAndAwait("fail", new TodoId(3)));

        assertEquals("todo_not_found", failure.code());
        assertEquals("No todo 3", failure.getMessage());
        assertEquals(Optional.of("E-42"), failure.errorId());
        assertEquals(Optional.of("fail"), failure.action());
        assertEquals(List.of(new Violation("id", "must exist")), failure.violations());
    }

    @Test
    void failsTheStageWithTheExceptionItselfNotAWrapper() throws Exception {
        CompletableFuture<Throwable> seen = new CompletableFuture<>();

        client.send("fail", new TodoId(3), Todo.class).whenComplete((todo, failure) -> seen.complete(failure));

        KanavaClientException failure = assertInstanceOf(KanavaClientException.class, Stages.result(seen));
        assertEquals("todo_not_found", failure.code());
    }

    @Test
    void reportsAnUnknownActionWithTheServersCode() {
        KanavaClientException failure = failure(client.send("archive", null));

        assertEquals("unknown_action", failure.code());
        assertEquals(Optional.empty(), failure.errorId());
        assertEquals(List.of(), failure.violations());
    }

    @Test
    void keepsTheConnectionUsableAfterAnError() {
        failure(client.send("fail", new TodoId(3)));

        assertEquals(new Todo(12, "Walk", false), client.sendAndAwait("create", new NewTodo("Walk"), Todo.class));
        assertEquals(ConnectionState.OPEN, client.state());
    }
}
