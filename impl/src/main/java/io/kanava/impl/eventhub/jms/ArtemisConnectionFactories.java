package io.kanava.impl.eventhub.jms;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.jms.ConnectionFactory;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * Builds an ActiveMQ Artemis client factory from a broker URL. Loaded only when an application configures a broker
 * URL, so the Artemis client is needed only then.
 *
 * <p>Unless the URL says otherwise:
 * <ul>
 *   <li>sends fail after {@value #CALL_TIMEOUT_MILLIS} ms, so a publisher is never blocked for long by a broker
 *       that went away;</li>
 *   <li>the factory has thread pools of its own ({@code useGlobalPools=false, useGlobalWorkerPool=false}) rather
 *       than the client's static ones, so closing it ends every thread it started. The client lives in the
 *       application's class loader; static pools would outlive an undeploy and keep that loader alive.</li>
 * </ul>
 */
final class ArtemisConnectionFactories {

    static final long CALL_TIMEOUT_MILLIS = 5_000;

    private static final Map<String, String> DEFAULTS = defaults();

    private ArtemisConnectionFactories() {}

    static ConnectionFactory create(String url, String user, String password) {
        return new ActiveMQConnectionFactory(withDefaults(url), user, password);
    }

    static String withDefaults(String url) {
        StringBuilder tuned = new StringBuilder(url);
        DEFAULTS.forEach((parameter, value) -> {
            if (!url.contains(parameter + "=")) {
                tuned.append(tuned.indexOf("?") < 0 ? '?' : '&')
                        .append(parameter)
                        .append('=')
                        .append(value);
            }
        });
        return tuned.toString();
    }

    private static Map<String, String> defaults() {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put("callTimeout", Long.toString(CALL_TIMEOUT_MILLIS));
        defaults.put("useGlobalPools", "false");
        defaults.put("useGlobalWorkerPool", "false");
        return defaults;
    }
}
