package io.kanava.impl.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.kanava.ActionContext;
import io.kanava.ActionDefinition;
import io.kanava.Connection;
import io.kanava.Permission;
import io.kanava.impl.routing.TestConnection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PermissionEvaluatorTest {

    /** Permissions that pass or fail by a letter: 'y' passes, 'n' fails. */
    private static Permission<Object> fixed(char outcome) {
        return (context, input) -> outcome == 'y';
    }

    private static ActionContext contextOf(Connection connection) {
        return new ActionContext() {
            @Override
            public Connection connection() {
                return connection;
            }

            @Override
            public String action() {
                return "act";
            }

            @Override
            public Optional<String> id() {
                return Optional.empty();
            }
        };
    }

    /**
     * Groups written as words separated by '|', each letter one permission: "yy|n" is two groups, the first with two
     * passing permissions, the second with one failing permission.
     */
    @ParameterizedTest(name = "groups \"{0}\" → {1}")
    @CsvSource({
        "'',      true",
        "y,       true",
        "n,       false",
        "yy,      true",
        "yn,      false",
        "ny,      false",
        "n|y,     true",
        "y|n,     true",
        "n|n,     false",
        "yn|ny,   false",
        "yn|yy,   true",
        "nn|yn|y, true",
    })
    void passesWhenAnyGroupHasAllItsPermissionsPassing(String groups, boolean expected) throws Exception {
        var builder = ActionDefinition.<Object, Void>builder("act");
        if (!groups.isEmpty()) {
            String[] words = groups.split("\\|");
            for (int g = 0; g < words.length; g++) {
                for (char outcome : words[g].toCharArray()) {
                    builder.permissions("group" + g, fixed(outcome));
                }
            }
        }
        var evaluator = PermissionEvaluator.of(builder.build());
        assertEquals(expected, evaluator.permits(contextOf(new TestConnection()), null));
    }

    @Test
    void checksRolesOfTheInBandSessionOverThoseOfTheContainer() throws Exception {
        var evaluator = PermissionEvaluator.of(ActionDefinition.<Object, Void>builder("act")
                .permissions("admins", Permission.role("admin"))
                .build());
        var alice = new TestConnection("alice", Set.of("admin"));
        assertEquals(true, evaluator.permits(contextOf(alice), null));
        alice.startSession(io.kanava.UserSession.of("alice", Set.of("user")));
        assertEquals(false, evaluator.permits(contextOf(alice), null));
        assertEquals(false, evaluator.permits(contextOf(new TestConnection("bob", Set.of("user"))), null));
    }

    @Test
    void givesEachPermissionTheDecodedInput() throws Exception {
        var evaluator = PermissionEvaluator.of(ActionDefinition.<String, Void>builder("act")
                .permissions(
                        "owner",
                        (context, owner) ->
                                owner.equals(context.connection().subject().orElse("")))
                .build());
        var bob = new TestConnection("bob", Set.of());
        assertEquals(true, evaluator.permits(contextOf(bob), "bob"));
        assertEquals(false, evaluator.permits(contextOf(bob), "alice"));
    }

    @Test
    void stopsAtTheFirstFailingPermissionOfAGroupAndTheFirstPassingGroup() throws Exception {
        var calls = new AtomicInteger();
        Permission<Object> counted = (context, input) -> calls.incrementAndGet() > 0;
        var evaluator = PermissionEvaluator.of(ActionDefinition.<Object, Void>builder("act")
                .permissions("first", fixed('n'), counted)
                .permissions("second", counted)
                .permissions("third", counted)
                .build());
        assertEquals(true, evaluator.permits(contextOf(new TestConnection()), null));
        assertEquals(1, calls.get());
    }

    @Test
    void letsAFailingPermissionThrow() {
        var evaluator = PermissionEvaluator.of(ActionDefinition.<Object, Void>builder("act")
                .permissions("broken", (context, input) -> {
                    throw new IllegalStateException("directory down");
                })
                .build());
        assertThrows(IllegalStateException.class, () -> evaluator.permits(contextOf(new TestConnection()), null));
    }

    @Test
    void keepsGroupsInDeclarationOrder() {
        var action = ActionDefinition.<Object, Void>builder("act")
                .permissions("b", fixed('y'))
                .permissions("a", fixed('y'))
                .permissions("b", fixed('n'))
                .build();
        assertEquals(List.of("b", "a"), List.copyOf(action.permissions().keySet()));
        assertEquals(2, action.permissions().get("b").size());
    }
}
