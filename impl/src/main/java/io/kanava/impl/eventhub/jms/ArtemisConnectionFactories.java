package io.kanava.impl.eventhub.jms;

import jakarta.jms.ConnectionFactory;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * Builds an ActiveMQ Artemis client factory from a broker URL. Loaded only when an application configures a broker
 * URL, so the Artemis client is needed only then. Sends fail after {@value #CALL_TIMEOUT_MILLIS} ms unless the URL
 * says otherwise, so a publisher is never blocked for long by a broker that went away.
 */
final class ArtemisConnectionFactories {

    static final long CALL_TIMEOUT_MILLIS = 5_000;

    private ArtemisConnectionFactories() {}

    static ConnectionFactory create(String url, String user, String password) {
        String tuned = url.contains("callTimeout=")
                ? url
                : url + (url.contains("?") ? "&" : "?") + "callTimeout=" + CALL_TIMEOUT_MILLIS;
        return new ActiveMQConnectionFactory(tuned, user, password);
    }
}
