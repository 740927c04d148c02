package io.kanava.impl.endpoint;

import java.util.function.Consumer;

/**
 * Puts a connection's text messages together from the parts the container hands over, up to a bound in bytes of
 * UTF-8: a message that grows past it is dropped as it arrives, never held whole, and reported once; the parts of
 * it still to come are ignored. Characters are counted as three bytes until that bound might be passed, so a
 * message well within it is never scanned. Whether a container honours {@code Session.setMaxTextMessageBufferSize} differs
 * (WildFly and Open Liberty neither close nor report), so Kanava bounds messages itself. Parts of one connection
 * arrive one at a time.
 */
final class IncomingText {

    private final int maxBytes;
    private final Consumer<String> whole;
    private final Runnable tooBig;
    private StringBuilder parts;
    private long bytes;
    private boolean exact;
    private boolean discarding;

    /**
     * Creates the assembler of one connection.
     *
     * @param maxBytes the bound of a message
     * @param whole given each complete message within the bound
     * @param tooBig run once per message that grows past the bound
     */
    IncomingText(int maxBytes, Consumer<String> whole, Runnable tooBig) {
        this.maxBytes = maxBytes;
        this.whole = whole;
        this.tooBig = tooBig;
    }

    /**
     * Takes the next part of a message.
     *
     * @param part the part
     * @param last whether it ends the message
     */
    void accept(String part, boolean last) {
        if (discarding) {
            discarding = !last;
            return;
        }
        if (!exact && bytes + 3L * part.length() <= maxBytes) {
            bytes += 3L * part.length(); // at most three bytes a character: no need to count them
        } else {
            if (!exact) {
                bytes = parts == null ? 0 : utf8Length(parts);
                exact = true;
            }
            bytes += utf8Length(part);
            if (bytes > maxBytes) {
                reset();
                discarding = !last;
                tooBig.run();
                return;
            }
        }
        if (last) {
            String message = parts == null ? part : parts.append(part).toString();
            reset();
            whole.accept(message);
        } else {
            if (parts == null) {
                parts = new StringBuilder(part.length() * 2);
            }
            parts.append(part);
        }
    }

    private void reset() {
        parts = null;
        bytes = 0;
        exact = false;
    }

    /**
     * Counts the bytes of a text in UTF-8; a message's parts are counted only once it might pass the bound.
     *
     * @param text the text
     * @return its length in UTF-8
     */
    static long utf8Length(CharSequence text) {
        long length = text.length();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                if (c < 0x800) {
                    length += 1;
                } else if (Character.isHighSurrogate(c)) {
                    length += 2; // with its low surrogate, four bytes for two chars
                    i++;
                } else {
                    length += 2;
                }
            }
        }
        return length;
    }
}
