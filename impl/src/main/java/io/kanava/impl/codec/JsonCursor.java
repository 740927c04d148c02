package io.kanava.impl.codec;

import java.util.Arrays;

/**
 * A position in a JSON text (RFC 8259) that reads or skips one piece at a time, checking the grammar as it goes and
 * building nothing: the tokenizer under {@link EnvelopeReader}. Nesting is tracked on a stack rather than by
 * recursion and limited to {@value #MAX_DEPTH} levels, as Parsson, JSON-P's implementation, limits it. Every read
 * is bounds-checked; a text that breaks the grammar raises {@link NotJson}.
 */
final class JsonCursor {

    /** The most levels of nesting accepted, counting every enclosing container: as Parsson's default. */
    static final int MAX_DEPTH = 999;

    /** The text is not one JSON value. */
    static final class NotJson extends Exception {
        private static final long serialVersionUID = 1L;

        NotJson() {
            super(null, null, false, false);
        }
    }

    private final String text;
    private final int length;
    private int pos;

    JsonCursor(String text) {
        this.text = text;
        this.length = text.length();
    }

    /** Returns where the cursor is, as an index into the text. */
    int position() {
        return pos;
    }

    /** Returns the text from an earlier position up to the cursor. */
    String since(int start) {
        return text.substring(start, pos);
    }

    /** Steps over the character {@link #peek()} returned. */
    void skip() {
        pos++;
    }

    /** Tells whether the text ends here, whitespace aside; the whitespace is skipped. */
    boolean atEnd() {
        skipWhitespace();
        return pos >= length;
    }

    /**
     * Reads the rest of a string whose opening quote was read and tells which of some names it is; a string without
     * escapes is compared in place, without a copy.
     *
     * @param names the names
     * @return the index of the name it equals, or -1
     */
    int readNameAmong(String[] names) throws NotJson {
        int start = pos;
        while (pos < length) {
            char c = text.charAt(pos);
            if (c == '"') {
                pos++;
                return indexOf(names, text, start, pos - 1 - start);
            }
            if (c == '\\') {
                pos = start;
                String name = readString();
                return indexOf(names, name, 0, name.length());
            }
            if (c < 0x20) {
                throw new NotJson();
            }
            pos++;
        }
        throw new NotJson();
    }

    private static int indexOf(String[] names, String source, int start, int count) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].length() == count && source.startsWith(names[i], start)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Skips one value, checking its grammar; containers are tracked on a stack rather than by recursion.
     *
     * @param enclosing how many containers enclose the value
     */
    void skipValue(int enclosing) throws NotJson {
        char[] closers = null;
        int depth = 0;
        while (true) {
            skipWhitespace();
            char c = next();
            boolean complete = true;
            switch (c) {
                case '{', '[' -> {
                    if (enclosing + depth == MAX_DEPTH) {
                        throw new NotJson();
                    }
                    if (closers == null) {
                        closers = new char[16];
                    } else if (depth == closers.length) {
                        closers = Arrays.copyOf(closers, Math.min(MAX_DEPTH, depth * 2));
                    }
                    char closer = c == '{' ? '}' : ']';
                    closers[depth++] = closer;
                    skipWhitespace();
                    if (peek() == closer) {
                        pos++;
                        depth--;
                    } else {
                        if (closer == '}') {
                            memberName();
                        }
                        complete = false;
                    }
                }
                case '"' -> skipString();
                case 't' -> literal("rue");
                case 'f' -> literal("alse");
                case 'n' -> literal("ull");
                default -> {
                    if (c != '-' && !isDigit(c)) {
                        throw new NotJson();
                    }
                    pos--;
                    skipNumber();
                }
            }
            if (!complete) {
                continue;
            }
            // after a value: close containers, or move on to the next element or member
            while (true) {
                if (depth == 0) {
                    return;
                }
                skipWhitespace();
                char after = next();
                char closer = closers[depth - 1];
                if (after == closer) {
                    depth--;
                } else if (after == ',') {
                    if (closer == '}') {
                        skipWhitespace();
                        memberName();
                    }
                    break;
                } else {
                    throw new NotJson();
                }
            }
        }
    }

    /** Reads {@code "name" :} in an object being skipped. */
    private void memberName() throws NotJson {
        expect('"');
        skipString();
        skipWhitespace();
        expect(':');
    }

    /** Reads the rest of a string whose opening quote was read, decoding its escapes. */
    String readString() throws NotJson {
        int start = pos;
        while (pos < length) {
            char c = text.charAt(pos);
            if (c == '"') {
                return text.substring(start, pos++);
            }
            if (c == '\\') {
                return readEscapedString(start);
            }
            if (c < 0x20) {
                throw new NotJson();
            }
            pos++;
        }
        throw new NotJson();
    }

    private String readEscapedString(int start) throws NotJson {
        StringBuilder out = new StringBuilder(pos - start + 16).append(text, start, pos);
        while (pos < length) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                throw new NotJson();
            }
            out.append(c == '\\' ? escape() : c);
        }
        throw new NotJson();
    }

    /** Skips the rest of a string whose opening quote was read. */
    private void skipString() throws NotJson {
        while (pos < length) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return;
            }
            if (c < 0x20) {
                throw new NotJson();
            }
            if (c == '\\') {
                escape();
            }
        }
        throw new NotJson();
    }

    /** Reads the escape after a backslash and returns the character it stands for. */
    private char escape() throws NotJson {
        char c = next();
        return switch (c) {
            case '"', '\\', '/' -> c;
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'u' -> {
                if (pos + 4 > length) {
                    throw new NotJson();
                }
                int code = 0;
                for (int i = 0; i < 4; i++) {
                    int digit = hexDigit(text.charAt(pos++));
                    if (digit < 0) {
                        throw new NotJson();
                    }
                    code = code * 16 + digit;
                }
                yield (char) code;
            }
            default -> throw new NotJson();
        };
    }

    /** Skips {@code -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?}. */
    void skipNumber() throws NotJson {
        if (peek() == '-') {
            pos++;
        }
        char first = next();
        if (first == '0') {
            if (pos < length && isDigit(text.charAt(pos))) {
                throw new NotJson();
            }
        } else if (isDigit(first)) {
            skipDigits();
        } else {
            throw new NotJson();
        }
        if (pos < length && text.charAt(pos) == '.') {
            pos++;
            requireDigits();
        }
        if (pos < length && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            pos++;
            if (pos < length && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                pos++;
            }
            requireDigits();
        }
    }

    private void requireDigits() throws NotJson {
        if (pos >= length || !isDigit(text.charAt(pos))) {
            throw new NotJson();
        }
        skipDigits();
    }

    private void skipDigits() {
        while (pos < length && isDigit(text.charAt(pos))) {
            pos++;
        }
    }

    private void literal(String rest) throws NotJson {
        if (!text.startsWith(rest, pos)) {
            throw new NotJson();
        }
        pos += rest.length();
    }

    void end() throws NotJson {
        skipWhitespace();
        if (pos != length) {
            throw new NotJson();
        }
    }

    void skipWhitespace() {
        while (pos < length) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    void expect(char expected) throws NotJson {
        if (next() != expected) {
            throw new NotJson();
        }
    }

    char peek() throws NotJson {
        if (pos >= length) {
            throw new NotJson();
        }
        return text.charAt(pos);
    }

    char next() throws NotJson {
        char c = peek();
        pos++;
        return c;
    }

    private static int hexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
