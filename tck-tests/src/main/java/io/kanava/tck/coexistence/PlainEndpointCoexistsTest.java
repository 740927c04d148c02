package io.kanava.tck.coexistence;

import java.net.URL;

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

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Kanava's channels and the application's own {@code @ServerEndpoint} live side by side in one WAR. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class PlainEndpointCoexistsTest {

    @ArquillianResource
    URL application;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return KitArchive.create(
                "kit-coexistence", PlainEchoEndpoint.class, EchoReplyComposer.class, GreetingChannels.class);
    }

    @Test
    public void servesThePlainEndpointUntouched() throws Exception {
        try (WireClient client = WireClient.connect(ChannelAddress.of(application, "echo"))) {
            client.send("hello");
            assertEquals("echo:hello", client.nextText());
        }
    }

    @Test
    public void servesTheChannelNextToIt() throws Exception {
        try (WireClient client = WireClient.connect(ChannelAddress.of(application, "channels/greeting"))) {
            assertEquals(
                    "echo:hi",
                    client.call("{\"id\":1,\"action\":\"echo\",\"data\":\"hi\"}")
                            .getString("data"));
        }
    }
}
