package io.kanava.tck.events;

import java.net.URL;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

import io.kanava.tck.deployment.KitArchive;
import io.kanava.tck.wire.ChannelAddress;
import io.kanava.tck.wire.WireClient;

/** What the event scenarios share: one WAR with the news channels, and calls on them. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class EventsScenario {

    @ArquillianResource
    URL application;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return KitArchive.create("kit-events", NewsArchive.classes());
    }

    WireClient connect(String channel) throws Exception {
        return WireClient.connect(ChannelAddress.of(application, "channels/" + channel));
    }

    static JsonObject call(WireClient client, String action, String topic, String text, int count, int size)
            throws Exception {
        return client.call("{\"id\":\"" + action + "\",\"action\":\"" + action + "\",\"data\":{\"topic\":\"" + topic
                + "\",\"text\":\"" + text + "\",\"count\":" + count + ",\"size\":" + size + ",\"timeoutMillis\":"
                + WireClient.TIMEOUT.toMillis() / 2 + "}}");
    }

    static void subscribe(WireClient client, String topic) throws Exception {
        call(client, "subscribe", topic, "", 0, 0);
    }

    static long publish(WireClient client, String topic, String text) throws Exception {
        return call(client, "publish", topic, text, 0, 0).getJsonNumber("data").longValue();
    }

    static int awaitSubscribers(WireClient client, String topic, int count) throws Exception {
        return call(client, "awaitSubscribers", topic, "", count, 0).getInt("data");
    }
}
