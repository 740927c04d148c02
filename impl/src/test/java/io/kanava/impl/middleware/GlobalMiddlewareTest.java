package io.kanava.impl.middleware;

import java.util.ArrayList;
import java.util.List;

import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;

import io.kanava.ChannelDefinition;
import io.kanava.impl.eventhub.HubEvent;
import io.kanava.impl.routing.TestConnection;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GlobalMiddlewareTest {

    private static List<String> namesAfter(String channel) {
        try (WeldContainer container = new Weld()
                .disableDiscovery()
                .addBeanClasses(StampMiddleware.class, AuditMiddleware.class)
                .initialize()) {
            var definition = ChannelDefinition.builder(channel)
                    .middleware((event, connection, next) -> next.forward(event.withName(event.name() + "+inline")))
                    .build();
            List<String> names = new ArrayList<>();
            GlobalMiddleware.chainOf(container.getBeanManager(), definition)
                    .dispatch(new HubEvent("e", "1"), new TestConnection(), forwarded -> names.add(forwarded.name()));
            return names;
        }
    }

    @Test
    void runsGlobalMiddlewareByPriorityBeforeInlineMiddleware() {
        assertEquals(List.of("e+audit+stamp+inline"), namesAfter("todos"));
    }

    @Test
    void appliesGlobalMiddlewareOnlyToTheChannelsItNames() {
        assertEquals(List.of("e+audit+inline"), namesAfter("chat"));
        assertEquals(List.of("e+inline"), namesAfter("other"));
    }
}
