package io.kanava.client;

import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Waits for a client's stages, at most {@link #REPLY_WAIT} each. */
final class Stages {

    /** How long a test waits for a reply or a failure the client must produce. */
    static final Duration REPLY_WAIT = Duration.ofSeconds(5);

    private Stages() {}

    static <T> T result(CompletionStage<T> stage) throws Exception {
        return stage.toCompletableFuture().get(REPLY_WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }

    static KanavaClientException failure(CompletionStage<?> stage) {
        ExecutionException failed = assertThrows(ExecutionException.class, () -> stage.toCompletableFuture()
                .get(REPLY_WAIT.toMillis(), TimeUnit.MILLISECONDS));
        return assertInstanceOf(KanavaClientException.class, failed.getCause());
    }
}
