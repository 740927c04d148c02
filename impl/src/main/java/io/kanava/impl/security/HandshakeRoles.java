package io.kanava.impl.security;

import java.security.Principal;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Carries the roles a principal held at its handshake, and the caller's context of the handshake's thread, to the
 * connection the handshake opens. Roles are kept per
 * principal name rather than in the endpoint configuration's user properties, which some containers share
 * between concurrent handshakes: a connection only ever sees roles captured for its own principal. Entries older
 * than {@link #RETENTION_NANOS} are swept when new ones arrive.
 */
public final class HandshakeRoles {

    static final long RETENTION_NANOS = 5L * 60 * 1_000_000_000;
    private static final int SWEEP_THRESHOLD = 256;

    private final Set<String> catalog;
    private final Map<String, Captured> captured = new ConcurrentHashMap<>();

    /**
     * Creates the store.
     *
     * @param catalog the roles to ask the container about
     */
    public HandshakeRoles(Set<String> catalog) {
        this.catalog = catalog;
    }

    /**
     * Records what the container says of a principal during its handshake.
     *
     * @param principal the principal of the upgrade request, possibly {@code null}
     * @param isUserInRole the handshake's role check
     */
    public void capture(Principal principal, Predicate<String> isUserInRole) {
        capture(principal, isUserInRole, CallerContext.NONE);
    }

    /**
     * Records what the container says of a principal during its handshake, and the context its calls run in.
     *
     * @param principal the principal of the upgrade request, possibly {@code null}
     * @param isUserInRole the handshake's role check
     * @param callerContext the caller's context captured on the handshake's thread
     */
    public void capture(Principal principal, Predicate<String> isUserInRole, CallerContext callerContext) {
        if (principal == null) {
            return;
        }
        Set<String> roles = catalog.stream().filter(isUserInRole).collect(Collectors.toUnmodifiableSet());
        long now = System.nanoTime();
        captured.put(principal.getName(), new Captured(roles, callerContext, now));
        if (captured.size() > SWEEP_THRESHOLD) {
            captured.values().removeIf(entry -> now - entry.at() > RETENTION_NANOS);
        }
    }

    /**
     * Returns the roles captured for a principal.
     *
     * @param principal the principal of a new connection, possibly {@code null}
     * @return its roles, empty when anonymous or never captured
     */
    public Set<String> rolesOf(Principal principal) {
        if (principal == null) {
            return Set.of();
        }
        Captured entry = captured.get(principal.getName());
        return entry == null ? Set.of() : entry.roles();
    }

    /**
     * Returns the caller's context captured for a principal.
     *
     * @param principal the principal of a new connection, possibly {@code null}
     * @return its context, {@link CallerContext#NONE} when anonymous or never captured
     */
    public CallerContext callerContextOf(Principal principal) {
        if (principal == null) {
            return CallerContext.NONE;
        }
        Captured entry = captured.get(principal.getName());
        return entry == null ? CallerContext.NONE : entry.callerContext();
    }

    private record Captured(Set<String> roles, CallerContext callerContext, long at) {}
}
