package io.kanava.impl.endpoint;

import java.nio.charset.StandardCharsets;

/** Fits a close reason to the wire: at most 123 bytes of UTF-8, no lone surrogates, no surrogate pair cut in two. */
final class CloseReasons {

    private static final int MAX_REASON_BYTES = 123;

    private CloseReasons() {}

    /**
     * Returns the reason as it can be sent.
     *
     * @param reason the reason, possibly {@code null}
     * @return the reason fitted to a close frame
     */
    static String fit(String reason) {
        String text = reason == null ? "" : withoutLoneSurrogates(reason);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= MAX_REASON_BYTES) {
            return text;
        }
        int end = text.length();
        while (text.substring(0, end).getBytes(StandardCharsets.UTF_8).length > MAX_REASON_BYTES) {
            end--;
            if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
                end--; // never cut a pair in two
            }
        }
        return text.substring(0, end);
    }

    /** A close reason is UTF-8 on the wire, where a lone surrogate cannot go; it becomes {@code '?'}. */
    private static String withoutLoneSurrogates(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (paired) {
                if (out != null) {
                    out.append(c).append(text.charAt(i + 1));
                }
                i++;
            } else if (Character.isSurrogate(c)) {
                if (out == null) {
                    out = new StringBuilder(text.length()).append(text, 0, i);
                }
                out.append('?');
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
