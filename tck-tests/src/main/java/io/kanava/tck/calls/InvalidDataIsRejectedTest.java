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
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Data that does not bind to the action's input type gets {@code invalid_data}; the handler never runs. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class InvalidDataIsRejectedTest {

    @ArquillianResource
    URL application;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return CallsArchive.create();
    }

    private WireClient connect() throws Exception {
        return WireClient.connect(ChannelAddress.of(application, "channels/echo"));
    }

    private static long runs(WireClient client, String action) throws Exception {
        return client.call("{\"id\":\"r\",\"action\":\"runs\",\"data\":\"" + action + "\"}")
                .getJsonNumber("data")
                .longValue();
    }

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
