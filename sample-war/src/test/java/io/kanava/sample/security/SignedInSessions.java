package io.kanava.sample.security;

/** The sample's session actions over a token issuer, for tests that run its channels without CDI. */
public final class SignedInSessions {

    private SignedInSessions() {}

    /**
     * Returns the session actions, verifying tokens of an issuer.
     *
     * @param tokens the issuer, as {@code POST /api/login} would use it
     * @return the actions
     */
    public static SessionActions over(SessionTokens tokens) {
        SessionActions sessions = new SessionActions();
        sessions.tokens = tokens;
        return sessions;
    }
}
