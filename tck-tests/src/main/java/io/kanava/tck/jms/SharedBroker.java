package io.kanava.tck.jms;

import java.util.ServiceLoader;

/**
 * The standalone JMS broker the runner starts for the JMS scenarios, as the runner controls it: the cluster
 * scenarios stop and start it under live WebSockets, and the lifecycle scenarios count its connections. The runner
 * provides the implementation through {@link ServiceLoader}; the kit itself knows no broker.
 */
public interface SharedBroker {

    /**
     * Stops the broker, as an outage would, and returns once it no longer accepts connections.
     *
     * @throws Exception when it cannot be stopped
     */
    void stop() throws Exception;

    /**
     * Starts the broker again and returns once it accepts connections.
     *
     * @throws Exception when it does not start in time
     */
    void start() throws Exception;

    /**
     * Counts the client connections the broker has now, not counting the one this query uses.
     *
     * @return the number of connections
     * @throws Exception when the broker cannot be asked
     */
    int connectionCount() throws Exception;

    /**
     * Finds the runner's broker.
     *
     * @return the broker
     * @throws IllegalStateException when the runner provides none
     */
    static SharedBroker ofRunner() {
        return ServiceLoader.load(SharedBroker.class)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("The runner provides no " + SharedBroker.class.getName()
                        + " through ServiceLoader: the JMS scenarios need one to stop, start and inspect the"
                        + " standalone broker. Run them through a runner profile of"
                        + " tck-tests/pom.xml."));
    }
}
