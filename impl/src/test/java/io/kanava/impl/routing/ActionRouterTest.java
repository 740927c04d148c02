package io.kanava.impl.routing;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.kanava.ActionContext;
import io.kanava.ActionException;
import io.kanava.ChannelDefinition;
import io.kanava.impl.codec.FrameDecoder;
import io.kanava.impl.codec.JsonbPayloadCodec;
import io.kanava.impl.codec.OutboundFrame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActionRouterTest {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private final AtomicInteger deletes = new AtomicInteger();
    private final AtomicReference<ActionContext> lastContext = new AtomicReference<>();
    private final ActionRouter router = new ActionRouter(
            ChannelDefinition.builder("todos")
                    .auth(false)
                    .action("create", NewTodo.class, Todo.class, (input, context) -> {
                        lastContext.set(context);
                        return new Todo(12, input.text());
                    })
                    .action("delete", Long.class, Void.class, (input, context) -> {
                        deletes.incrementAndGet();
                        return null;
                    })
                    .action("count", long.class, Long.class, (input, context) -> input)
                    .action("toggle", Long.class, Todo.class, (input, context) -> {
                        throw new ActionException("todo_not_found", "No todo " + input);
                    })
                    .action("explode", Void.class, Todo.class, (input, context) -> {
                        throw new IllegalStateException("database password is hunter2");
                    })
                    .build(),
            new JsonbPayloadCodec(JSONB));
    private final FrameDecoder decoder = new FrameDecoder();

    @AfterAll
    static void closeJsonb() throws Exception {
        JSONB.close();
    }

    private OutboundFrame call(String text) {
        return router.route(decoder.decode(text), new TestConnection());
    }

    @Test
    void repliesWithTheHandlersResultAndTheCallsId() {
        var reply = assertInstanceOf(
                OutboundFrame.Reply.class,
                call("{\"id\":\"7\",\"action\":\"create\",\"data\":{\"text\":\"Buy milk\"}}"));
        assertEquals("7", reply.id().text());
        assertEquals("create", reply.action());
        assertEquals("{\"id\":12,\"text\":\"Buy milk\"}", reply.data());
    }

    @Test
    void givesTheHandlerTheConnectionActionAndId() {
        call("{\"id\":9,\"action\":\"create\",\"data\":{\"text\":\"x\"}}");
        assertEquals("create", lastContext.get().action());
        assertEquals("9", lastContext.get().id().orElseThrow());
        assertEquals("connection-1", lastContext.get().connection().id());
    }

    @Test
    void repliesToAVoidActionWithoutData() {
        var reply = assertInstanceOf(OutboundFrame.Reply.class, call("{\"id\":1,\"action\":\"delete\",\"data\":3}"));
        assertNull(reply.data());
        assertEquals(1, deletes.get());
    }

    @Test
    void answersUnknownActionWithTheCallsId() {
        var error = assertInstanceOf(OutboundFrame.Error.class, call("{\"id\":\"x\",\"action\":\"nope\"}"));
        assertEquals("unknown_action", error.code());
        assertEquals("x", error.id().text());
        assertEquals("nope", error.action());
    }

    @Test
    void answersMalformedFramesWithBadRequest() {
        var error = assertInstanceOf(OutboundFrame.Error.class, call("{\"id\":\"2\""));
        assertEquals("bad_request", error.code());
    }

    @Test
    void answersDataThatDoesNotBindWithInvalidDataAndNeverRunsTheHandler() {
        var error = assertInstanceOf(
                OutboundFrame.Error.class, call("{\"id\":\"3\",\"action\":\"delete\",\"data\":{\"id\":1}}"));
        assertEquals("invalid_data", error.code());
        assertEquals(0, deletes.get());
    }

    @Test
    void answersMissingDataForAPrimitiveInputWithInvalidData() {
        var error = assertInstanceOf(OutboundFrame.Error.class, call("{\"id\":\"4\",\"action\":\"count\"}"));
        assertEquals("invalid_data", error.code());
    }

    @Test
    void answersAnActionExceptionWithItsCodeAndMessage() {
        var error = assertInstanceOf(OutboundFrame.Error.class, call("{\"id\":5,\"action\":\"toggle\",\"data\":12}"));
        assertEquals("todo_not_found", error.code());
        assertEquals("No todo 12", error.message());
        assertNull(error.errorId());
    }

    @Test
    void hidesAnUnexpectedFailureBehindAnErrorId() {
        var error = assertInstanceOf(OutboundFrame.Error.class, call("{\"id\":6,\"action\":\"explode\"}"));
        assertEquals("internal", error.code());
        assertEquals("Internal error", error.message());
        assertNotNull(error.errorId());
        assertFalse(error.message().contains("hunter2"));
        assertTrue(error.errorId().matches("[0-9a-f-]{36}"));
    }

    @Test
    void answersAReplyTooLargeToBeWrittenWithInternalNamingTheLimitAndKeepsTheCallsId() {
        OutboundFrame reply = call("{\"id\":\"big\",\"action\":\"create\",\"data\":{\"text\":\"x\"}}");

        var error = router.answerTooLarge(reply, 5000, 4096, "connection-1");

        assertEquals("internal", error.code());
        assertEquals("big", error.id().text());
        assertEquals("create", error.action());
        assertEquals("The answer is larger than the channel's outgoing limit of 4096 characters", error.message());
        assertTrue(error.errorId().matches("[0-9a-f-]{36}"));
    }
}
