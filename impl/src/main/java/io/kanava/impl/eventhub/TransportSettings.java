package io.kanava.impl.eventhub;

import java.util.function.UnaryOperator;

/**
 * How the application's EventHub reaches other nodes, read from servlet context parameters (in {@code web.xml}):
 *
 * <ul>
 *   <li>{@code kanava.eventhub.transport}: {@code memory} (the default, one node) or {@code jms};
 *   <li>{@code kanava.jms.broker-url}: an ActiveMQ Artemis broker such as {@code tcp://broker:61616}; the application
 *       bundles {@code artemis-jakarta-client}. Without it, the container's factory is looked up:
 *   <li>{@code kanava.jms.connection-factory}: its JNDI name, default {@code java:comp/DefaultJMSConnectionFactory};
 *   <li>{@code kanava.jms.user}, {@code kanava.jms.password}: credentials for the broker URL;
 *   <li>{@code kanava.jms.topic}: the topic the nodes share, default {@code kanava.events}.
 * </ul>
 *
 * @param transport {@code memory} or {@code jms}
 * @param brokerUrl the Artemis broker URL, or {@code null}
 * @param connectionFactory the JNDI name of the container's connection factory
 * @param user the broker user, or {@code null}
 * @param password the broker password, or {@code null}
 * @param topic the topic name
 */
public record TransportSettings(
        String transport, String brokerUrl, String connectionFactory, String user, String password, String topic) {

    /** The default transport. */
    public static final String MEMORY = "memory";

    /** The JMS transport. */
    public static final String JMS = "jms";

    /**
     * Reads the settings.
     *
     * @param parameters the servlet context's init parameters, {@code null} when absent
     * @return the settings, with defaults filled in
     */
    public static TransportSettings read(UnaryOperator<String> parameters) {
        return new TransportSettings(
                orDefault(parameters.apply("kanava.eventhub.transport"), MEMORY),
                blankToNull(parameters.apply("kanava.jms.broker-url")),
                orDefault(parameters.apply("kanava.jms.connection-factory"), "java:comp/DefaultJMSConnectionFactory"),
                blankToNull(parameters.apply("kanava.jms.user")),
                blankToNull(parameters.apply("kanava.jms.password")),
                orDefault(parameters.apply("kanava.jms.topic"), "kanava.events"));
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
                + ", topic=" + topic + "]";
    }
}
