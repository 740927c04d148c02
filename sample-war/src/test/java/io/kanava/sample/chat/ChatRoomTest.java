package io.kanava.sample.chat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ChatRoomTest {

    private static final Instant NOON = Instant.parse("2025-01-01T12:00:00.123456789Z");

    private final ChatRoom room = new ChatRoom(Clock.fixed(NOON, ZoneOffset.UTC), ChatRoom.CAPACITY);

    @Test
    void stampsEachMessageWithTheNextIdAndTheTimeItArrived() {
        Instant noonToTheMillisecond = Instant.parse("2025-01-01T12:00:00.123Z");

        assertEquals(new ChatMessage(1, "alice", "Hello", noonToTheMillisecond), room.post("alice", "Hello"));
        assertEquals(new ChatMessage(2, "anonymous", "Hi", noonToTheMillisecond), room.post("anonymous", "Hi"));
    }

    @Test
    void returnsTheLatestMessagesOldestFirst() {
        post(5);

        assertEquals(List.of(4L, 5L), idsOf(room.history(2)));
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), idsOf(room.history(10)));
    }

    @Test
    void returnsFiftyMessagesWhenTheLimitIsMissingOrNotPositive() {
        post(60);

        assertEquals(ids(11, 60), idsOf(room.history(null)));
        assertEquals(ids(11, 60), idsOf(room.history(0)));
        assertEquals(ids(11, 60), idsOf(room.history(-5)));
    }

    @Test
    void neverReturnsMoreThanTwoHundredMessages() {
        post(300);

        assertEquals(ids(101, 300), idsOf(room.history(1_000)));
    }

    @Test
    void forgetsTheOldestMessagesWhenFull() {
        ChatRoom smallRoom = new ChatRoom(Clock.fixed(NOON, ZoneOffset.UTC), 3);
        IntStream.rangeClosed(1, 5).forEach(i -> smallRoom.post("alice", "Message " + i));

        assertEquals(ids(3, 5), idsOf(smallRoom.history(10)));
    }

    private void post(int count) {
        IntStream.rangeClosed(1, count).forEach(i -> room.post("alice", "Message " + i));
    }

    private static List<Long> idsOf(List<ChatMessage> messages) {
        return messages.stream().map(ChatMessage::id).toList();
    }

    private static List<Long> ids(int first, int last) {
        return IntStream.rangeClosed(first, last).mapToObj(Long::valueOf).toList();
    }
}
