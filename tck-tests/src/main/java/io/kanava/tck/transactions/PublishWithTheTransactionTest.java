package io.kanava.tck.transactions;

import java.net.URL;
import java.time.Duration;
import java.util.Optional;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.kanava.tck.deployment.KitArchive;
import io.kanava.tck.wire.ChannelAddress;
import io.kanava.tck.wire.WireClient;

import static io.kanava.tck.wire.FrameAssertions.assertError;
import static io.kanava.tck.wire.FrameAssertions.assertReply;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An event published inside a JTA transaction ({@code @Transactional}) reaches subscribers once the transaction
 * commits, and never when it rolls back: no client hears of a change that did not happen.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class PublishWithTheTransactionTest {

    @ArquillianResource
    URL application;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return KitArchive.create("kit-transactions", LedgerChannels.class, Bookkeeper.class, Entry.class);
    }

    private WireClient connect(String query) throws Exception {
        return WireClient.connect(ChannelAddress.of(application, "channels/ledger" + query));
    }

    @Test
    public void anEventOfARolledBackTransactionNeverArrivesAndOneOfACommittedTransactionDoes() throws Exception {
        try (WireClient booker = connect("");
                WireClient listener = connect("?listen")) {
            JsonObject failed = booker.call("{\"id\":1,\"action\":\"bookThenFail\",\"data\":{\"text\":\"void\"}}");
            assertError(failed, "internal");

            JsonObject booked = booker.call("{\"id\":2,\"action\":\"book\",\"data\":{\"text\":\"paid\"}}");
            assertReply(booked, "book");

            JsonObject event = listener.next();
            assertEquals("ledger:booked", event.getString("event"), event::toString);
            assertEquals("paid", event.getJsonObject("data").getString("text"), "the rolled-back entry came first");
            Optional<JsonObject> more = listener.poll(Duration.ofMillis(500));
            assertTrue(more.isEmpty(), () -> "no other event: " + more.orElse(null));
        }
    }
}
