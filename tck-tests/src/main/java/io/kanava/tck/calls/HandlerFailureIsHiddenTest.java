package io.kanava.tck.calls;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import io.kanava.tck.wire.WireClient;

import static io.kanava.tck.wire.FrameAssertions.assertError;
import static io.kanava.tck.wire.FrameAssertions.assertReply;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A handler that fails unexpectedly answers {@code internal} with an {@code errorId}; neither its message nor a
 * stack trace reaches the client.
 */
public class HandlerFailureIsHiddenTest extends EchoScenario {

    @Test
    public void answersInternalWithAnErrorIdAndLeaksNothing() throws Exception {
        try (WireClient client = connect()) {
            client.send("{\"id\":\"c1\",\"action\":\"crash\"}");
            String text = client.nextText();
            assertFalse(text.contains(EchoChannels.SECRET), text);
            assertFalse(text.contains("IllegalStateException"), text);
            assertFalse(text.contains("at io.kanava"), text);
            assertFalse(text.contains("Exception"), text);
            client.send("{\"id\":\"c2\",\"action\":\"crash\"}");
            JsonObject second = client.next();
            JsonObject error = assertError(second, "internal");
            assertEquals("c2", second.getString("id"));
            assertTrue(error.getString("errorId").length() >= 8, error::toString);
            assertFalse(error.getString("message").contains(EchoChannels.SECRET));
            JsonObject first = jakarta.json.Json.createReader(new java.io.StringReader(text))
                    .readObject();
            assertNotEquals(
                    assertError(first, "internal").getString("errorId"),
                    error.getString("errorId"),
                    "each failure has its own errorId");
        }
    }

    @Test
    public void keepsTheConnectionOpenAfterAFailure() throws Exception {
        try (WireClient client = connect()) {
            assertError(client.call("{\"id\":\"c3\",\"action\":\"crash\"}"), "internal");
            JsonObject reply = client.call("{\"id\":\"c4\",\"action\":\"echo\",\"data\":{\"text\":\"alive\"}}");
            assertReply(reply, "echo");
            assertEquals("alive", reply.getJsonObject("data").getString("text"));
        }
    }
}
