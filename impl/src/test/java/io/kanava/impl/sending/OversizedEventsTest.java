package io.kanava.impl.sending;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.kanava.SlowConsumerPolicy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An event frame longer than the channel's outgoing limit is kept from its connections and reported once per name. */
class OversizedEventsTest {

    private static final Logger LOGGER = Logger.getLogger(OversizedEvents.class.getName());

    private final OversizedEvents events =
            new OversizedEvents("feed", new OutboundQueueLimits(16, 100, SlowConsumerPolicy.CLOSE));
    private final List<LogRecord> logged = new ArrayList<>();
    private final Handler recorder = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };
    private Level levelBefore;

    @BeforeEach
    void record() {
        levelBefore = LOGGER.getLevel();
        LOGGER.setLevel(Level.ALL);
        LOGGER.addHandler(recorder);
    }

    @AfterEach
    void stopRecording() {
        LOGGER.removeHandler(recorder);
        LOGGER.setLevel(levelBefore);
    }

    @Test
    void admitsAFrameUpToTheLimitWithoutReportingIt() {
        assertTrue(events.admits("tick", "x".repeat(100)));
        assertTrue(logged.isEmpty());
    }

    @Test
    void refusesALongerFrameAndWarnsOnlyTheFirstTimeAnEventOfThatNameDoesNotFit() {
        assertFalse(events.admits("report", "x".repeat(101)));
        assertFalse(events.admits("report", "x".repeat(5000)));
        assertFalse(events.admits("dump", "x".repeat(101)));

        List<String> warnings = logged.stream()
                .filter(record -> record.getLevel() == Level.WARNING)
                .map(LogRecord::getMessage)
                .toList();
        assertEquals(2, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("KNV3043: event 'report' has 101 characters"), warnings.get(0));
        assertTrue(warnings.get(1).startsWith("KNV3043: event 'dump'"), warnings.get(1));
        assertEquals(3, logged.size());
    }
}
