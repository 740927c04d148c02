package io.kanava.sample.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.kanava.ActionDefinition;
import io.kanava.ActionException;

/**
 * The in-band session actions both channels offer: {@code login} {@code {token}} verifies a token from
 * {@code POST /api/login} and opens a session on the connection (its subject and roles are the connection's identity
 * from then on); {@code logout} ends it. Both are open to anyone.
 */
@ApplicationScoped
public class SessionActions {

    @Inject
    SessionTokens tokens;

    /**
     * The {@code login} action.
     *
     * @return its definition
     */
    public ActionDefinition<Login, SignedIn> login() {
        return ActionDefinition.of("login", Login.class, SignedIn.class, (input, context) -> {
                    var session = tokens.verify(input.token())
                            .orElseThrow(() -> new ActionException("invalid_token", "The token is invalid or expired"));
                    context.connection().startSession(session);
                    return new SignedIn(session.subject(), session.roles());
                })
                .auth(false)
                .errors("invalid_token");
    }

    /**
     * The {@code logout} action.
     *
     * @return its definition
     */
    public ActionDefinition<Void, Void> logout() {
        return ActionDefinition.of("logout", Void.class, (input, context) -> context.connection()
                        .endSession())
                .auth(false);
    }
}
