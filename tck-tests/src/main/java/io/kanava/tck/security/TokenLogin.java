package io.kanava.tck.security;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

import io.kanava.ActionDefinition;
import io.kanava.ActionException;
import io.kanava.Connection;
import io.kanava.UserSession;

/**
 * The kit's in-band login: a token {@code token:<subject>:<role>,<role>} starts a session with that subject and
 * those roles; {@code token:<subject>:<roles>:<millis>} one that expires after that many milliseconds. A real
 * application verifies a signed token instead.
 */
final class TokenLogin {

    private TokenLogin() {}

    /** The open action {@code login} {@code {token}}, answering who the connection now is. */
    static ActionDefinition<Credentials, Caller> action() {
        return ActionDefinition.<Credentials, Caller>builder("login")
                .input(Credentials.class)
                .output(Caller.class)
                .auth(false)
                .handler((credentials, context) -> login(credentials, context.connection()))
                .build();
    }

    static Caller login(Credentials credentials, Connection connection) {
        String[] parts = credentials == null || credentials.token() == null
                ? new String[0]
                : credentials.token().split(":", -1);
        if (parts.length < 3 || parts.length > 4 || !parts[0].equals("token") || parts[1].isEmpty()) {
            throw new ActionException("invalid_token", "The token is not valid");
        }
        Set<String> roles = parts[2].isEmpty() ? Set.of() : new LinkedHashSet<>(Arrays.asList(parts[2].split(",")));
        UserSession.Builder session = UserSession.builder(parts[1]).roles(roles);
        if (parts.length == 4) {
            session.expiresAt(Instant.now().plusMillis(Long.parseLong(parts[3])));
        }
        connection.startSession(session.build());
        return callerOf(connection);
    }

    static Caller callerOf(Connection connection) {
        return new Caller(
                connection.subject().orElse(null),
                connection.isAuthenticated(),
                connection.hasRole("admin"),
                connection.hasRole("user"),
                connection.session().isPresent());
    }
}
