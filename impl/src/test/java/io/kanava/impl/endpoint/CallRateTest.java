package io.kanava.impl.endpoint;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.kanava.KanavaException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CallRateTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void letsABurstPassAtOnceThenRefusesUntilTokensRefill() {
        CallRate rate = new CallRate(new CallRate.Settings(10, 20), 0);
        for (int i = 0; i < 20; i++) {
            assertEquals(CallRate.Verdict.PASS, rate.take(0), "call " + i);
        }
        assertEquals(CallRate.Verdict.REFUSE, rate.take(0));
        assertEquals(CallRate.Verdict.PASS, rate.take(SECOND / 10), "one token after a tenth of a second");
        assertEquals(CallRate.Verdict.REFUSE, rate.take(SECOND / 10));
    }

    @Test
    void closesAClientThatGoesOnPastAHundredRefusedCallsInARow() {
        CallRate rate = new CallRate(new CallRate.Settings(1, 1), 0);
        rate.take(0);
        for (int i = 0; i < CallRate.CLOSE_AFTER; i++) {
            assertEquals(CallRate.Verdict.REFUSE, rate.take(0));
        }
        assertEquals(CallRate.Verdict.CLOSE, rate.take(0));
    }

    @Test
    void closesAClientThatKeepsCallingFasterThanItsRateEvenIfSomeCallsPass() {
        CallRate rate = new CallRate(new CallRate.Settings(10, 1), 0);
        long now = 0;
        CallRate.Verdict verdict = CallRate.Verdict.PASS;
        int calls = 0;
        while (verdict != CallRate.Verdict.CLOSE && calls < 10_000) {
            now += SECOND / 50; // 50 calls a second against a rate of 10
            verdict = rate.take(now);
            calls++;
        }
        assertEquals(CallRate.Verdict.CLOSE, verdict);
        assertTrue(calls > 100 && calls < 200, "closed after about " + calls + " calls, two to four seconds");
    }

    @Test
    void letsTwoHundredPipelinedCallsPassByDefault() {
        CallRate rate = new CallRate(CallRate.Settings.read(name -> null), 0);
        for (int i = 0; i < 200; i++) {
            assertEquals(CallRate.Verdict.PASS, rate.take(0));
        }
    }

    @Test
    void refusesARateThatIsNotAPositiveWholeNumber() {
        KanavaException problem = assertThrows(
                KanavaException.class,
                () -> CallRate.Settings.read(Map.of("kanava.limits.calls-per-second", "0")::get));
        assertEquals("KNV1033", problem.code());
    }
}
