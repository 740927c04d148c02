package io.kanava.impl.metrics;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

import io.kanava.impl.Messages;

/**
 * Publishes one application's metrics as MXBeans on the platform MBean server, under the {@code io.kanava} domain,
 * and takes them away when the application stops. A name already taken (the same context path twice in one JVM) or
 * a server that refuses the registration costs only the metrics, with a warning.
 */
public final class JmxMetrics {

    /** The JMX domain of every Kanava MBean. */
    public static final String DOMAIN = "io.kanava";

    private static final Logger LOG = Logger.getLogger(JmxMetrics.class.getName());

    private final MBeanServer server;
    private final String application;
    private final List<ObjectName> registered = new ArrayList<>();

    JmxMetrics(MBeanServer server, String contextPath) {
        this.server = server;
        this.application = contextPath.isEmpty() ? "/" : contextPath;
    }

    /**
     * Publishes on the platform MBean server.
     *
     * @param contextPath the application's context path
     * @return the publisher
     */
    public static JmxMetrics platform(String contextPath) {
        return new JmxMetrics(ManagementFactory.getPlatformMBeanServer(), contextPath);
    }

    /**
     * Publishes the event hub's metrics as {@code io.kanava:type=EventHub,application=<context path>}.
     *
     * @param metrics the hub's metrics
     */
    public void publish(EventHubMetrics metrics) {
        register(metrics, "type=EventHub,application=" + ObjectName.quote(application));
    }

    /**
     * Publishes a channel's metrics as {@code io.kanava:type=Channel,application=<context path>,channel=<name>}.
     *
     * @param metrics the channel's metrics
     */
    public void publish(ChannelMetrics metrics) {
        register(
                metrics,
                "type=Channel,application=" + ObjectName.quote(application) + ",channel="
                        + ObjectName.quote(metrics.getChannel()));
    }

    private synchronized void register(Object mbean, String properties) {
        String name = DOMAIN + ":" + properties;
        try {
            ObjectName objectName = new ObjectName(name);
            server.registerMBean(mbean, objectName);
            registered.add(objectName);
        } catch (JMException | RuntimeException e) {
            LOG.log(Level.WARNING, Messages.metricsNotPublished(application, name), e);
        }
    }

    /** Takes every MBean this publisher registered away. */
    public synchronized void close() {
        for (ObjectName name : registered) {
            try {
                server.unregisterMBean(name);
            } catch (JMException | RuntimeException e) {
                LOG.log(Level.FINE, e, () -> "Unregistering " + name + " failed");
            }
        }
        registered.clear();
    }
}
