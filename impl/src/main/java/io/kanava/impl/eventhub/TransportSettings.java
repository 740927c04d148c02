package io.kanava.impl.eventhub;

import java.time.Duration;
import java.util.function.UnaryOperator;

import io.kanava.impl.DeploymentMessages;
import io.kanava.impl.config.Counts;
import io.kanava.impl.config.Seconds;

/**
 * How the application's EventHub reaches other nodes, read from servlet context parameters (in {@code web.xml}):
 *
 * <ul>
 *   <li>{@code kanava.eventhub.transport}: {@code memory} (the default, one node) or {@code jms};
 *   <li>{@code kanava.jms.broker-url}: an ActiveMQ Artemis broker such as {@code tcp://broker:61616}; the application
 *       bundles {@code artemis-jakarta-client}. Without it, the container's factory is looked up:
 *   <li>{@code kanava.jms.connection-factory}: its JNDI name, default {@code java:comp/DefaultJMSConnectionFactory};
 *   <li>{@code kanava.jms.user}, {@code kanava.jms.password}: credentials for the broker URL;
 *   <li>{@code kanava.jms.topic}: the topic the nodes share, default {@code kanava.events};
 *   <li>{@code kanava.jms.producers}: how many of a node's publishers may wait for the broker at once, default 8;
 *   <li>{@code kanava.jms.producer-wait}: how long, in seconds, a publish waits for a free producer when all are
 *       busy before it is refused, default 10;
 *   <li>{@code kanava.jms.reconnect-max-interval}: the longest pause, in seconds, between two attempts to reach a
 *       broker that went away, default 2;
 *   <li>{@code kanava.jms.order}: {@code publisher} (the default: each publisher's events in order, on every node)
 *       or {@code topic} (one order of each topic's events on every node, through a sequencing queue).
 * </ul>
 *
 * @param transport {@code memory} or {@code jms}
 * @param brokerUrl the Artemis broker URL, or {@code null}
 * @param connectionFactory the JNDI name of the container's connection factory
 * @param user the broker user, or {@code null}
 * @param password the broker password, or {@code null}
 * @param topic the topic name
 * @param producers how many publishers of a node may wait for the broker at once
 * @param producerWait how long a publish waits for a free producer
 * @param reconnectMaxInterval the longest pause between two attempts to reconnect
 * @param order {@code publisher} or {@code topic}
 */
public record TransportSettings(
        String transport,
        String brokerUrl,
        String connectionFactory,
        String user,
        String password,
        String topic,
        int producers,
        Duration producerWait,
        Duration reconnectMaxInterval,
        String order) {

    /** The setting bounding a node's concurrent publishers. */
    public static final String PRODUCERS_PARAMETER = "kanava.jms.producers";

    /** The setting bounding how long a publish waits for a free producer. */
    public static final String PRODUCER_WAIT_PARAMETER = "kanava.jms.producer-wait";

    /** Ten seconds. */
    public static final Duration DEFAULT_PRODUCER_WAIT = Duration.ofSeconds(10);

    /** The setting bounding the pause between reconnect attempts. */
    public static final String RECONNECT_PARAMETER = "kanava.jms.reconnect-max-interval";

    /** The setting choosing how events are ordered across nodes. */
    public static final String ORDER_PARAMETER = "kanava.jms.order";

    /** Each publisher's events in order on every node. */
    public static final String PUBLISHER_ORDER = "publisher";

    /** One order of each topic's events on every node. */
    public static final String TOPIC_ORDER = "topic";

    /** Eight producers. */
    public static final int DEFAULT_PRODUCERS = 8;

    /** Two seconds. */
    public static final Duration DEFAULT_RECONNECT_MAX_INTERVAL = Duration.ofSeconds(2);

    /** The default transport. */
    public static final String MEMORY = "memory";

    /** The JMS transport. */
    public static final String JMS = "jms";

    /**
     * Reads the settings.
     *
     * @param parameters the servlet context's init parameters, {@code null} when absent
     * @return the settings, with defaults filled in
     * @throws io.kanava.KanavaException KNV1035 or KNV1031 for a count or a time that cannot be read, KNV1036 for
     *     an unknown order
     */
    public static TransportSettings read(UnaryOperator<String> parameters) {
        return new TransportSettings(
                orDefault(parameters.apply("kanava.eventhub.transport"), MEMORY),
                blankToNull(parameters.apply("kanava.jms.broker-url")),
                orDefault(parameters.apply("kanava.jms.connection-factory"), "java:comp/DefaultJMSConnectionFactory"),
                blankToNull(parameters.apply("kanava.jms.user")),
                blankToNull(parameters.apply("kanava.jms.password")),
                orDefault(parameters.apply("kanava.jms.topic"), "kanava.events"),
                Counts.read(parameters, PRODUCERS_PARAMETER, DEFAULT_PRODUCERS),
                Seconds.read(parameters, PRODUCER_WAIT_PARAMETER, DEFAULT_PRODUCER_WAIT),
                Seconds.read(parameters, RECONNECT_PARAMETER, DEFAULT_RECONNECT_MAX_INTERVAL),
                order(orDefault(parameters.apply(ORDER_PARAMETER), PUBLISHER_ORDER)));
    }

    private static String order(String value) {
        if (value.equals(PUBLISHER_ORDER) || value.equals(TOPIC_ORDER)) {
            return value;
        }
        throw DeploymentMessages.unknownOrder(ORDER_PARAMETER, value);
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Names every setting but the password, which is never printed. */
    @Override
    public String toString() {
        return "TransportSettings[transport=" + transport + ", brokerUrl=" + brokerUrl + ", connectionFactory="
                + connectionFactory + ", user=" + user + ", password=" + (password == null ? "none" : "(set)")
                + ", topic=" + topic + ", producers=" + producers + ", producerWait=" + producerWait
                + ", reconnectMaxInterval=" + reconnectMaxInterval
                + ", order=" + order + "]";
    }
}
