package io.kanava.tck.calls;

import java.util.HashSet;
import java.util.Set;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import io.kanava.tck.wire.WireClient;

import static io.kanava.tck.wire.FrameAssertions.assertReply;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Calls sent without waiting for their replies each get exactly one reply, matched by id. */
public class PipelinedCallsAreAllAnsweredTest extends EchoScenario {

    private static final int CALLS = 200;

    @Test
    public void answersTwoHundredPipelinedCallsEachMatchedByItsId() throws Exception {
        try (WireClient client = connect()) {
            for (int i = 0; i < CALLS; i++) {
                client.send("{\"id\":\"p" + i + "\",\"action\":\"echo\",\"data\":{\"text\":\"n" + i + "\"}}");
            }
            Set<String> answered = new HashSet<>();
            for (int i = 0; i < CALLS; i++) {
                JsonObject reply = client.next();
                assertReply(reply, "echo");
                String id = reply.getString("id");
                assertEquals("n" + id.substring(1), reply.getJsonObject("data").getString("text"));
                answered.add(id);
            }
            assertEquals(CALLS, answered.size());
        }
    }
}
