package io.kanava.tck.calls;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import io.kanava.tck.wire.WireClient;

import static io.kanava.tck.wire.FrameAssertions.assertReply;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** An action whose output is declared as {@code DataType.listOf(Note.class)} answers a JSON array of notes. */
public class GenericOutputIsAJsonArrayTest extends EchoScenario {

    @Test
    public void repliesWithEveryElementOfTheList() throws Exception {
        try (WireClient client = connect()) {
            JsonObject reply = client.call("{\"id\":\"t\",\"action\":\"twice\",\"data\":{\"text\":\"hi\"}}");
            assertReply(reply, "twice");
            JsonArray notes = reply.getJsonArray("data");
            assertEquals(2, notes.size(), reply::toString);
            for (JsonObject note : notes.getValuesAs(JsonObject.class)) {
                assertEquals("hi", note.getString("text"), reply::toString);
            }
        }
    }
}
