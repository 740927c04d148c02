package io.kanava.tck.calls;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import io.kanava.tck.wire.WireClient;

import static io.kanava.tck.wire.FrameAssertions.assertReply;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** A void action still gets exactly one reply, and that reply has no {@code data} member. */
public class VoidActionRepliesWithoutDataTest extends EchoScenario {

    @Test
    public void repliesWithIdAndActionButNoData() throws Exception {
        try (WireClient client = connect()) {
            long before = runs(client, "nothing");
            JsonObject reply = client.call("{\"id\":\"v\",\"action\":\"nothing\"}");
            assertReply(reply, "nothing");
            assertEquals("v", reply.getString("id"));
            assertFalse(reply.containsKey("data"), reply::toString);
            long after = runs(client, "nothing");
            assertEquals(before + 1, after);
        }
    }
}
