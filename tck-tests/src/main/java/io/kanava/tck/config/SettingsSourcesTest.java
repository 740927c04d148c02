package io.kanava.tck.config;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.kanava.tck.deployment.KitArchive;
import io.kanava.tck.limits.BoundedChannels;
import io.kanava.tck.wire.ChannelAddress;
import io.kanava.tck.wire.WireClient;

import static io.kanava.tck.wire.FrameAssertions.assertReply;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Where settings come from: MicroProfile Config, where the server provides it, wins over a servlet context parameter,
 * and a channel's own value wins over both. Here {@code web.xml} bounds incoming messages at 1,024 bytes and the
 * application's {@code META-INF/microprofile-config.properties} at 4,096; the channel {@code roomy} sets 100 KiB
 * itself. WildFly (standalone-full) and Payara provide MicroProfile Config; Open Liberty's {@code webProfile-10.0}
 * does not (its {@code mpConfig} feature would), so there the parameter counts.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class SettingsSourcesTest {

    /** The kit's servers whose default configuration provides MicroProfile Config. */
    private static final Set<String> WITH_MICROPROFILE_CONFIG = Set.of("wildfly", "payara");

    @ArquillianResource
    URL application;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return KitArchive.withWebXml(
                        "kit-settings",
                        KitArchive.parameter("kanava.limits.max-message-size", 1024),
                        BoundedChannels.class,
                        MicroProfilePresence.class)
                .addAsResource(
                        new StringAsset("kanava.limits.max-message-size=4096\n"),
                        "META-INF/microprofile-config.properties");
    }

    /** A call of {@code echo} whose frame is exactly {@code bytes} long. */
    private static String echoFrame(int bytes) {
        String head = "{\"id\":1,\"action\":\"echo\",\"data\":\"";
        String tail = "\"}";
        return head + "x".repeat(bytes - head.length() - tail.length()) + tail;
    }

    private boolean microProfileConfig() throws Exception {
        HttpResponse<String> presence = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(application.toURI().resolve("config/microprofile"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        return presence.body().equals("present");
    }

    @Test
    public void microProfileConfigWinsOverTheParameterWhereTheServerProvidesIt() throws Exception {
        boolean present = microProfileConfig();
        String server = System.getProperty("arquillian.launch", "");
        if (WITH_MICROPROFILE_CONFIG.contains(server)) {
            assertEquals(true, present, server + " provides MicroProfile Config to applications");
        }
        try (WireClient client = WireClient.connect(ChannelAddress.of(application, "channels/bounded"))) {
            client.send(echoFrame(2_000));
            if (present) {
                assertReply(client.next(), "echo");
            } else {
                assertEquals(1009, client.awaitClose().code(), "without MicroProfile Config, web.xml's bound holds");
            }
        }
    }

    @Test
    public void aChannelsOwnBoundWinsOverBothSources() throws Exception {
        try (WireClient client = WireClient.connect(ChannelAddress.of(application, "channels/roomy"))) {
            JsonObject reply = client.call(echoFrame(10_000));
            assertReply(reply, "echo");
        }
    }
}
