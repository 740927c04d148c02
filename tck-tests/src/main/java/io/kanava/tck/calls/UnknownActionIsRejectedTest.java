package io.kanava.tck.calls;

import java.net.URL;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.kanava.tck.wire.ChannelAddress;
import io.kanava.tck.wire.WireClient;

import static io.kanava.tck.wire.FrameAssertions.assertError;
import static io.kanava.tck.wire.FrameAssertions.assertReply;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A call to an action the channel does not have gets {@code unknown_action} with its id. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class UnknownActionIsRejectedTest {

    @ArquillianResource
    URL application;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return CallsArchive.create();
    }

    private WireClient connect() throws Exception {
        return WireClient.connect(ChannelAddress.of(application, "channels/echo"));
    }

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
