package io.kanava.impl.codec;

import java.util.Arrays;

/**
 * Reads a client frame's envelope in one pass, without building a JSON tree: it checks that the whole text is one
 * JSON value (RFC 8259), and when that value is an object, it decodes the {@code id} and {@code action} members and
 * keeps the {@code data} member as its exact JSON text, for the codec to bind. Parsing the frame into a tree and
 * writing {@code data} back out cost more than binding the data itself (the performance budget forbids parsing the
 * same JSON twice). As with JSON-P, a repeated member counts once, the last one, and nesting deeper than
 * {@value #MAX_DEPTH} levels is refused. Unlike JSON-P's reader, anything after the value but whitespace is refused.
 */
final class EnvelopeReader {

    /** The most levels of nesting accepted in a frame, the envelope included: as Parsson, JSON-P's default. */
    static final int MAX_DEPTH = 999;

    /** The text is not one JSON value. */
    static final class NotJson extends Exception {
        private static final long serialVersionUID = 1L;

        NotJson() {
            super(null, null, false, false);
        }
    }

    /** What a member held, as far as the envelope cares. */
    enum Kind {
        ABSENT,
        STRING,
        NUMBER,
        OTHER
    }

    /**
     * The envelope of a frame.
     *
     * @param object whether the frame is a JSON object; when not, the other fields are empty
     * @param idKind what {@code id} held
     * @param id the decoded string or the number's text, or {@code null}
     * @param actionKind what {@code action} held
     * @param action the decoded string, or {@code null}
     * @param data the exact JSON text of {@code data}, or {@code null} when absent
     */
    record Envelope(boolean object, Kind idKind, String id, Kind actionKind, String action, String data) {}

    private static final Envelope NOT_AN_OBJECT = new Envelope(false, Kind.ABSENT, null, Kind.ABSENT, null, null);

    private static final int OTHER = 0;
    private static final int ID = 1;
    private static final int ACTION = 2;
    private static final int DATA = 3;

    private final String text;
    private final int length;
    private int pos;

    private EnvelopeReader(String text) {
        this.text = text;
        this.length = text.length();
    }

    /**
     * Reads a frame.
     *
     * @param text the frame
     * @return its envelope
     * @throws NotJson when the text is not one JSON value
     */
    static Envelope read(String text) throws NotJson {
        return new EnvelopeReader(text).envelope();
    }

    private Envelope envelope() throws NotJson {
        skipWhitespace();
        if (pos < length && text.charAt(pos) != '{') {
            skipValue(0);
            end();
            return NOT_AN_OBJECT;
        }
        expect('{');
        Kind idKind = Kind.ABSENT;
        String id = null;
        Kind actionKind = Kind.ABSENT;
        String action = null;
        String data = null;
        skipWhitespace();
        if (peek() == '}') {
            pos++;
        } else {
            while (true) {
                skipWhitespace();
                expect('"');
                int key = memberOfInterest();
                skipWhitespace();
                expect(':');
                skipWhitespace();
                int start = pos;
                char first = peek();
                switch (key) {
                    case ID -> {
                        if (first == '"') {
                            pos++;
                            idKind = Kind.STRING;
                            id = readString();
                        } else if (first == '-' || isDigit(first)) {
                            skipNumber();
                            idKind = Kind.NUMBER;
                            id = text.substring(start, pos);
                        } else {
                            skipValue(1);
                            idKind = Kind.OTHER;
                            id = null;
                        }
                    }
                    case ACTION -> {
                        if (first == '"') {
                            pos++;
                            actionKind = Kind.STRING;
                            action = readString();
                        } else {
                            skipValue(1);
                            actionKind = Kind.OTHER;
                            action = null;
                        }
                    }
                    case DATA -> {
                        skipValue(1);
                        data = text.substring(start, pos);
                    }
                    default -> skipValue(1);
                }
                skipWhitespace();
                char next = next();
                if (next == '}') {
                    break;
                }
                if (next != ',') {
                    throw new NotJson();
                }
            }
        }
        end();
        return new Envelope(true, idKind, id, actionKind, action, data);
    }

    /**
     * Skips one value, checking its grammar; containers are tracked on a stack rather than by recursion.
     *
     * @param enclosing how many containers enclose the value
     */
    private void skipValue(int enclosing) throws NotJson {
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

    /**
     * Reads the rest of a member name whose opening quote was read, and tells which of the envelope's members it
     * names; a name without escapes is compared in place.
     */
    private int memberOfInterest() throws NotJson {
        int start = pos;
        while (pos < length) {
            char c = text.charAt(pos);
            if (c == '"') {
                pos++;
                return memberCalled(text, start, pos - 1 - start);
            }
            if (c == '\\') {
                pos = start;
                String name = readString();
                return memberCalled(name, 0, name.length());
            }
            if (c < 0x20) {
                throw new NotJson();
            }
            pos++;
        }
        throw new NotJson();
    }

    private static int memberCalled(String source, int start, int count) {
        if (count == 2 && source.startsWith("id", start)) {
            return ID;
        }
        if (count == 6 && source.startsWith("action", start)) {
            return ACTION;
        }
        if (count == 4 && source.startsWith("data", start)) {
            return DATA;
        }
        return OTHER;
    }

    /** Reads {@code "name" :} in an object being skipped. */
    private void memberName() throws NotJson {
        expect('"');
        skipString();
        skipWhitespace();
        expect(':');
    }

    /** Reads the rest of a string whose opening quote was read, decoding its escapes. */
    private String readString() throws NotJson {
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
    private void skipNumber() throws NotJson {
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

    private void end() throws NotJson {
        skipWhitespace();
        if (pos != length) {
            throw new NotJson();
        }
    }

    private void skipWhitespace() {
        while (pos < length) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private void expect(char expected) throws NotJson {
        if (next() != expected) {
            throw new NotJson();
        }
    }

    private char peek() throws NotJson {
        if (pos >= length) {
            throw new NotJson();
        }
        return text.charAt(pos);
    }

    private char next() throws NotJson {
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

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
