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

import static io.kanava.tck.wire.FrameAssertions.assertReply;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** A void action still gets exactly one reply, and that reply has no {@code data} member. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class VoidActionRepliesWithoutDataTest {

    @ArquillianResource
    URL application;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return CallsArchive.create();
    }

    @Test
    public void repliesWithIdAndActionButNoData() throws Exception {
        try (WireClient client = WireClient.connect(ChannelAddress.of(application, "channels/echo"))) {
            long before = client.call("{\"id\":1,\"action\":\"runs\",\"data\":\"nothing\"}")
                    .getJsonNumber("data")
                    .longValue();
            JsonObject reply = client.call("{\"id\":\"v\",\"action\":\"nothing\"}");
            assertReply(reply, "nothing");
            assertEquals("v", reply.getString("id"));
            assertFalse(reply.containsKey("data"), reply::toString);
            long after = client.call("{\"id\":2,\"action\":\"runs\",\"data\":\"nothing\"}")
                    .getJsonNumber("data")
                    .longValue();
            assertEquals(before + 1, after);
        }
    }
}
