package io.kanava.tck.javaclient;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import io.kanava.client.KanavaClient;
import io.kanava.client.Subscription;
import io.kanava.tck.wire.WireClient;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Typed event listeners of the Java client hear what the server pushes, until they unsubscribe. */
public class JavaClientEventsTest extends JavaClientScenario {

    @Test
    public void hearsEventsAsTypedValuesUntilUnsubscribed() {
        try (KanavaClient listener = connect();
                KanavaClient depositor = connect()) {
            List<Balance> heard = new CopyOnWriteArrayList<>();
            Subscription subscription = listener.subscribe(LedgerChannels.CHANGED, Balance.class, heard::add);
            listener.sendAndAwait("balance", null, Balance.class); // onConnect has subscribed it on the server
            Balance first = depositor.sendAndAwait("deposit", new Deposit(7), Balance.class);
            await("the first event").atMost(WireClient.TIMEOUT).until(() -> !heard.isEmpty());
            assertEquals(first, heard.get(0));

            subscription.close();
            Balance second = depositor.sendAndAwait("deposit", new Deposit(9), Balance.class);
            List<Balance> later = new CopyOnWriteArrayList<>();
            listener.subscribe(LedgerChannels.CHANGED, Balance.class, later::add);
            Balance third = depositor.sendAndAwait("deposit", new Deposit(11), Balance.class);
            await("the third event").atMost(WireClient.TIMEOUT).until(() -> later.contains(third));
            assertEquals(List.of(first), heard, "nothing reaches a closed subscription");
            assertTrue(second.cents() < third.cents());
        }
    }
}
