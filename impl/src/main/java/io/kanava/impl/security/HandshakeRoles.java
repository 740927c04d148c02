package io.kanava.impl.security;

import java.security.Principal;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Carries what the container said of a handshake's principal (its roles) and the caller's context of the
 * handshake's thread to the connection the handshake opens. The endpoint configuration's user properties cannot
 * carry them: some containers share them between concurrent handshakes. The principal object itself can: each
 * container hands a connection the very principal of its upgrade request, so two concurrent handshakes of one user
 * with different roles (two tokens of different scope, a role revoked between logins) each keep their own. An entry
 * is taken when its connection opens; entries of handshakes that never opened are swept once older than the
 * retention ({@value #RETENTION_PARAMETER}, five minutes unless set). Only a container that gave a connection
 * another principal object than its handshake would fall back to the latest roles captured for that name.
 */
public final class HandshakeRoles {

    /** The setting bounding how long the roles of a handshake whose connection never opened are kept. */
    public static final String RETENTION_PARAMETER = "kanava.security.handshake-retention";

    /** Five minutes, in seconds. */
    public static final int DEFAULT_RETENTION_SECONDS = 300;

    private static final int SWEEP_THRESHOLD = 256;

    private final Set<String> catalog;
    private final long retentionNanos;
    private final Map<Same, Captured> byPrincipal = new ConcurrentHashMap<>();
    private final Map<String, Captured> latestByName = new ConcurrentHashMap<>();

    /**
     * Creates the store.
     *
     * @param catalog the roles to ask the container about
     */
    public HandshakeRoles(Set<String> catalog) {
        this(catalog, Duration.ofSeconds(DEFAULT_RETENTION_SECONDS));
    }

    /**
     * Creates the store.
     *
     * @param catalog the roles to ask the container about
     * @param retention how long the roles of a handshake whose connection never opened are kept
     */
    public HandshakeRoles(Set<String> catalog, Duration retention) {
        this.catalog = catalog;
        this.retentionNanos = retention.toNanos();
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
        Captured entry = new Captured(roles, callerContext, now);
        byPrincipal.put(new Same(principal), entry);
        latestByName.put(principal.getName(), entry);
        if (byPrincipal.size() > SWEEP_THRESHOLD || latestByName.size() > SWEEP_THRESHOLD) {
            byPrincipal.values().removeIf(old -> now - old.at() > retentionNanos);
            latestByName.values().removeIf(old -> now - old.at() > retentionNanos);
        }
    }

    /**
     * Takes what was captured at the handshake of a new connection's principal.
     *
     * @param principal the principal of a new connection, possibly {@code null}
     * @return its roles and caller's context; none for an anonymous connection or one never captured
     */
    public Captured take(Principal principal) {
        if (principal == null) {
            return Captured.NONE;
        }
        Captured entry = byPrincipal.remove(new Same(principal));
        if (entry != null) {
            return entry;
        }
        Captured latest = latestByName.get(principal.getName());
        return latest == null ? Captured.NONE : latest;
    }

    /**
     * What a handshake's container said of its principal.
     *
     * @param roles the cataloged roles it holds
     * @param callerContext the caller's context of the handshake's thread
     * @param at when it was captured, in {@link System#nanoTime()}
     */
    public record Captured(Set<String> roles, CallerContext callerContext, long at) {

        /** Nothing captured: no roles, calls run as they come. */
        public static final Captured NONE = new Captured(Set.of(), CallerContext.NONE, 0);
    }

    /** A principal compared by identity: two handshakes of one name are two keys. */
    private record Same(Principal principal) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Same same && same.principal == principal;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(principal);
        }
    }
}
