package io.kanava.impl.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.kanava.ActionDefinition;
import io.kanava.ChannelDefinition;
import io.kanava.Permission;
import io.kanava.UserSession;
import io.kanava.impl.codec.FrameDecoder;
import io.kanava.impl.codec.JsonbPayloadCodec;
import io.kanava.impl.codec.OutboundFrame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** Each call goes route, auth gate, bind data, permissions, handler; a refusal at any step stops it there. */
class CallOrderTest {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private final List<String> steps = new ArrayList<>();
    private final ActionRouter router = new ActionRouter(
            ChannelDefinition.builder("todos")
                    .action(ActionDefinition.<NewTodo, Void>builder("create")
                            .input(NewTodo.class)
                            .output(Void.class)
                            .permissions("writers", (context, input) -> {
                                steps.add("permission sees " + input.text());
                                return context.connection().hasRole("writer");
                            })
                            .handler((input, context) -> {
                                steps.add("handler");
                                return null;
                            })
                            .build())
                    .action(ActionDefinition.<Void, String>builder("login")
                            .input(Void.class)
                            .output(String.class)
                            .auth(false)
                            .handler((input, context) -> {
                                context.connection().startSession(UserSession.of("carol", Set.of("writer")));
                                return "welcome";
                            })
                            .build())
                    .action(ActionDefinition.<Void, Void>builder("purge")
                            .input(Void.class)
                            .output(Void.class)
                            .permissions("admins", Permission.role("admin"))
                            .handler((input, context) -> {
                                steps.add("purged");
                                return null;
                            })
                            .build())
                    .action(ActionDefinition.<Void, Void>builder("audit")
                            .input(Void.class)
                            .output(Void.class)
                            .permissions("directory", (context, input) -> {
                                throw new IllegalStateException("directory down");
                            })
                            .handler((input, context) -> {
                                steps.add("audited");
                                return null;
                            })
                            .build())
                    .build(),
            new JsonbPayloadCodec(JSONB));
    private final FrameDecoder decoder = new FrameDecoder();

    @AfterAll
    static void closeJsonb() throws Exception {
        JSONB.close();
    }

    private OutboundFrame call(TestConnection connection, String frame) {
        return router.route(decoder.decode(frame), connection);
    }

    @Test
    void refusesAnAnonymousCallerBeforeBindingItsData() {
        var error = assertInstanceOf(
                OutboundFrame.Error.class,
                call(new TestConnection(), "{\"id\":\"1\",\"action\":\"create\",\"data\":{\"text\":7}}"));
        assertEquals("unauthenticated", error.code());
        assertEquals("1", error.id().text());
        assertEquals(List.of(), steps);
    }

    @Test
    void bindsDataBeforeCheckingPermissions() {
        var error = assertInstanceOf(
                OutboundFrame.Error.class,
                call(new TestConnection("bob", Set.of()), "{\"id\":\"2\",\"action\":\"create\",\"data\":[1]}"));
        assertEquals("invalid_data", error.code());
        assertEquals(List.of(), steps);
    }

    @Test
    void refusesACallerWithoutPermissionWithForbiddenAndNeverRunsTheHandler() {
        var error = assertInstanceOf(
                OutboundFrame.Error.class,
                call(
                        new TestConnection("bob", Set.of("user")),
                        "{\"id\":\"3\",\"action\":\"create\",\"data\":{\"text\":\"x\"}}"));
        assertEquals("forbidden", error.code());
        assertEquals("3", error.id().text());
        assertEquals(List.of("permission sees x"), steps);
    }

    @Test
    void runsTheHandlerOnceEveryStepPasses() {
        assertInstanceOf(
                OutboundFrame.Reply.class,
                call(
                        new TestConnection("alice", Set.of("writer")),
                        "{\"id\":\"4\",\"action\":\"create\",\"data\":{\"text\":\"y\"}}"));
        assertEquals(List.of("permission sees y", "handler"), steps);
    }

    @Test
    void letsAnOpenActionStartASessionThatLaterCallsUse() {
        var connection = new TestConnection();
        assertInstanceOf(OutboundFrame.Reply.class, call(connection, "{\"id\":5,\"action\":\"login\"}"));
        assertInstanceOf(
                OutboundFrame.Reply.class,
                call(connection, "{\"id\":6,\"action\":\"create\",\"data\":{\"text\":\"z\"}}"));
        connection.endSession();
        var error = assertInstanceOf(
                OutboundFrame.Error.class,
                call(connection, "{\"id\":7,\"action\":\"create\",\"data\":{\"text\":\"z\"}}"));
        assertEquals("unauthenticated", error.code());
    }

    @Test
    void refusesACallerWithoutTheRequiredRole() {
        var error = assertInstanceOf(
                OutboundFrame.Error.class,
                call(new TestConnection("dave", Set.of()), "{\"id\":8,\"action\":\"purge\"}"));
        assertEquals("forbidden", error.code());
        assertEquals(List.of(), steps);
    }

    @Test
    void answersAPermissionThatThrowsWithInternalAndNeverRunsTheHandler() {
        var error = assertInstanceOf(
                OutboundFrame.Error.class,
                call(new TestConnection("erin", Set.of()), "{\"id\":9,\"action\":\"audit\"}"));
        assertEquals("internal", error.code());
        assertEquals(List.of(), steps);
    }
}
