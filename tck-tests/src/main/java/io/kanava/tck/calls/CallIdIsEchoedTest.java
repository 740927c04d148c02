package io.kanava.tck.calls;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

import io.kanava.tck.wire.WireClient;

import static io.kanava.tck.wire.FrameAssertions.assertError;
import static io.kanava.tck.wire.FrameAssertions.assertReply;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** A call's id comes back unchanged in its reply; an id that breaks the rules is a {@code bad_request}. */
public class CallIdIsEchoedTest extends EchoScenario {

    private JsonObject call(String frame) throws Exception {
        try (WireClient client = connect()) {
            return client.call(frame);
        }
    }

    @Test
    public void echoesAStringId() throws Exception {
        JsonObject reply = call("{\"id\":\"call-7\",\"action\":\"echo\",\"data\":{\"text\":\"hi\"}}");
        assertReply(reply, "echo");
        assertEquals("call-7", reply.getString("id"));
        assertEquals("hi", reply.getJsonObject("data").getString("text"));
    }

    @Test
    public void echoesAnIntegerIdAsANumber() throws Exception {
        JsonObject reply = call("{\"id\":42,\"action\":\"echo\",\"data\":{\"text\":\"hi\"}}");
        assertReply(reply, "echo");
        assertEquals(JsonValue.ValueType.NUMBER, reply.get("id").getValueType());
        assertEquals(42, ((JsonNumber) reply.get("id")).intValueExact());
    }

    @Test
    public void repliesWithoutIdToACallWithoutId() throws Exception {
        JsonObject reply = call("{\"action\":\"echo\",\"data\":{\"text\":\"hi\"}}");
        assertReply(reply, "echo");
        assertFalse(reply.containsKey("id"), reply::toString);
    }

    @Test
    public void rejectsAnIdThatIsNeitherAStringNorAnIntegerWithoutEchoingIt() throws Exception {
        JsonObject reply = call("{\"id\":1.5,\"action\":\"echo\",\"data\":{\"text\":\"hi\"}}");
        assertError(reply, "bad_request");
        assertFalse(reply.containsKey("id"), reply::toString);
    }

    @Test
    public void rejectsAStringIdLongerThanSixtyFourCharacters() throws Exception {
        JsonObject reply = call("{\"id\":\"" + "x".repeat(65) + "\",\"action\":\"echo\"}");
        assertError(reply, "bad_request");
        assertFalse(reply.containsKey("id"), reply::toString);
    }
}
