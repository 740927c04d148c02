package io.kanava.tck.jms;

import java.net.URL;
import java.time.Duration;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.kanava.tck.deployment.KitArchive;
import io.kanava.tck.events.FeedTrail;
import io.kanava.tck.events.Headline;
import io.kanava.tck.events.HeardEvents;
import io.kanava.tck.events.NewsChannels;
import io.kanava.tck.events.SubscriberGauge;
import io.kanava.tck.events.TopicRequest;
import io.kanava.tck.wire.ChannelAddress;
import io.kanava.tck.wire.WireClient;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The EventHub over a JMS topic of the container's default connection factory
 * ({@code java:comp/DefaultJMSConnectionFactory}): events travel through the broker and reach each subscriber
 * exactly once, the publishing node ignoring its own echo. Only servers that ship a JMS broker by default run this
 * scenario: WildFly with {@code standalone-full}. Payara's OpenMQ is off in the kit, and Open Liberty has no broker
 * without configuration; they use an Artemis client instead.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class ContainerJmsTransportTest {

    @ArquillianResource
    URL application;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return KitArchive.withWebXml(
                "kit-jms-container",
                "<context-param><param-name>kanava.eventhub.transport</param-name><param-value>jms</param-value>"
                        + "</context-param><context-param><param-name>kanava.jms.topic</param-name>"
                        + "<param-value>" + OtherNode.SHARED_TOPIC + "</param-value></context-param>",
                OtherNode.class,
                NewsChannels.class,
                FeedTrail.class,
                SubscriberGauge.class,
                HeardEvents.class,
                Headline.class,
                TopicRequest.class);
    }

    private WireClient connect() throws Exception {
        return WireClient.connect(ChannelAddress.of(application, "channels/news"));
    }

    @Test
    public void deliversEachEventOnceThroughTheContainersBroker() throws Exception {
        try (WireClient reader = connect();
                WireClient writer = connect()) {
            reader.call("{\"id\":1,\"action\":\"subscribe\",\"data\":{\"topic\":\"jms:news\"}}");
            OrderedEvents.publish(writer, "jms:news", 20);
            OrderedEvents.assertReceivedOnceInOrder(reader, 20);
        }
    }

    @Test
    public void deliversAnEventThatAnotherNodePutOnTheSharedTopic() throws Exception {
        try (WireClient reader = connect();
                WireClient otherNode = WireClient.connect(ChannelAddress.of(application, "channels/othernode"))) {
            reader.call("{\"id\":1,\"action\":\"subscribe\",\"data\":{\"topic\":\"jms:remote\"}}");
            otherNode.call(
                    "{\"id\":1,\"action\":\"publish\",\"data\":{\"topic\":\"jms:remote\",\"text\":\"hi from b\"}}");
            JsonObject event = reader.next();
            assertEquals("jms:remote", event.getString("event"));
            assertEquals("hi from b", event.getJsonObject("data").getString("text"));
        }
    }

    @Test
    public void letsAnInApplicationListenerHearEventsFromTheBroker() throws Exception {
        try (WireClient client = connect()) {
            client.call("{\"id\":1,\"action\":\"listen\",\"data\":{\"topic\":\"jms:heard\"}}");
            client.call("{\"id\":2,\"action\":\"publish\",\"data\":{\"topic\":\"jms:heard\",\"text\":\"via broker\"}}");
            // the publishing node too hears the event when it comes back from the broker, a moment after the publish
            await("the listener heard the event")
                    .atMost(WireClient.TIMEOUT)
                    .pollInterval(Duration.ofMillis(50))
                    .untilAsserted(() -> assertEquals(
                            "[\"jms:heard:via broker\"]",
                            client.call("{\"id\":3,\"action\":\"heard\"}")
                                    .getJsonArray("data")
                                    .toString()));
        }
    }
}
