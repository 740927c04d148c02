package io.kanava.tck.jms;

import org.jboss.shrinkwrap.api.spec.WebArchive;

import io.kanava.tck.deployment.KitArchive;
import io.kanava.tck.events.FeedTrail;
import io.kanava.tck.events.Headline;
import io.kanava.tck.events.HeardEvents;
import io.kanava.tck.events.NewsChannels;
import io.kanava.tck.events.SubscriberGauge;
import io.kanava.tck.events.TopicRequest;

/**
 * The WAR of one node that shares the standalone ActiveMQ Artemis broker the runner starts on 127.0.0.1:61616: the
 * news channels, with the EventHub on a JMS topic of that broker through the Artemis client URL. The runner bundles
 * the Artemis client in every WAR that names a broker URL.
 */
public final class BrokerNodes {

    /** The URL of the runner's standalone broker. */
    public static final String BROKER_URL = "tcp://127.0.0.1:61616";

    private static final Class<?>[] NEWS = {
        NewsChannels.class,
        FeedTrail.class,
        SubscriberGauge.class,
        HeardEvents.class,
        Headline.class,
        TopicRequest.class
    };

    /**
     * The nodes' call rate, far above the default of 100 a second: the latency scenario publishes a thousand events
     * one after another as fast as the server answers, through one connection.
     */
    private static final String UNTHROTTLED = KitArchive.parameter("kanava.limits.calls-per-second", "1000000");

    private BrokerNodes() {}

    /**
     * Creates a node's WAR.
     *
     * @param name the archive name without {@code .war}, its context root
     * @param topic the JMS topic the node shares with its peers
     * @param extra further classes of the scenario
     * @return the archive
     */
    public static WebArchive archive(String name, String topic, Class<?>... extra) {
        return archive(name, topic, "", extra);
    }

    /**
     * Creates a node's WAR with further settings.
     *
     * @param name the archive name without {@code .war}, its context root
     * @param topic the JMS topic the node shares with its peers
     * @param parameters further context parameters, made with {@link KitArchive#parameter}
     * @param extra further classes of the scenario
     * @return the archive
     */
    public static WebArchive archive(String name, String topic, String parameters, Class<?>... extra) {
        return KitArchive.withWebXml(
                        name,
                        KitArchive.parameter("kanava.eventhub.transport", "jms")
                                + KitArchive.parameter("kanava.jms.broker-url", BROKER_URL)
                                + KitArchive.parameter("kanava.jms.user", "kit")
                                + KitArchive.parameter("kanava.jms.password", "kit-secret")
                                + KitArchive.parameter("kanava.jms.topic", topic)
                                + UNTHROTTLED
                                + parameters,
                        NEWS)
                .addClasses(extra);
    }

    /**
     * Creates the same application with its EventHub in memory, on one node without a broker: a baseline.
     *
     * @param name the archive name without {@code .war}, its context root
     * @return the archive
     */
    public static WebArchive inMemory(String name) {
        return KitArchive.withWebXml(name, UNTHROTTLED, NEWS);
    }
}
