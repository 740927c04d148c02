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
 * Cross-site WebSocket hijacking is refused: a handshake whose {@code Origin} is neither the request's own origin
 * nor on the application's allow-list is refused before the upgrade, and never reaches {@code onConnect}. Clients
 * that send no {@code Origin} are accepted. WildFly answers the refusal with 404, Payara and Open Liberty with 403.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class CrossOriginHandshakeTest {

    private static final String ALLOWED = "https://allowed.example";

    @ArquillianResource
    URL application;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return KitArchive.withWebXml(
                "kit-origin",
                "<context-param><param-name>kanava.allowed-origins</param-name><param-value>" + ALLOWED
                        + ", https://second.example</param-value></context-param>",
                GateChannels.class);
    }

    private URI gate() {
        return ChannelAddress.of(application, "channels/gate");
    }

    private long connects() throws Exception {
        try (WireClient client = WireClient.connect(gate())) {
            return client.call("{\"id\":1,\"action\":\"connects\"}")
                    .getJsonNumber("data")
                    .longValue();
        }
    }

    private void assertOpens(Map<String, String> headers) throws Exception {
        try (WireClient client = WireClient.connect(gate(), headers)) {
            assertEquals(1, client.call("{\"id\":1,\"action\":\"connects\"}").getInt("id"));
        }
    }

    @Test
    public void refusesAForeignOriginBeforeTheUpgradeWithoutRunningOnConnect() throws Exception {
        long before = connects();
        Throwable refusal = WireClient.refusedHandshake(gate(), Map.of("Origin", "https://evil.example"));
        assertTrue(refusal instanceof WebSocketHandshakeException, refusal::toString);
        int status = ((WebSocketHandshakeException) refusal).getResponse().statusCode();
        assertTrue(status == 403 || status == 404, "refused with HTTP " + status);
        assertEquals(before + 1, connects(), "only the counting connection itself was opened");
    }

    @Test
    public void acceptsAnOriginOnTheAllowList() throws Exception {
        assertOpens(Map.of("Origin", ALLOWED));
        assertOpens(Map.of("Origin", "https://second.example:443"));
    }

    @Test
    public void acceptsTheApplicationsOwnOrigin() throws Exception {
        assertOpens(Map.of("Origin", application.getProtocol() + "://" + application.getAuthority()));
    }

    @Test
    public void acceptsAClientThatSendsNoOrigin() throws Exception {
        assertOpens(Map.of());
    }
}
