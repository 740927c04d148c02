package io.kanava.impl.codec;

import java.math.BigDecimal;

/**
 * Reads the {@code kanava.v1} envelope of a client frame: {@code {"id", "action", "data"}}. The {@code data}
 * member is kept as its exact JSON text, read by {@link EnvelopeReader} without building a tree; the router binds it
 * to the action's input type.
 */
public final class FrameDecoder {

    static final String NOT_JSON = "Frame is not valid JSON";
    static final String NOT_OBJECT = "Frame is not a JSON object";
    static final String BAD_ID = "Field 'id' must be a string of at most " + CallId.MAX_LENGTH
            + " characters without lone surrogates, or an integer";
    private static final int MAX_NUMBER_ID_LENGTH = 32;

    /** The longest action name a frame may carry; no definition may declare a longer one. */
    public static final int MAX_ACTION_LENGTH = 128;

    static final String BAD_ACTION = "Field 'action' is required and must be a non-empty string of at most "
            + MAX_ACTION_LENGTH + " characters, without lone surrogates";

    /**
     * Reads one client frame.
     *
     * @param text the frame's text
     * @return the call, or what is wrong with it
     */
    public InboundFrame decode(String text) {
        EnvelopeReader.Envelope envelope;
        try {
            envelope = EnvelopeReader.read(text);
        } catch (JsonCursor.NotJson e) {
            return new InboundFrame.MalformedFrame(null, null, NOT_JSON);
        }
        if (!envelope.object()) {
            return new InboundFrame.MalformedFrame(null, null, NOT_OBJECT);
        }
        CallId id = callId(envelope);
        String action = envelope.actionKind() == EnvelopeReader.Kind.STRING
                        && !envelope.action().isEmpty()
                        && envelope.action().length() <= MAX_ACTION_LENGTH
                        && wellFormed(envelope.action())
                ? envelope.action()
                : null;
        if (envelope.idKind() != EnvelopeReader.Kind.ABSENT && id == null) {
            return new InboundFrame.MalformedFrame(null, action, BAD_ID);
        }
        if (action == null) {
            return new InboundFrame.MalformedFrame(id, null, BAD_ACTION);
        }
        return new InboundFrame.ActionCall(id, action, envelope.data());
    }

    private static CallId callId(EnvelopeReader.Envelope envelope) {
        return switch (envelope.idKind()) {
            case STRING ->
                envelope.id().length() <= CallId.MAX_LENGTH && wellFormed(envelope.id())
                        ? CallId.ofString(envelope.id())
                        : null;
            case NUMBER -> integerId(envelope.id());
            default -> null;
        };
    }

    /**
     * An integer id, as JSON-P's {@code isIntegral} decides: no fraction and no exponent left after normalising
     * ({@code 1E0} is 1, {@code 1.0} is not an integer). A number text longer than any long is refused before any
     * arithmetic, so a huge id costs nothing.
     */
    private static CallId integerId(String number) {
        if (number.length() > MAX_NUMBER_ID_LENGTH) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(number);
            return value.scale() == 0 ? CallId.ofInteger(value.longValueExact()) : null;
        } catch (ArithmeticException | NumberFormatException notALong) {
            return null;
        }
    }

    /**
     * Tells whether a text is well-formed UTF-16: a lone surrogate cannot be written back as UTF-8, so an id or
     * action holding one would come back as {@code "?"} and the client could not match the answer.
     */
    static boolean wellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
