package io.kanava.tck.calls;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import io.kanava.tck.wire.WireClient;

import static io.kanava.tck.wire.FrameAssertions.assertError;
import static io.kanava.tck.wire.FrameAssertions.assertReply;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Data that does not bind to the action's input type gets {@code invalid_data}; the handler never runs. */
public class InvalidDataIsRejectedTest extends EchoScenario {

    @Test
    public void namesTheFieldThatDoesNotBindAndNeverRunsTheHandler() throws Exception {
        try (WireClient client = connect()) {
            long before = runs(client, "deposit");
            JsonObject reply = client.call("{\"id\":\"d1\",\"action\":\"deposit\",\"data\":{\"cents\":\"lots\"}}");
            JsonObject error = assertError(reply, "invalid_data");
            assertEquals("d1", reply.getString("id"));
            assertTrue(error.getString("message").contains("cents"), error::toString);
            assertEquals(before, runs(client, "deposit"));
        }
    }

    @Test
    public void rejectsDataOfTheWrongShapeAndKeepsAnswering() throws Exception {
        try (WireClient client = connect()) {
            assertError(client.call("{\"id\":\"d2\",\"action\":\"deposit\",\"data\":[1,2,3]}"), "invalid_data");
            JsonObject reply = client.call("{\"id\":\"d3\",\"action\":\"deposit\",\"data\":{\"cents\":250}}");
            assertReply(reply, "deposit");
            assertEquals(250, reply.getJsonNumber("data").longValue());
        }
    }
}
