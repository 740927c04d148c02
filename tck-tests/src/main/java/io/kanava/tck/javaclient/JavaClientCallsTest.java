package io.kanava.tck.javaclient;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.kanava.client.KanavaClient;
import io.kanava.client.KanavaClientException;
import io.kanava.client.TypeRef;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Java client calls actions and gets typed replies, or exceptions carrying the server's error codes. */
public class JavaClientCallsTest extends JavaClientScenario {

    @Test
    public void bindsRepliesToRecordsGenericTypesAndVoid() {
        try (KanavaClient client = connect()) {
            Balance balance = client.sendAndAwait("deposit", new Deposit(250), Balance.class);
            assertTrue(balance.cents() >= 250, balance::toString);
            List<Long> deposits = client.sendAndAwait("deposits", null, new TypeRef<List<Long>>() {});
            assertTrue(deposits.contains(250L), deposits::toString);
            client.sendAndAwait("release", null);
        }
    }

    @Test
    public void failsACallWithTheApplicationsErrorCode() {
        try (KanavaClient client = connect()) {
            KanavaClientException refused = failureOf(client.send("withdraw", new Deposit(1_000_000)));
            assertEquals("insufficient_funds", refused.code());
            assertEquals("Balance too low for 1000000", refused.getMessage());
            assertEquals("withdraw", refused.action().orElseThrow());
        }
    }

    @Test
    public void failsAHiddenFailureWithInternalAndTheErrorIdOfTheServerLog() {
        try (KanavaClient client = connect()) {
            KanavaClientException failed = failureOf(client.send("audit", null, Balance.class));
            assertEquals("internal", failed.code());
            assertTrue(failed.errorId().isPresent(), "an internal error carries its errorId");
            assertTrue(!failed.getMessage().contains("auditor"), failed.getMessage());
            assertEquals("unknown_action", failureOf(client.send("nope", null)).code());
        }
    }
}
