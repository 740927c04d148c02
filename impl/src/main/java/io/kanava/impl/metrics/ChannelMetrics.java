package io.kanava.impl.metrics;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;

import io.kanava.ActionDefinition;
import io.kanava.ChannelDefinition;
import io.kanava.impl.codec.OutboundFrame;
import io.kanava.impl.sending.QueueHighWater;

/**
 * What one channel has done: its calls by action and outcome and how long they took, its open connections, the
 * deepest outgoing queue, the clients given up as slow, and the events delivered and dropped. Counting takes no lock.
 * Only the channel's declared actions get their own count, so a client cannot grow the table with names it makes up.
 */
public final class ChannelMetrics implements ChannelMetricsMXBean {

    /** The action counted for calls naming none the channel declares. */
    static final String OTHER_ACTION = "$other";

    private static final String OK = "ok";

    private final String channel;
    private final Set<String> actions;
    private final IntSupplier open;
    private final Map<String, LongAdder> calls = new ConcurrentHashMap<>();
    private final Durations durations = new Durations();
    private final QueueHighWater highWater = new QueueHighWater();
    private final LongAdder slowCloses = new LongAdder();
    private final LongAdder delivered = new LongAdder();
    private final LongAdder dropped = new LongAdder();

    /**
     * Starts the metrics of a channel.
     *
     * @param definition the channel
     * @param open how many of its connections are open now
     */
    public ChannelMetrics(ChannelDefinition definition, IntSupplier open) {
        this.channel = definition.name();
        this.actions =
                definition.actions().stream().map(ActionDefinition::name).collect(Collectors.toUnmodifiableSet());
        this.open = open;
    }

    /**
     * Counts an answer about to be sent.
     *
     * @param answer a reply or an error frame
     */
    public void answered(OutboundFrame answer) {
        String action;
        String outcome;
        if (answer instanceof OutboundFrame.Reply reply) {
            action = reply.action();
            outcome = OK;
        } else if (answer instanceof OutboundFrame.Error error) {
            action = error.action();
            outcome = error.code();
        } else {
            return;
        }
        String key = (action != null && actions.contains(action) ? action : OTHER_ACTION) + " " + outcome;
        calls.computeIfAbsent(key, counted -> new LongAdder()).increment();
    }

    /**
     * Records how long a call took from dispatch to answer.
     *
     * @param nanos its duration
     */
    public void called(long nanos) {
        durations.record(nanos);
    }

    /**
     * Returns the high-water mark every connection's outgoing queue of this channel raises.
     *
     * @return the shared mark
     */
    public QueueHighWater queueHighWater() {
        return highWater;
    }

    /** Counts a connection given up for reading too slowly. */
    public void slowClientClosed() {
        slowCloses.increment();
    }

    /** Counts an event queued to a connection. */
    public void eventDelivered() {
        delivered.increment();
    }

    /**
     * Counts events dropped on their way to a connection.
     *
     * @param events how many
     */
    public void eventsDropped(int events) {
        dropped.add(events);
    }

    @Override
    public String getChannel() {
        return channel;
    }

    @Override
    public int getConnectionsOpen() {
        return open.getAsInt();
    }

    @Override
    public Map<String, Long> getCalls() {
        Map<String, Long> counts = new TreeMap<>();
        calls.forEach((key, count) -> counts.put(key, count.sum()));
        return counts;
    }

    @Override
    public long getCallCount() {
        return durations.count();
    }

    @Override
    public long getCallTotalMicros() {
        return durations.totalMicros();
    }

    @Override
    public long getCallLongestMicros() {
        return durations.longestMicros();
    }

    @Override
    public int getQueueHighWaterFrames() {
        return highWater.frames();
    }

    @Override
    public long getQueueHighWaterChars() {
        return highWater.chars();
    }

    @Override
    public long getSlowClientCloses() {
        return slowCloses.sum();
    }

    @Override
    public long getEventsDelivered() {
        return delivered.sum();
    }

    @Override
    public long getEventsDropped() {
        return dropped.sum();
    }
}
