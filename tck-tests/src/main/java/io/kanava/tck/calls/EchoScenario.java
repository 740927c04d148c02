package io.kanava.tck.calls;

import java.net.URL;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

import io.kanava.tck.deployment.KitArchive;
import io.kanava.tck.wire.ChannelAddress;
import io.kanava.tck.wire.WireClient;

/** What the scenarios on the {@code echo} channel share: its deployment and a way to connect to it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class EchoScenario {

    @ArquillianResource
    URL application;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return KitArchive.create("kit-calls", EchoChannels.class, CallLedger.class, Note.class, Amount.class);
    }

    WireClient connect(String... subprotocols) throws Exception {
        return WireClient.connect(ChannelAddress.of(application, "channels/echo"), subprotocols);
    }

    static long runs(WireClient client, String action) throws Exception {
        return client.call("{\"id\":\"runs\",\"action\":\"runs\",\"data\":\"" + action + "\"}")
                .getJsonNumber("data")
                .longValue();
    }
}
