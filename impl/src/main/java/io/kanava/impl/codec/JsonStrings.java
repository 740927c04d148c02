package io.kanava.impl.codec;

/**
 * Writes Java strings as JSON string literals.
 */
final class JsonStrings {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private JsonStrings() {}

    static String quote(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2);
        appendQuoted(out, text);
        return out.toString();
    }

    static void appendQuoted(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append("\\u")
                                .append(HEX[(c >> 12) & 0xf])
                                .append(HEX[(c >> 8) & 0xf])
                                .append(HEX[(c >> 4) & 0xf])
                                .append(HEX[c & 0xf]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /**
     * Escapes the lone surrogates of a JSON text as JSON escapes ({@code \\u} and four hex digits). A Java string may hold one (a handler that cut
     * an emoji in half, a client's {@code "\\ud800"} echoed back), but UTF-8 cannot, and a container handed such a
     * text fails its write in its own way (Payara's never completes, wedging the connection). Outside strings a JSON
     * text is ASCII, so every surrogate is inside a string, where the escape is valid JSON and reads back as the same
     * Java string.
     *
     * @param json a JSON text
     * @return the same text when it has no lone surrogate, else a copy with each escaped
     */
    static String escapeLoneSurrogates(String json) {
        int first = firstLoneSurrogate(json, 0);
        if (first < 0) {
            return json;
        }
        StringBuilder out = new StringBuilder(json.length() + 16);
        int from = 0;
        for (int at = first; at >= 0; at = firstLoneSurrogate(json, from)) {
            out.append(json, from, at);
            char c = json.charAt(at);
            out.append("\\u")
                    .append(HEX[(c >> 12) & 0xf])
                    .append(HEX[(c >> 8) & 0xf])
                    .append(HEX[(c >> 4) & 0xf])
                    .append(HEX[c & 0xf]);
            from = at + 1;
        }
        return out.append(json, from, json.length()).toString();
    }

    private static int firstLoneSurrogate(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c)
                        && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    return i;
                }
            }
        }
        return -1;
    }
}
