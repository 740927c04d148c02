package io.kanava.tck.discovery;

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

/** In a WAR with bean discovery mode {@code all}, producers on classes without annotations are found too. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class DiscoveryModeAllTest {

    @ArquillianResource
    URL application;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return KitArchive.withDiscoveryMode("kit-discovery-all", "all", PlainChannels.class);
    }

    @Test
    public void findsAProducerOnAClassWithoutBeanDefiningAnnotation() throws Exception {
        try (WireClient client = WireClient.connect(ChannelAddress.of(application, "channels/plain"))) {
            assertEquals("pong", client.call("{\"id\":1,\"action\":\"ping\"}").getString("data"));
        }
    }
}
