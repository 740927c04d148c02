package io.kanava.tck.calls;

import org.junit.jupiter.api.Test;

import io.kanava.tck.wire.WireClient;

import static io.kanava.tck.wire.FrameAssertions.assertReply;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The server accepts the {@code kanava.v1} subprotocol when a client offers it, and clients that offer none. */
public class SubprotocolIsNegotiatedTest extends EchoScenario {

    @Test
    public void acceptsKanavaV1WhenOffered() throws Exception {
        try (WireClient client = connect("other.v9", "kanava.v1")) {
            assertEquals("kanava.v1", client.subprotocol());
            assertReply(client.call("{\"id\":1,\"action\":\"echo\",\"data\":{\"text\":\"x\"}}"), "echo");
        }
    }

    @Test
    public void acceptsAClientThatOffersNoSubprotocol() throws Exception {
        try (WireClient client = connect()) {
            assertEquals("", client.subprotocol());
            assertReply(client.call("{\"id\":1,\"action\":\"echo\",\"data\":{\"text\":\"x\"}}"), "echo");
        }
    }
}
