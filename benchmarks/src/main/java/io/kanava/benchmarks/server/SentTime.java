package io.kanava.benchmarks.server;

/** Reads the {@code "sent"} number the load generator put in a call's data back out of a reply or an event. */
final class SentTime {

    private static final String FIELD = "\"sent\":";

    private SentTime() {}

    /**
     * Finds the send time in a frame without parsing all of it.
     *
     * @param frame a reply or event carrying a note
     * @return the {@link System#nanoTime()} the note was sent at, or {@code -1} when the frame has none
     */
    static long in(String frame) {
        int at = frame.indexOf(FIELD);
        if (at < 0) {
            return -1;
        }
        long value = 0;
        boolean digits = false;
        for (int i = at + FIELD.length(); i < frame.length(); i++) {
            char c = frame.charAt(i);
            if (c < '0' || c > '9') {
                break;
            }
            value = value * 10 + (c - '0');
            digits = true;
        }
        return digits ? value : -1;
    }

    /**
     * Writes a call whose data is a note sent now.
     *
     * @param id the call's id
     * @param action the action
     * @param text the note's text
     * @return the frame
     */
    static String call(long id, String action, String text) {
        return "{\"id\":" + id + ",\"action\":\"" + action + "\",\"data\":{\"text\":\"" + text + "\",\"sent\":"
                + System.nanoTime() + "}}";
    }
}
