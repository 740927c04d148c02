package io.kanava.tck.calls;

import java.net.URL;

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

/** The server accepts the {@code kanava.v1} subprotocol when a client offers it, and clients that offer none. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class SubprotocolIsNegotiatedTest {

    @ArquillianResource
    URL application;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return CallsArchive.create();
    }

    @Test
    public void acceptsKanavaV1WhenOffered() throws Exception {
        try (WireClient client =
                WireClient.connect(ChannelAddress.of(application, "channels/echo"), "other.v9", "kanava.v1")) {
            assertEquals("kanava.v1", client.subprotocol());
            assertReply(client.call("{\"id\":1,\"action\":\"echo\",\"data\":{\"text\":\"x\"}}"), "echo");
        }
    }

    @Test
    public void acceptsAClientThatOffersNoSubprotocol() throws Exception {
        try (WireClient client = WireClient.connect(ChannelAddress.of(application, "channels/echo"))) {
            assertEquals("", client.subprotocol());
            assertReply(client.call("{\"id\":1,\"action\":\"echo\",\"data\":{\"text\":\"x\"}}"), "echo");
        }
    }
}
