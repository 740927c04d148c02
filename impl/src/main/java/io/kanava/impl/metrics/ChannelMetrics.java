package io.kanava.impl.metrics;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntSupplier;

import io.kanava.ActionDefinition;
import io.kanava.ChannelDefinition;
import io.kanava.impl.codec.OutboundFrame;
import io.kanava.impl.sending.QueueHighWater;

/**
 * What one channel has done: its calls by action and outcome and how long they took, its open connections, the
 * deepest outgoing queue, the clients given up as slow, and the events delivered and dropped. Counting takes no lock
 * and allocates nothing once an action has met an outcome. Only the channel's declared actions get their own count,
 * so a client cannot grow the table with names it makes up. Metrics that are {@linkplain MetricsExport#OFF off}
 * count nothing: each method returns at once.
 */
public final class ChannelMetrics implements ChannelMetricsMXBean {

    /** The action counted for calls naming none the channel declares. */
    static final String OTHER_ACTION = "$other";

    private static final String OK = "ok";

    private final String channel;
    private final boolean counting;
    private final IntSupplier open;
    /** Per action, declared ones and {@value #OTHER_ACTION}: the calls by outcome. Fixed at start. */
    private final Map<String, Map<String, LongAdder>> calls = new HashMap<>();

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
        this(definition, open, MetricsExport.JMX);
    }

    /**
     * Starts the metrics of a channel, or metrics that count nothing.
     *
     * @param definition the channel
     * @param open how many of its connections are open now
     * @param export {@link MetricsExport#OFF} for metrics that count nothing
     */
    public ChannelMetrics(ChannelDefinition definition, IntSupplier open, MetricsExport export) {
        this.channel = definition.name();
        this.counting = export != MetricsExport.OFF;
        this.open = open;
        for (ActionDefinition<?, ?> action : definition.actions()) {
            calls.put(action.name(), new ConcurrentHashMap<>());
        }
        calls.put(OTHER_ACTION, new ConcurrentHashMap<>());
    }

    /**
     * Tells whether these metrics count: when they do not, nothing needs to be timed for them either.
     *
     * @return {@code false} when metrics are off
     */
    public boolean counting() {
        return counting;
    }

    /**
     * Counts an answer about to be sent.
     *
     * @param answer a reply or an error frame
     */
    public void answered(OutboundFrame answer) {
        if (!counting) {
            return;
        }
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
        Map<String, LongAdder> outcomes = action == null ? null : calls.get(action);
        if (outcomes == null) {
            outcomes = calls.get(OTHER_ACTION);
        }
        LongAdder count = outcomes.get(outcome);
        if (count == null) {
            count = outcomes.computeIfAbsent(outcome, first -> new LongAdder());
        }
        count.increment();
    }

    /**
     * Records how long a call took from dispatch to answer.
     *
     * @param nanos its duration
     */
    public void called(long nanos) {
        if (!counting) {
            return;
        }
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
        if (counting) {
            slowCloses.increment();
        }
    }

    /** Counts an event queued to a connection. */
    public void eventDelivered() {
        if (counting) {
            delivered.increment();
        }
    }

    /**
     * Counts events dropped on their way to a connection.
     *
     * @param events how many
     */
    public void eventsDropped(int events) {
        if (counting) {
            dropped.add(events);
        }
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
        calls.forEach((action, outcomes) ->
                outcomes.forEach((outcome, count) -> counts.put(action + " " + outcome, count.sum())));
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
