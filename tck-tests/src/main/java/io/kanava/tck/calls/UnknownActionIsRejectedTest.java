package io.kanava.tck.calls;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import io.kanava.tck.wire.WireClient;

import static io.kanava.tck.wire.FrameAssertions.assertError;
import static io.kanava.tck.wire.FrameAssertions.assertReply;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A call to an action the channel does not have gets {@code unknown_action} with its id. */
public class UnknownActionIsRejectedTest extends EchoScenario {

    @Test
    public void answersUnknownActionWithTheCallsIdAndKeepsAnswering() throws Exception {
        try (WireClient client = connect()) {
            JsonObject reply = client.call("{\"id\":\"x\",\"action\":\"nope\"}");
            assertError(reply, "unknown_action");
            assertEquals("x", reply.getString("id"));
            assertEquals("nope", reply.getString("action"));
            JsonObject next = client.call("{\"id\":\"y\",\"action\":\"echo\",\"data\":{\"text\":\"still here\"}}");
            assertReply(next, "echo");
            assertEquals("y", next.getString("id"));
        }
    }
}
