package io.kanava.tck.wire;

import jakarta.json.JsonObject;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Assertions on {@code kanava.v1} frames.
 */
public final class FrameAssertions {

    private FrameAssertions() {}

    /**
     * Asserts a frame is an error with a code, and returns its {@code error} member.
     *
     * @param frame the frame
     * @param code the expected error code
     * @return the error object
     */
    public static JsonObject assertError(JsonObject frame, String code) {
        assertTrue(frame.containsKey("error"), () -> "Expected an error frame, got " + frame);
        assertFalse(frame.containsKey("data"), () -> "An error frame carries no data: " + frame);
        JsonObject error = frame.getJsonObject("error");
        assertEquals(code, error.getString("code"), () -> "Unexpected error code in " + frame);
        assertTrue(error.containsKey("message"), () -> "An error carries a message: " + frame);
        return error;
    }

    /**
     * Asserts a frame is a reply to an action.
     *
     * @param frame the frame
     * @param action the action it answers
     */
    public static void assertReply(JsonObject frame, String action) {
        assertFalse(frame.containsKey("error"), () -> "Expected a reply, got " + frame);
        assertEquals(action, frame.getString("action"), () -> "Unexpected action in " + frame);
    }
}
