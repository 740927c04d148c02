package io.kanava.tck.calls;

import java.net.URL;
import java.util.HashSet;
import java.util.Set;

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

/** Calls sent without waiting for their replies each get exactly one reply, matched by id. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class PipelinedCallsAreAllAnsweredTest {

    private static final int CALLS = 200;

    @ArquillianResource
    URL application;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return CallsArchive.create();
    }

    @Test
    public void answersTwoHundredPipelinedCallsEachMatchedByItsId() throws Exception {
        try (WireClient client = WireClient.connect(ChannelAddress.of(application, "channels/echo"))) {
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
