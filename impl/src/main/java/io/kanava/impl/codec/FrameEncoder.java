package io.kanava.impl.codec;

import jakarta.websocket.Encoder;

/**
 * Writes the {@code kanava.v1} envelope of a server frame. Payloads arrive as JSON text, so one event encoded for
 * many connections is serialised only once. A lone surrogate anywhere in the frame leaves as its escape, so every
 * frame can be written as UTF-8.
 */
public final class FrameEncoder implements Encoder.Text<OutboundFrame> {

    @Override
    public String encode(OutboundFrame frame) {
        if (frame instanceof OutboundFrame.Reply reply) {
            return JsonStrings.escapeLoneSurrogates(reply(reply));
        }
        if (frame instanceof OutboundFrame.Error error) {
            return JsonStrings.escapeLoneSurrogates(error(error));
        }
        if (frame instanceof OutboundFrame.Event event) {
            return event(event.event(), event.data());
        }
        throw new IllegalArgumentException("A pending answer is written once it completes, not before: " + frame);
    }

    /**
     * Writes an event frame.
     *
     * @param event the event name
     * @param data the event's data as JSON text
     * @return the frame text
     */
    public static String event(String event, String data) {
        StringBuilder out = new StringBuilder(event.length() + data.length() + 22);
        out.append("{\"event\":");
        JsonStrings.appendQuoted(out, event);
        return JsonStrings.escapeLoneSurrogates(
                out.append(",\"data\":").append(data).append('}').toString());
    }

    private static String reply(OutboundFrame.Reply reply) {
        StringBuilder out =
                new StringBuilder(64 + (reply.data() == null ? 0 : reply.data().length()));
        out.append('{');
        appendIdAndAction(out, reply.id(), reply.action());
        if (reply.data() != null) {
            out.append(",\"data\":").append(reply.data());
        }
        return out.append('}').toString();
    }

    private static String error(OutboundFrame.Error error) {
        StringBuilder out = new StringBuilder(128);
        out.append('{');
        if (appendIdAndAction(out, error.id(), error.action())) {
            out.append(',');
        }
        out.append("\"error\":{\"code\":");
        JsonStrings.appendQuoted(out, error.code());
        out.append(",\"message\":");
        JsonStrings.appendQuoted(out, error.message() == null ? "" : error.message());
        if (error.errorId() != null) {
            out.append(",\"errorId\":");
            JsonStrings.appendQuoted(out, error.errorId());
        }
        if (!error.violations().isEmpty()) {
            out.append(",\"violations\":[");
            for (int i = 0; i < error.violations().size(); i++) {
                Violation violation = error.violations().get(i);
                out.append(i == 0 ? "{\"path\":" : ",{\"path\":");
                JsonStrings.appendQuoted(out, violation.path());
                out.append(",\"message\":");
                JsonStrings.appendQuoted(out, violation.message());
                out.append('}');
            }
            out.append(']');
        }
        return out.append("}}").toString();
    }

    private static boolean appendIdAndAction(StringBuilder out, CallId id, String action) {
        if (id != null) {
            out.append("\"id\":").append(id.json());
        }
        if (action != null) {
            out.append(id != null ? ",\"action\":" : "\"action\":");
            JsonStrings.appendQuoted(out, action);
        }
        return id != null || action != null;
    }
}
