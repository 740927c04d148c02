package io.kanava.sample.chat;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one chat room, in memory: it stamps each message with an id and the time (to the millisecond), and keeps
 * the latest 1,000. Thread-safe.
 */
@ApplicationScoped
public class ChatRoom {

    static final int CAPACITY = 1_000;
    private static final int DEFAULT_HISTORY = 50;
    private static final int MAX_HISTORY = 200;

    private final Clock clock;
    private final int capacity;
    private final Deque<ChatMessage> messages = new ArrayDeque<>();
    private long lastId;

    /**
     * Creates an empty room on the system clock.
     */
    public ChatRoom() {
        this(Clock.systemUTC(), CAPACITY);
    }

    ChatRoom(Clock clock, int capacity) {
        this.clock = clock;
        this.capacity = capacity;
    }

    /**
     * Stores a message, dropping the oldest one when the room is full.
     *
     * @param sender who sent it
     * @param text the message
     * @return the stored message, with its id and time
     */
    public synchronized ChatMessage post(String sender, String text) {
        ChatMessage message =
                new ChatMessage(++lastId, sender, text, clock.instant().truncatedTo(ChronoUnit.MILLIS));
        messages.addLast(message);
        if (messages.size() > capacity) {
            messages.removeFirst();
        }
        return message;
    }

    /**
     * Returns the latest messages.
     *
     * @param limit how many; {@code null} or not positive means 50, and more than 200 means 200
     * @return at most that many messages, oldest first
     */
    public synchronized List<ChatMessage> history(Integer limit) {
        int count = Math.min(effectiveLimit(limit), messages.size());
        ChatMessage[] latest = new ChatMessage[count];
        Iterator<ChatMessage> newestFirst = messages.descendingIterator();
        for (int i = count - 1; i >= 0; i--) {
            latest[i] = newestFirst.next();
        }
        return List.of(latest);
    }

    private static int effectiveLimit(Integer limit) {
        if (limit == null || limit <= 0) {
            return DEFAULT_HISTORY;
        }
        return Math.min(limit, MAX_HISTORY);
    }
}
