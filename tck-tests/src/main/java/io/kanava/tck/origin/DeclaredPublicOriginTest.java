package io.kanava.tck.origin;

import java.net.URI;
import java.net.URL;
import java.net.http.WebSocketHandshakeException;
import java.util.Map;

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
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An application that declares the origin it is served at ({@code kanava.public-origins}) no longer lets the
 * request's {@code Host} header decide what its own origin is: a page whose origin merely matches the address the
 * request was sent to (as a DNS-rebinding page's does) is refused, and only the declared origin opens channels.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class DeclaredPublicOriginTest {

    private static final String PUBLIC = "https://app.example";

    @ArquillianResource
    URL application;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return KitArchive.withWebXml(
                "kit-public-origin",
                "<context-param><param-name>kanava.public-origins</param-name><param-value>" + PUBLIC
                        + "</param-value></context-param>",
                GateChannels.class);
    }

    private URI gate() {
        return ChannelAddress.of(application, "channels/gate");
    }

    @Test
    public void refusesAPageFromTheAddressTheRequestWasSentToOnceAPublicOriginIsDeclared() throws Exception {
        String requestsOwn = application.getProtocol() + "://" + application.getAuthority();
        Throwable refusal = WireClient.refusedHandshake(gate(), Map.of("Origin", requestsOwn));
        assertTrue(refusal instanceof WebSocketHandshakeException, refusal::toString);
        int status = ((WebSocketHandshakeException) refusal).getResponse().statusCode();
        assertTrue(status == 403 || status == 404, "refused with HTTP " + status);
    }

    @Test
    public void acceptsAPageFromTheDeclaredOrigin() throws Exception {
        try (WireClient client = WireClient.connect(gate(), Map.of("Origin", PUBLIC + ":443"))) {
            assertEquals(1, client.call("{\"id\":1,\"action\":\"connects\"}").getInt("id"));
        }
    }
}
