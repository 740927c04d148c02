package io.kanava.tck.calls;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import io.kanava.tck.wire.WireClient;

import static io.kanava.tck.wire.FrameAssertions.assertError;
import static io.kanava.tck.wire.FrameAssertions.assertReply;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** A frame that breaks the envelope gets {@code bad_request}, and the connection goes on answering. */
public class MalformedFrameIsRejectedTest extends EchoScenario {

    private static void assertStillAnswers(WireClient client) throws Exception {
        JsonObject reply = client.call("{\"id\":\"after\",\"action\":\"echo\",\"data\":{\"text\":\"ok\"}}");
        assertReply(reply, "echo");
        assertEquals("after", reply.getString("id"));
    }

    @Test
    public void rejectsTextThatIsNotJsonAndKeepsTheConnection() throws Exception {
        try (WireClient client = connect()) {
            JsonObject reply = client.call("this is not json {");
            assertError(reply, "bad_request");
            assertFalse(reply.containsKey("id"), reply::toString);
            assertStillAnswers(client);
        }
    }

    @Test
    public void rejectsJsonThatIsNotAnObjectAndKeepsTheConnection() throws Exception {
        try (WireClient client = connect()) {
            assertError(client.call("[\"echo\"]"), "bad_request");
            assertStillAnswers(client);
        }
    }

    @Test
    public void rejectsACallWithoutActionEchoingItsIdAndKeepsTheConnection() throws Exception {
        try (WireClient client = connect()) {
            JsonObject reply = client.call("{\"id\":\"m1\",\"data\":{}}");
            assertError(reply, "bad_request");
            assertEquals("m1", reply.getString("id"));
            assertStillAnswers(client);
        }
    }

    @Test
    public void rejectsAnOverlongActionNameWithoutEchoingIt() throws Exception {
        try (WireClient client = connect()) {
            String name = "x".repeat(10_000);
            JsonObject reply = client.call("{\"id\":\"m2\",\"action\":\"" + name + "\"}");
            assertError(reply, "bad_request");
            assertEquals("m2", reply.getString("id"));
            assertFalse(reply.toString().contains(name), "the name is not echoed back");
            assertStillAnswers(client);
        }
    }

    @Test
    public void rejectsAnIdHoldingALoneSurrogateWhichCouldNotBeEchoedBack() throws Exception {
        try (WireClient client = connect()) {
            JsonObject reply = client.call("{\"id\":\"\\ud800\",\"action\":\"echo\",\"data\":{\"text\":\"x\"}}");
            assertError(reply, "bad_request");
            assertFalse(reply.containsKey("id"), reply::toString);
            assertStillAnswers(client);
        }
    }
}
