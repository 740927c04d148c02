package io.kanava.impl.endpoint;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.kanava.ChannelDefinition;
import io.kanava.KanavaException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConnectionLimitsTest {

    @Test
    void boundsTenThousandConnectionsAHundredPerPrincipalAndAThousandTopicsByDefault() {
        assertEquals(new ConnectionLimits(10_000, 100, 1_000), ConnectionLimits.read(name -> null));
    }

    @Test
    void readsTheApplicationsParametersAndLetsAChannelsOwnBoundsWin() {
        ConnectionLimits application = ConnectionLimits.read(Map.of(
                "kanava.limits.connections-per-channel", "500",
                "kanava.limits.connections-per-principal", "3",
                "kanava.limits.subscriptions-per-connection", " 20 ")::get);
        assertEquals(new ConnectionLimits(500, 3, 20), application);

        ChannelDefinition own = ChannelDefinition.builder("own")
                .maxConnections(7)
                .maxSubscriptionsPerConnection(2)
                .build();
        assertEquals(new ConnectionLimits(7, 3, 2), application.of(own));
    }

    @ParameterizedTest
    @ValueSource(strings = {"many", "0", "-5", "1.5"})
    void refusesAParameterThatIsNotAWholeNumberOfAtLeastOne(String value) {
        KanavaException problem = assertThrows(
                KanavaException.class,
                () -> ConnectionLimits.read(Map.of("kanava.limits.connections-per-principal", value)::get));
        assertEquals("KNV1035", problem.code());
        assertTrue(problem.getMessage().contains("kanava.limits.connections-per-principal"), problem::getMessage);
    }
}
