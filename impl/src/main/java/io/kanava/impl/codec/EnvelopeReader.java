package io.kanava.impl.codec;

import io.kanava.impl.codec.JsonCursor.NotJson;

/**
 * Reads a client frame's envelope in one pass, without building a JSON tree: it checks that the whole text is one
 * JSON value (RFC 8259), and when that value is an object, it decodes the {@code id} and {@code action} members and
 * keeps the {@code data} member as its exact JSON text, for the codec to bind. Parsing the frame into a tree and
 * writing {@code data} back out cost more than binding the data itself (the performance budget forbids parsing the
 * same JSON twice). As with JSON-P, a repeated member counts once, the last one, and nesting deeper than
 * {@value JsonCursor#MAX_DEPTH} levels is refused. Unlike JSON-P's reader, anything after the value but whitespace
 * is refused.
 */
final class EnvelopeReader {

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
    private static final String[] MEMBERS = {"id", "action", "data"};
    private static final int ID = 0;
    private static final int ACTION = 1;
    private static final int DATA = 2;

    private final JsonCursor cursor;
    private Kind idKind = Kind.ABSENT;
    private String id;
    private Kind actionKind = Kind.ABSENT;
    private String action;
    private String data;

    private EnvelopeReader(String text) {
        this.cursor = new JsonCursor(text);
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
        if (!cursor.atEnd() && cursor.peek() != '{') {
            cursor.skipValue(0);
            cursor.end();
            return NOT_AN_OBJECT;
        }
        cursor.expect('{');
        cursor.skipWhitespace();
        if (cursor.peek() == '}') {
            cursor.skip();
        } else {
            do {
                cursor.skipWhitespace();
                cursor.expect('"');
                int member = cursor.readNameAmong(MEMBERS);
                cursor.skipWhitespace();
                cursor.expect(':');
                cursor.skipWhitespace();
                readMember(member);
                cursor.skipWhitespace();
            } while (separator());
        }
        cursor.end();
        return new Envelope(true, idKind, id, actionKind, action, data);
    }

    /** Reads a member's value; a later member of the same name replaces an earlier one. */
    private void readMember(int member) throws NotJson {
        int start = cursor.position();
        char first = cursor.peek();
        switch (member) {
            case ID -> {
                if (first == '"') {
                    cursor.skip();
                    idKind = Kind.STRING;
                    id = cursor.readString();
                } else if (first == '-' || JsonCursor.isDigit(first)) {
                    cursor.skipNumber();
                    idKind = Kind.NUMBER;
                    id = cursor.since(start);
                } else {
                    cursor.skipValue(1);
                    idKind = Kind.OTHER;
                    id = null;
                }
            }
            case ACTION -> {
                if (first == '"') {
                    cursor.skip();
                    actionKind = Kind.STRING;
                    action = cursor.readString();
                } else {
                    cursor.skipValue(1);
                    actionKind = Kind.OTHER;
                    action = null;
                }
            }
            case DATA -> {
                cursor.skipValue(1);
                data = cursor.since(start);
            }
            default -> cursor.skipValue(1);
        }
    }

    /** Reads what follows a member: {@code true} for a comma, {@code false} for the closing brace. */
    private boolean separator() throws NotJson {
        char next = cursor.next();
        if (next == ',') {
            return true;
        }
        if (next != '}') {
            throw new NotJson();
        }
        return false;
    }
}
