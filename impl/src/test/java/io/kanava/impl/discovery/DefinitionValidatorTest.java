package io.kanava.impl.discovery;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import io.kanava.ActionDefinition;
import io.kanava.ChannelDefinition;
import io.kanava.ChannelDefinitionBuilder;
import io.kanava.KanavaException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DefinitionValidatorTest {

    private final DefinitionValidator validator = new DefinitionValidator();

    private static DeclaredChannel declared(ChannelDefinition definition, String source) {
        return new DeclaredChannel(definition, source);
    }

    private static ChannelDefinitionBuilder channel(String name) {
        return ChannelDefinition.builder(name).action("ping", Void.class, Void.class, (input, context) -> null);
    }

    private List<String> codes(DeclaredChannel... channels) {
        return validator.validate(List.of(channels)).stream()
                .map(KanavaException::code)
                .toList();
    }

    @Test
    void acceptsDistinctChannels() {
        assertEquals(
                List.of(),
                codes(
                        declared(channel("todos").build(), "a.Todos.todos()"),
                        declared(channel("chat").route("/rooms/{room}").build(), "a.Chat.chat()")));
    }

    @Test
    void reportsADuplicateChannelNameWithBothProducers() {
        var problems = validator.validate(List.of(
                declared(channel("chat").build(), "a.One.chat()"),
                declared(channel("chat").route("/other").build(), "a.Two.chat()")));
        assertEquals(1, problems.size());
        assertEquals("KNV1001", problems.get(0).code());
        assertTrue(problems.get(0).getMessage().contains("a.One.chat()"));
        assertTrue(problems.get(0).getMessage().contains("a.Two.chat()"));
    }

    @Test
    void reportsRoutesThatDifferOnlyInParameterNames() {
        assertEquals(
                List.of("KNV1002"),
                codes(
                        declared(channel("a").route("/rooms/{room}").build(), "x.A.a()"),
                        declared(channel("b").route("/rooms/{id}").build(), "x.B.b()")));
    }

    @Test
    void reportsADuplicateActionOnce() {
        var definition = channel("todos")
                .action("ping", Void.class, Void.class, (input, context) -> null)
                .action("ping", Void.class, Void.class, (input, context) -> null)
                .build();
        assertEquals(List.of("KNV1003"), codes(declared(definition, "a.Todos.todos()")));
    }

    @Test
    void acceptsAnAsynchronousActionOrderedOrConcurrent() {
        var definition = channel("quotes")
                .action(ActionDefinition.async(
                        "quote", Void.class, String.class, (input, context) -> CompletableFuture.completedFuture("1")))
                .action(ActionDefinition.async(
                                "side",
                                Void.class,
                                String.class,
                                (input, context) -> CompletableFuture.completedFuture("2"))
                        .concurrent())
                .maxPendingCalls(1)
                .build();
        assertEquals(List.of(), codes(declared(definition, "a.Quotes.quotes()")));
    }

    @Test
    void reportsAnActionWithTwoHandlersOrConcurrentWithoutBeingAsynchronous() {
        var twoHandlers = channel("a")
                .action(ActionDefinition.<Void, String>builder("both")
                        .input(Void.class)
                        .output(String.class)
                        .handler((input, context) -> "x")
                        .asyncHandler((input, context) -> CompletableFuture.completedFuture("y"))
                        .build())
                .build();
        var concurrentButSynchronous = channel("b")
                .action(ActionDefinition.<Void, String>builder("sync")
                        .input(Void.class)
                        .output(String.class)
                        .handler((input, context) -> "x")
                        .concurrent(true)
                        .build())
                .build();
        assertEquals(
                List.of("KNV1023", "KNV1023"),
                codes(declared(twoHandlers, "x.A.a()"), declared(concurrentButSynchronous, "x.B.b()")));
    }

    @Test
    void reportsAChannelThatAllowsNoPendingCall() {
        assertEquals(
                List.of("KNV1024"),
                codes(declared(channel("a").maxPendingCalls(0).build(), "x.A.a()")));
    }

    @Test
    void reportsMissingTypesAndHandler() {
        var definition = ChannelDefinition.builder("todos")
                .action(ActionDefinition.builder("list").build())
                .build();
        assertEquals(List.of("KNV1005", "KNV1006", "KNV1007"), codes(declared(definition, "a.Todos.todos()")));
    }

    @Test
    void reportsMalformedRoutes() {
        for (String route : List.of("rooms", "/rooms/", "//x", "/rooms/{room", "/a/{x}/{x}", "/pre{x}", "/a b")) {
            assertEquals(
                    List.of("KNV1004"),
                    codes(declared(channel("chat").route(route).build(), "a.Chat.chat()")),
                    route);
        }
    }

    @Test
    void reportsInvalidNamesAndNullActions() {
        var definition = ChannelDefinition.builder("bad name")
                .action(ActionDefinition.of(" ", Void.class, Void.class, (input, context) -> null))
                .action(null)
                .build();
        assertEquals(List.of("KNV1010", "KNV1004", "KNV1011", "KNV1012"), codes(declared(definition, "a.Bad.bad()")));
    }

    @Test
    void reservesNamesStartingWithDollarAndCapsActionNamesAtTheProtocolsLength() {
        var definition = channel("room")
                .action(ActionDefinition.of("$resume", Void.class, Void.class, (input, context) -> null))
                .action(ActionDefinition.of("a".repeat(129), Void.class, Void.class, (input, context) -> null))
                .action(ActionDefinition.of("a".repeat(128), Void.class, Void.class, (input, context) -> null))
                .event("$ack", String.class)
                .build();
        assertEquals(List.of("KNV1011", "KNV1011", "KNV1014"), codes(declared(definition, "a.Room.room()")));
    }

    @Test
    void refusesAnIncomingMessageBoundTooSmallForACall() {
        assertEquals(
                List.of("KNV1029"),
                codes(declared(channel("tiny").maxMessageSize(255).build(), "a.Tiny.tiny()")));
        assertEquals(
                List.of(), codes(declared(channel("small").maxMessageSize(256).build(), "a.Small.small()")));
    }

    @Test
    void refusesConnectionAndSubscriptionBoundsBelowOne() {
        assertEquals(
                List.of("KNV1034", "KNV1034", "KNV1034", "KNV1034", "KNV1034"),
                codes(declared(
                        channel("closed")
                                .maxConnections(0)
                                .maxConnectionsPerPrincipal(-1)
                                .maxSubscriptionsPerConnection(0)
                                .maxCallsPerSecond(0, 0)
                                .build(),
                        "a.Closed.closed()")));
        assertEquals(
                List.of(),
                codes(declared(
                        channel("one")
                                .maxConnections(1)
                                .maxConnectionsPerPrincipal(1)
                                .maxSubscriptionsPerConnection(1)
                                .build(),
                        "a.One.one()")));
    }

    @Test
    void reportsEveryProblemOfEveryChannelAtOnce() {
        var broken = ChannelDefinition.builder("todos")
                .route("/todos/{")
                .action(ActionDefinition.builder("list").build())
                .build();
        assertEquals(
                List.of("KNV1004", "KNV1005", "KNV1006", "KNV1007", "KNV1001"),
                codes(
                        declared(broken, "a.One.todos()"),
                        declared(channel("todos").build(), "a.Two.todos()")));
    }

    @Test
    void reportsEventsWithoutTypesBadQueueBoundsAndNullMiddleware() {
        var definition = channel("feed")
                .event("feed:updated", null)
                .outboundQueue(0, 1024)
                .middleware(null)
                .build();
        assertEquals(List.of("KNV1014", "KNV1015", "KNV1016"), codes(declared(definition, "a.Feed.feed()")));
    }

    @Test
    void reportsDeclaredErrorCodesThatAreBlankOrTheProtocolsOwn() {
        ChannelDefinition definition = ChannelDefinition.builder("shop")
                .action(ActionDefinition.<Void, Void>builder("buy")
                        .input(Void.class)
                        .output(Void.class)
                        .errors("out_of_stock", "forbidden", " ")
                        .handler((input, context) -> null)
                        .build())
                .build();
        var problems = validator.validate(List.of(declared(definition, "a.Shop.shop()")));
        assertEquals(
                List.of("KNV1020", "KNV1020"),
                problems.stream().map(KanavaException::code).toList());
        assertTrue(
                problems.get(0).getMessage().contains("'forbidden'"),
                problems.get(0).getMessage());
    }
}
