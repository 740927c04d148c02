package io.kanava.impl.routing;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.kanava.ActionDefinition;
import io.kanava.ActionException;
import io.kanava.ChannelDefinition;
import io.kanava.impl.codec.FrameDecoder;
import io.kanava.impl.codec.JsonbPayloadCodec;
import io.kanava.impl.codec.OutboundFrame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An asynchronous call's answer is what its stage completes with, its failures mapped as a handler's are. */
class AsynchronousCallTest {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private final CompletableFuture<String> stage = new CompletableFuture<>();
    private final ActionRouter router = new ActionRouter(
            ChannelDefinition.builder("quotes")
                    .auth(false)
                    .action(ActionDefinition.async("quote", Void.class, String.class, (input, context) -> stage))
                    .action(ActionDefinition.async("side", Void.class, String.class, (input, context) -> stage)
                            .concurrent())
                    .action(ActionDefinition.async("none", Void.class, String.class, (input, context) -> null))
                    .action(ActionDefinition.async("refuses", Void.class, String.class, (input, context) -> {
                        throw new ActionException("closed", "Market closed");
                    }))
                    .build(),
            new JsonbPayloadCodec(JSONB));

    @AfterAll
    static void closeJsonb() throws Exception {
        JSONB.close();
    }

    private OutboundFrame.Pending pending(String action) {
        return assertInstanceOf(
                OutboundFrame.Pending.class,
                router.route(
                        new FrameDecoder().decode("{\"id\":1,\"action\":\"" + action + "\"}"), new TestConnection()));
    }

    private static OutboundFrame answerOf(OutboundFrame.Pending pending) {
        return pending.answer().toCompletableFuture().getNow(null);
    }

    @Test
    void isPendingUntilTheStageCompletesThenRepliesWithItsOutput() {
        OutboundFrame.Pending pending = pending("quote");
        assertFalse(pending.concurrent());
        assertEquals(null, answerOf(pending));
        stage.complete("42.10");
        OutboundFrame.Reply reply = assertInstanceOf(OutboundFrame.Reply.class, answerOf(pending));
        assertEquals("\"42.10\"", reply.data());
    }

    @Test
    void aConcurrentActionSaysSo() {
        assertTrue(pending("side").concurrent());
    }

    @Test
    void anApplicationErrorTheStageFailsWithIsAnsweredWithItsCode() {
        OutboundFrame.Pending pending = pending("quote");
        stage.completeExceptionally(new CompletionException(new ActionException("unknown_symbol", "No such symbol")));
        OutboundFrame.Error error = assertInstanceOf(OutboundFrame.Error.class, answerOf(pending));
        assertEquals("unknown_symbol", error.code());
        assertEquals("No such symbol", error.message());
    }

    @Test
    void anyOtherFailureOfTheStageIsInternalWithAnErrorId() {
        OutboundFrame.Pending pending = pending("quote");
        stage.completeExceptionally(new IllegalStateException("feed down, password=tiger"));
        OutboundFrame.Error error = assertInstanceOf(OutboundFrame.Error.class, answerOf(pending));
        assertEquals("internal", error.code());
        assertFalse(error.message().contains("tiger"));
        assertNotNull(error.errorId());
    }

    @Test
    void aHandlerThatReturnsNoStageOrThrowsIsAnsweredAtOnce() {
        OutboundFrame none = router.route(
                new FrameDecoder().decode("{\"id\":2,\"action\":\"none\"}"), new TestConnection("a", Set.of()));
        assertEquals(
                "internal", assertInstanceOf(OutboundFrame.Error.class, none).code());
        OutboundFrame refused =
                router.route(new FrameDecoder().decode("{\"id\":3,\"action\":\"refuses\"}"), new TestConnection());
        assertEquals(
                "closed", assertInstanceOf(OutboundFrame.Error.class, refused).code());
    }
}
