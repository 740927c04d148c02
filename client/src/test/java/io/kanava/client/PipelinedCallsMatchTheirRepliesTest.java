package io.kanava.client;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PipelinedCallsMatchTheirRepliesTest {

    private static final int CALLERS = 4;
    private static final int CALLS_PER_CALLER = 50;

    private TodoChannelServer server;
    private KanavaClient client;
    private ExecutorService callers;

    @BeforeEach
    void connect() throws Exception {
        server = TodoChannelServer.start();
        client = KanavaClient.connectAndAwait(server.uri(), ClientOptions.defaults());
        callers = Executors.newFixedThreadPool(CALLERS);
    }

    @AfterEach
    void close() {
        callers.shutdownNow();
        client.close();
        server.close();
    }

    @Test
    void twoHundredCallsInFlightFromSeveralThreadsEachGetTheirOwnReply() throws Exception {
        List<CompletableFuture<List<CompletableFuture<Boolean>>>> sent = new ArrayList<>();
        for (int caller = 0; caller < CALLERS; caller++) {
            int first = caller * CALLS_PER_CALLER;
            sent.add(CompletableFuture.supplyAsync(() -> callRange(first), callers));
        }

        List<CompletableFuture<Boolean>> answered = new ArrayList<>();
        for (CompletableFuture<List<CompletableFuture<Boolean>>> batch : sent) {
            answered.addAll(batch.get(Stages.REPLY_WAIT.toMillis(), TimeUnit.MILLISECONDS));
        }
        CompletableFuture.allOf(answered.toArray(CompletableFuture[]::new))
                .get(Stages.REPLY_WAIT.toMillis(), TimeUnit.MILLISECONDS);

        assertEquals(CALLERS * CALLS_PER_CALLER, answered.size());
        assertEquals(
                answered.size(),
                answered.stream().filter(CompletableFuture::join).count());
    }

    /** Sends calls whose replies come back in a shuffled order; each stage says whether its reply matched. */
    private List<CompletableFuture<Boolean>> callRange(int first) {
        List<CompletableFuture<Boolean>> calls = new ArrayList<>();
        for (int n = first; n < first + CALLS_PER_CALLER; n++) {
            NewTodo input = new NewTodo("todo " + n);
            calls.add(client.send("shuffle", input, NewTodo.class)
                    .thenApply(input::equals)
                    .toCompletableFuture());
        }
        return calls;
    }
}
