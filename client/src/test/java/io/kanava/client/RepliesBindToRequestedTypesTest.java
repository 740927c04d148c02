package io.kanava.client;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.kanava.client.Stages.result;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RepliesBindToRequestedTypesTest {

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
    void bindsReplyDataToTheRequestedClass() {
        Todo created = client.sendAndAwait("create", new NewTodo("Buy milk"), Todo.class);

        assertEquals(new Todo(12, "Buy milk", false), created);
    }

    @Test
    void bindsGenericReplyDataThroughATypeRef() throws Exception {
        List<Todo> all = result(client.send("list", null, new TypeRef<List<Todo>>() {}));

        assertEquals(List.of(new Todo(1, "Buy milk", true), new Todo(2, "Walk", false)), all);
    }

    @Test
    void completesAVoidActionWithNull() throws Exception {
        assertNull(result(client.send("delete", new TodoId(3))));
    }

    @Test
    void sendsAStringIdAndOmitsDataForANullInput() {
        JsonObject frame = sentFrame(null);

        assertEquals(JsonValue.ValueType.STRING, frame.get("id").getValueType());
        assertEquals("frame", frame.getString("action"));
        assertFalse(frame.containsKey("data"));
    }

    @Test
    void sendsTheInputAsData() {
        JsonObject frame = sentFrame(new NewTodo("Walk"));

        assertEquals("Walk", frame.getJsonObject("data").getString("text"));
    }

    @Test
    void numbersCallsWithIncreasingIds() {
        long first = Long.parseLong(sentFrame(null).getString("id"));
        long second = Long.parseLong(sentFrame(null).getString("id"));

        assertTrue(second > first, "ids " + first + " then " + second);
    }

    @Test
    void offersTheKanavaSubprotocol() {
        assertEquals("kanava.v1", server.subprotocols.get(server.subprotocols.size() - 1));
    }

    @Test
    void failsWithInvalidReplyWhenTheDataDoesNotBind() {
        KanavaClientException failure =
                assertThrows(KanavaClientException.class, () -> client.sendAndAwait("malformed", null, Todo.class));

        assertEquals(KanavaClientException.INVALID_REPLY, failure.code());
        assertEquals(Optional.of("malformed"), failure.action());
    }

    private JsonObject sentFrame(Object input) {
        String text = client.sendAndAwait("frame", input, String.class);
        return JsonProvider.provider().createReader(new StringReader(text)).readObject();
    }
}
