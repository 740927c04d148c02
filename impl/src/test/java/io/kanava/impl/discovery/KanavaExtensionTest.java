package io.kanava.impl.discovery;

import java.util.List;

import jakarta.enterprise.inject.spi.DeploymentException;

import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KanavaExtensionTest {

    private static Weld weld(Class<?>... beans) {
        return new Weld().disableDiscovery().addExtension(new KanavaExtension()).addBeanClasses(beans);
    }

    @Test
    void collectsEveryChannelProducerWithItsSource() {
        try (WeldContainer container = weld(TodoChannels.class).initialize()) {
            List<DeclaredChannel> channels = container
                    .getBeanManager()
                    .getExtension(KanavaExtension.class)
                    .channels();
            assertEquals(1, channels.size());
            assertEquals("todos", channels.get(0).definition().name());
            assertEquals(
                    "io.kanava.impl.discovery.TodoChannels.todos()",
                    channels.get(0).source());
        }
    }

    @Test
    void failsTheDeploymentReportingEveryProblemWithItsProducer() {
        var failure = assertThrows(DeploymentException.class, () -> weld(TodoChannels.class, ClashingChannels.class)
                .initialize());
        String report = failure.getMessage();
        for (String expected : List.of(
                "KNV1001",
                "KNV1003",
                "KNV1008",
                "io.kanava.impl.discovery.ClashingChannels.moreTodos()",
                "io.kanava.impl.discovery.ClashingChannels.broken()",
                "io.kanava.impl.discovery.TodoChannels.todos()")) {
            assertTrue(report.contains(expected), () -> expected + " missing from: " + report);
        }
    }

    @Test
    void failsTheDeploymentWhenAMiddlewareNamesAChannelThatDoesNotExist() {
        var failure = assertThrows(DeploymentException.class, () -> weld(TodoChannels.class, MisspeltMiddleware.class)
                .initialize());
        String report = failure.getMessage();
        assertTrue(report.contains("KNV1028"), report);
        assertTrue(report.contains("tdos"), report);
        assertTrue(report.contains(MisspeltMiddleware.class.getName()), report);
    }
}
