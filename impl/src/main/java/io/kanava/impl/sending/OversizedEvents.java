package io.kanava.impl.sending;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

import io.kanava.impl.Messages;

/**
 * Keeps a channel's events that could never fit its outgoing queue away from its connections: such an event is not
 * a slow client's fault, so it is not sent rather than ending the connection. The first event of each name that
 * does not fit is reported as a warning (KNV3043), later ones at {@code FINE}, so a publisher of large events does
 * not flood the log.
 */
public final class OversizedEvents {

    private static final Logger LOG = Logger.getLogger(OversizedEvents.class.getName());

    private final String channel;
    private final long limit;
    private final Set<String> reported = ConcurrentHashMap.newKeySet();

    /**
     * Watches one channel's events.
     *
     * @param channel the channel's name
     * @param limits the channel's outgoing bounds; an event frame longer than their characters never fits
     */
    public OversizedEvents(String channel, OutboundQueueLimits limits) {
        this.channel = channel;
        this.limit = limits.maxChars();
    }

    /**
     * Tells whether an event frame may be queued, and reports it when it may not.
     *
     * @param event the event's name
     * @param frame the event's frame
     * @return {@code true} when the frame fits the channel's outgoing queue
     */
    public boolean admits(String event, String frame) {
        if (frame.length() <= limit) {
            return true;
        }
        String message = Messages.eventTooLarge(channel, event, frame.length(), limit);
        if (reported.add(event)) {
            LOG.warning(message);
        } else {
            LOG.fine(message);
        }
        return false;
    }

    /**
     * Returns the channel's outgoing limit.
     *
     * @return the most characters an event frame may have
     */
    public long limit() {
        return limit;
    }
}
