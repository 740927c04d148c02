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
import io.kanava.impl.codec.FrameDecoder;
import io.kanava.impl.codec.FrameEncoder;
import io.kanava.impl.codec.JsonbPayloadCodec;
import io.kanava.impl.codec.OutboundFrame;
import io.kanava.impl.codec.Violation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * An input that breaks its constraints is answered {@code invalid_data} with the violations, after the auth gate and
 * before permissions and handler; a constraint that throws is answered {@code internal}.
 */
class ConstrainedInputTest {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private final List<String> steps = new ArrayList<>();
    private final InputConstraints blankTextIsRefused = (input, action) -> {
        steps.add("constraints");
        if (input instanceof NewTodo todo && "boom".equals(todo.text())) {
            throw new IllegalStateException("a validator failed");
        }
        return input instanceof NewTodo todo && todo.text().isBlank()
                ? List.of(new Violation("text", "must not be blank"), new Violation("", "second"))
                : List.of();
    };
    private final ActionRouter router = new ActionRouter(
            ChannelDefinition.builder("todos")
                    .action(ActionDefinition.of("create", NewTodo.class, (input, context) -> steps.add("handler"))
                            .permissions("anyone", (context, input) -> steps.add("permission")))
                    .build(),
            new JsonbPayloadCodec(JSONB),
            blankTextIsRefused);
    private final FrameDecoder decoder = new FrameDecoder();

    @AfterAll
    static void closeJsonb() throws Exception {
        JSONB.close();
    }

    private OutboundFrame call(TestConnection connection, String frame) {
        return router.route(decoder.decode(frame), connection);
    }

    @Test
    void answersInvalidDataWithTheViolationsAndStopsBeforePermissions() {
        var error = assertInstanceOf(
                OutboundFrame.Error.class,
                call(
                        new TestConnection("bob", Set.of()),
                        "{\"id\":1,\"action\":\"create\",\"data\":{\"text\":\" \"}}"));
        assertEquals("invalid_data", error.code());
        assertEquals(
                "{\"id\":1,\"action\":\"create\",\"error\":{\"code\":\"invalid_data\",\"message\":\"Data does not "
                        + "meet the action's constraints (text: must not be blank; data: second)\",\"violations\":["
                        + "{\"path\":\"text\",\"message\":\"must not be blank\"},{\"path\":\"\",\"message\":\"second\"}]}}",
                new FrameEncoder().encode(error));
        assertEquals(List.of("constraints"), steps);
    }

    @Test
    void checksNothingBeforeTheAuthGate() {
        var error = assertInstanceOf(
                OutboundFrame.Error.class,
                call(new TestConnection(), "{\"id\":2,\"action\":\"create\",\"data\":{\"text\":\" \"}}"));
        assertEquals("unauthenticated", error.code());
        assertEquals(List.of(), steps);
    }

    @Test
    void runsPermissionsAndHandlerOnceTheInputPasses() {
        assertInstanceOf(
                OutboundFrame.Reply.class,
                call(
                        new TestConnection("bob", Set.of()),
                        "{\"id\":3,\"action\":\"create\",\"data\":{\"text\":\"x\"}}"));
        assertEquals(List.of("constraints", "permission", "handler"), steps);
    }

    @Test
    void answersAConstraintThatThrowsWithInternalAndRunsNothingElse() {
        var error = assertInstanceOf(
                OutboundFrame.Error.class,
                call(
                        new TestConnection("bob", Set.of()),
                        "{\"id\":4,\"action\":\"create\",\"data\":{\"text\":\"boom\"}}"));
        assertEquals("internal", error.code());
        assertEquals(List.of("constraints"), steps);
    }
}
