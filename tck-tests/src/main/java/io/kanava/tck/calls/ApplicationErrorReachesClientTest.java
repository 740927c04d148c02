package io.kanava.tck.calls;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import io.kanava.tck.wire.WireClient;

import static io.kanava.tck.wire.FrameAssertions.assertError;
import static io.kanava.tck.wire.FrameAssertions.assertReply;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** A handler's {@code ActionException} reaches the client as its code and message. */
public class ApplicationErrorReachesClientTest extends EchoScenario {

    @Test
    public void answersWithTheApplicationsCodeAndMessageAndKeepsAnswering() throws Exception {
        try (WireClient client = connect()) {
            JsonObject reply = client.call("{\"id\":\"a1\",\"action\":\"refuse\"}");
            JsonObject error = assertError(reply, "quota_exceeded");
            assertEquals("a1", reply.getString("id"));
            assertEquals("refuse", reply.getString("action"));
            assertEquals("Quota of 3 notes exceeded", error.getString("message"));
            assertFalse(error.containsKey("errorId"), error::toString);
            assertReply(client.call("{\"id\":\"a2\",\"action\":\"echo\",\"data\":{\"text\":\"x\"}}"), "echo");
        }
    }
}
