package io.kanava.impl.codec;

/**
 * The id of a call as the client sent it: a string of at most {@value #MAX_LENGTH} characters or an integer.
 * {@link #json()} is the id written back as JSON, so an integer id is echoed as a number.
 *
 * @param text the id as text
 * @param json the id as a JSON value
 */
public record CallId(String text, String json) {

    /** The longest string id a client may send. */
    public static final int MAX_LENGTH = 64;

    static CallId ofString(String text) {
        return new CallId(text, JsonStrings.quote(text));
    }

    static CallId ofInteger(long value) {
        String text = Long.toString(value);
        return new CallId(text, text);
    }
}
