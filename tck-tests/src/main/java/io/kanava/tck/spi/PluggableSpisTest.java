package io.kanava.tck.spi;

import java.net.URL;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.kanava.tck.deployment.KitArchive;
import io.kanava.tck.wire.ChannelAddress;
import io.kanava.tck.wire.WireClient;

import static io.kanava.tck.wire.FrameAssertions.assertReply;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * An application plugs its own event transport and payload codec in as CDI beans: Kanava carries every event with
 * the transport, and binds replies and events with the codec (an {@code @Alternative} with a {@code @Priority}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class PluggableSpisTest {

    @ArquillianResource
    URL application;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return KitArchive.create("kit-spi", PluggedChannels.class, CountingTransport.class, ShoutingCodec.class);
    }

    @Test
    public void carriesEventsWithTheApplicationsTransportAndBindsPayloadsWithItsCodec() throws Exception {
        try (WireClient speaker = WireClient.connect(ChannelAddress.of(application, "channels/plugged"));
                WireClient listener = WireClient.connect(ChannelAddress.of(application, "channels/plugged?listen"))) {
            JsonObject echoed = speaker.call("{\"id\":1,\"action\":\"echo\",\"data\":\"quiet\"}");
            assertReply(echoed, "echo");
            assertEquals("QUIET", echoed.getString("data"), "the reply went through the application's codec");

            long before = speaker.call("{\"id\":2,\"action\":\"carried\"}")
                    .getJsonNumber("data")
                    .longValue();
            assertReply(speaker.call("{\"id\":3,\"action\":\"shout\",\"data\":\"hello\"}"), "shout");
            JsonObject event = listener.next();
            assertEquals("plugged:said", event.getString("event"), event::toString);
            assertEquals("HELLO", event.getString("data"), "the event went through the application's codec");
            long after = speaker.call("{\"id\":4,\"action\":\"carried\"}")
                    .getJsonNumber("data")
                    .longValue();
            assertEquals(before + 1, after, "the application's transport carried the event");
        }
    }
}
