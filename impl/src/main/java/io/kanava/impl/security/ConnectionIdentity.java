package io.kanava.impl.security;

import java.security.Principal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import io.kanava.UserSession;

/**
 * Who a connection is: the container's principal and roles of its handshake, and the in-band session it may start,
 * which wins while it lasts and is forgotten once it expires.
 */
public final class ConnectionIdentity {

    private final Principal principal;
    private final Set<String> containerRoles;
    private final AtomicReference<UserSession> session = new AtomicReference<>();

    /**
     * Creates the identity of a new connection.
     *
     * @param principal the principal of its upgrade request, {@code null} when anonymous
     * @param containerRoles the roles the container granted it at the handshake
     */
    public ConnectionIdentity(Principal principal, Set<String> containerRoles) {
        this.principal = principal;
        this.containerRoles = Set.copyOf(containerRoles);
    }

    /**
     * Returns the container's principal.
     *
     * @return the principal, empty when anonymous
     */
    public Optional<Principal> principal() {
        return Optional.ofNullable(principal);
    }

    /**
     * Returns the in-band session, forgetting it once it has expired.
     *
     * @return the session, empty when none was started, it ended or it expired
     */
    public Optional<UserSession> session() {
        UserSession current = session.get();
        if (current != null && current.expiresAt().isPresent() && current.isExpired(Instant.now())) {
            session.compareAndSet(current, null);
            return Optional.empty();
        }
        return Optional.ofNullable(current);
    }

    /**
     * Starts or replaces the in-band session.
     *
     * @param started the session
     */
    public void startSession(UserSession started) {
        session.set(Objects.requireNonNull(started, "session"));
    }

    /** Ends the in-band session. */
    public void endSession() {
        session.set(null);
    }

    /**
     * Tells whether the connection holds a role: the session's roles while it lasts, else the container's.
     *
     * @param role the role
     * @return {@code true} when it does
     */
    public boolean hasRole(String role) {
        Optional<UserSession> current = session();
        return current.isPresent() ? current.get().hasRole(role) : containerRoles.contains(role);
    }
}
