package io.kanava.tck.lifecycle;

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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * {@code onConnect} runs once when a connection opens; {@code onDisconnect} runs exactly once when it ends, also
 * when the client vanishes without a close frame.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class ConnectionLifecycleTest {

    @ArquillianResource
    URL application;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return KitArchive.create(
                "kit-lifecycle",
                LifecycleChannels.class,
                ConnectionLedger.class,
                LedgerQuery.class,
                LedgerEntry.class,
                Identity.class);
    }

    private WireClient connect() throws Exception {
        return WireClient.connect(ChannelAddress.of(application, "channels/lifecycle"));
    }

    private static String idOf(WireClient client) throws Exception {
        return client.call("{\"id\":1,\"action\":\"whoami\"}")
                .getJsonObject("data")
                .getString("id");
    }

    private JsonObject ledgerOf(String connection, int disconnects) throws Exception {
        try (WireClient ledger = WireClient.connect(ChannelAddress.of(application, "channels/ledger"))) {
            return ledger.call("{\"id\":1,\"action\":\"await\",\"data\":{\"connection\":\"" + connection
                            + "\",\"disconnects\":" + disconnects + ",\"timeoutMillis\":"
                            + WireClient.TIMEOUT.toMillis() / 2 + "}}")
                    .getJsonObject("data");
        }
    }

    @Test
    public void runsOnConnectOnceBeforeTheFirstCall() throws Exception {
        try (WireClient client = connect()) {
            JsonObject entry = ledgerOf(idOf(client), 0);
            assertEquals(1, entry.getInt("connects"));
            assertEquals(0, entry.getInt("disconnects"));
        }
    }

    @Test
    public void runsOnDisconnectOnceWhenTheClientCloses() throws Exception {
        String id;
        try (WireClient client = connect()) {
            id = idOf(client);
        }
        JsonObject entry = ledgerOf(id, 1);
        assertEquals(1, entry.getInt("connects"));
        assertEquals(1, entry.getInt("disconnects"));
    }

    @Test
    public void runsOnDisconnectOnceWhenTheClientVanishesWithoutACloseFrame() throws Exception {
        WireClient client = connect();
        String id = idOf(client);
        client.abort();
        JsonObject entry = ledgerOf(id, 1);
        assertEquals(1, entry.getInt("connects"));
        assertEquals(1, entry.getInt("disconnects"));
    }

    @Test
    public void givesEachConnectionItsOwnIdAndItsChannelName() throws Exception {
        try (WireClient first = connect();
                WireClient second = connect()) {
            JsonObject one = first.call("{\"action\":\"whoami\"}").getJsonObject("data");
            JsonObject two = second.call("{\"action\":\"whoami\"}").getJsonObject("data");
            assertNotEquals(one.getString("id"), two.getString("id"));
            assertEquals("lifecycle", one.getString("channel"));
            assertEquals("lifecycle", two.getString("channel"));
        }
    }
}
