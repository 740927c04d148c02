package io.kanava.benchmarks;

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
import io.kanava.impl.eventhub.EventSubscriber;
import io.kanava.impl.eventhub.HubEvent;
import io.kanava.impl.sending.OutboundQueue;
import io.kanava.impl.sending.OutboundQueueLimits;

/**
 * A subscriber with a real outgoing queue whose socket writes complete at once: what a fan-out costs Kanava itself,
 * without the network.
 */
final class DiscardingSubscriber implements Connection, EventSubscriber {

    private final String id;
    private final Set<String> topics = ConcurrentHashMap.newKeySet();
    private final OutboundQueue queue;
    long written;

    DiscardingSubscriber(String id) {
        this.id = id;
        this.queue = new OutboundQueue(
                (text, done) -> {
                    written += text.length();
                    done.accept(null);
                },
                OutboundQueueLimits.DEFAULT,
                (frames, chars) -> {
                    throw new IllegalStateException("a discarding subscriber never overflows");
                });
    }

    OutboundQueue queue() {
        return queue;
    }

    @Override
    public void deliver(HubEvent event) {
        queue.offerEvent(event.frame(), null);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public int maxSubscriptions() {
        return Integer.MAX_VALUE;
    }

    @Override
    public Set<String> topics() {
        return topics;
    }

    @Override
    public String channel() {
        return "prices";
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
    public Optional<UserSession> session() {
        return Optional.empty();
    }

    @Override
    public void startSession(UserSession session) {}

    @Override
    public void endSession() {}

    @Override
    public boolean hasRole(String role) {
        return false;
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
        return Map.of();
    }
}
