package io.kanava.impl.routing;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

import io.kanava.Connection;

/** A connection that is not attached to any socket, for routing tests. */
final class TestConnection implements Connection {

    private final Map<String, Object> attributes = new ConcurrentHashMap<>();

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
        return Optional.empty();
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
