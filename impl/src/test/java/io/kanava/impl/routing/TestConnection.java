package io.kanava.impl.routing;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

import io.kanava.Connection;
import io.kanava.UserSession;

/** A connection that is not attached to any socket, for routing and security tests. */
public class TestConnection implements Connection {

    private final Map<String, Object> attributes = new ConcurrentHashMap<>();
    private final Principal principal;
    private final Set<String> containerRoles;
    private volatile UserSession session;

    /** An anonymous connection. */
    public TestConnection() {
        this(null, Set.of());
    }

    /**
     * A connection whose upgrade request was authenticated.
     *
     * @param name the principal's name, or {@code null} for anonymous
     * @param containerRoles the roles captured at the handshake
     */
    public TestConnection(String name, Set<String> containerRoles) {
        this.principal = name == null ? null : () -> name;
        this.containerRoles = containerRoles;
    }

    @Override
    public String id() {
        return "connection-1";
    }

    @Override
    public String channel() {
        return "todos";
    }

    @Override
    public Map<String, String> pathParameters() {
        return Map.of();
    }

    @Override
    public Map<String, List<String>> queryParameters() {
        return Map.of();
    }

    @Override
    public Optional<Principal> principal() {
        return Optional.ofNullable(principal);
    }

    @Override
    public Optional<UserSession> session() {
        return Optional.ofNullable(session);
    }

    @Override
    public void startSession(UserSession session) {
        this.session = session;
    }

    @Override
    public void endSession() {
        this.session = null;
    }

    @Override
    public boolean hasRole(String role) {
        return session != null ? session.hasRole(role) : containerRoles.contains(role);
    }

    @Override
    public CompletionStage<Void> send(String event, Object data) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void close(int code, String reason) {}

    @Override
    public boolean isOpen() {
        return true;
    }

    @Override
    public Map<String, Object> attributes() {
        return attributes;
    }
}
