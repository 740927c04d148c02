package io.kanava.sample.chat;

import java.time.Instant;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import io.kanava.Topic;

/**
 * A message as the room stored it:
 * {@code {"id": 1, "sender": "anonymous", "text": "Hello", "sentAt": "2025-01-01T12:00:00Z"}}.
 *
 * @param id the id the room gave it, growing from 1
 * @param sender the name of the caller's principal, or {@code anonymous}
 * @param text the message
 * @param sentAt when the room received it
 */
@JsonbPropertyOrder({"id", "sender", "text", "sentAt"})
public record ChatMessage(long id, String sender, String text, Instant sentAt) {

    /** The topic of new messages, and the event's name on the wire. */
    public static final Topic<ChatMessage> TOPIC = Topic.of("chat:message", ChatMessage.class);
}
