package io.kanava.impl.metrics;

import java.util.concurrent.atomic.AtomicInteger;
import javax.management.MBeanServer;
import javax.management.MBeanServerFactory;
import javax.management.ObjectName;
import javax.management.openmbean.CompositeData;
import javax.management.openmbean.TabularData;

import org.junit.jupiter.api.Test;

import io.kanava.ChannelDefinition;
import io.kanava.impl.codec.OutboundFrame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JmxMetricsTest {

    private final MBeanServer server = MBeanServerFactory.newMBeanServer();
    private final AtomicInteger open = new AtomicInteger(2);
    private final ChannelMetrics notes = new ChannelMetrics(
            ChannelDefinition.builder("notes")
                    .auth(false)
                    .action("echo", String.class, String.class, (input, context) -> input)
                    .build(),
            open::get);

    @Test
    void publishesAChannelUnderItsApplicationAndNameWithOpenTypes() throws Exception {
        JmxMetrics metrics = new JmxMetrics(server, "/shop");
        notes.answered(new OutboundFrame.Reply(null, "echo", "\"a\""));
        metrics.publish(notes);

        ObjectName name = new ObjectName("io.kanava:type=Channel,application=\"/shop\",channel=\"notes\"");
        assertEquals(2, server.getAttribute(name, "ConnectionsOpen"));
        TabularData calls = (TabularData) server.getAttribute(name, "Calls");
        CompositeData echo = calls.get(new Object[] {"echo ok"});
        assertEquals(1L, echo.get("value"));
    }

    @Test
    void publishesTheHubOfTheRootApplicationAsSlash() throws Exception {
        JmxMetrics metrics = new JmxMetrics(server, "");
        EventHubMetrics hub = new EventHubMetrics();
        hub.published(1_000);
        metrics.publish(hub);

        ObjectName name = new ObjectName("io.kanava:type=EventHub,application=\"/\"");
        assertEquals(1L, server.getAttribute(name, "EventsPublished"));
        assertEquals("in-memory", server.getAttribute(name, "LinkState"));
    }

    @Test
    void aNameAlreadyTakenCostsOnlyTheMetricsAndClosingTakesEveryNameAway() throws Exception {
        JmxMetrics first = new JmxMetrics(server, "/shop");
        JmxMetrics second = new JmxMetrics(server, "/shop");
        first.publish(notes);
        second.publish(notes); // warns KNV3051, does not throw

        first.close();
        assertFalse(
                server.isRegistered(new ObjectName("io.kanava:type=Channel,application=\"/shop\",channel=\"notes\"")));
        second.close();
        assertTrue(server.queryNames(new ObjectName("io.kanava:*"), null).isEmpty());
    }
}
