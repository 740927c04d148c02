package io.kanava.impl.endpoint;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.kanava.ChannelDefinition;
import io.kanava.KanavaException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class IncomingLimitsTest {

    @Test
    void boundsMessagesAtSixtyFourKibibytesUnlessTheApplicationSaysOtherwise() {
        assertEquals(65_536, IncomingLimits.read(name -> null).applicationDefault());
        assertEquals(
                1_000_000,
                IncomingLimits.read(Map.of("kanava.limits.max-message-size", " 1000000 ")::get)
                        .applicationDefault());
    }

    @Test
    void letsAChannelsOwnBoundWin() {
        IncomingLimits limits = IncomingLimits.read(Map.of("kanava.limits.max-message-size", "1000000")::get);
        assertEquals(
                4096,
                limits.maxMessageSize(
                        ChannelDefinition.builder("small").maxMessageSize(4096).build()));
        assertEquals(
                1_000_000,
                limits.maxMessageSize(ChannelDefinition.builder("other").build()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"64k", "-1", "255", "99999999999"})
    void refusesAParameterThatIsNotAWholeNumberOfAtLeastTwoHundredFiftySixBytes(String value) {
        KanavaException problem = assertThrows(
                KanavaException.class, () -> IncomingLimits.read(Map.of("kanava.limits.max-message-size", value)::get));
        assertEquals("KNV1030", problem.code());
    }
}
