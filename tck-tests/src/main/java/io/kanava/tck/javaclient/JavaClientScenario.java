package io.kanava.tck.javaclient;

import java.net.URL;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

import io.kanava.client.ClientOptions;
import io.kanava.client.KanavaClient;
import io.kanava.client.KanavaClientException;
import io.kanava.tck.deployment.KitArchive;
import io.kanava.tck.wire.ChannelAddress;
import io.kanava.tck.wire.WireClient;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What the Java client scenarios on the {@code ledger} channel share: its deployment and a way to connect. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class JavaClientScenario {

    @ArquillianResource
    URL application;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return KitArchive.create("kit-javaclient", LedgerChannels.class, Ledger.class, Deposit.class, Balance.class);
    }

    KanavaClient connect(ClientOptions options) {
        return KanavaClient.connectAndAwait(ChannelAddress.of(application, "channels/ledger"), options);
    }

    KanavaClient connect() {
        return connect(ClientOptions.defaults());
    }

    /** Waits for a call that must fail, and returns its failure. */
    static KanavaClientException failureOf(CompletionStage<?> call) {
        ExecutionException failed = assertThrows(ExecutionException.class, () -> call.toCompletableFuture()
                .get(WireClient.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS));
        return assertInstanceOf(KanavaClientException.class, failed.getCause());
    }
}
