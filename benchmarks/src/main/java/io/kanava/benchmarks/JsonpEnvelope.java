package io.kanava.benchmarks;

import java.io.StringReader;
import java.util.Map;

import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;

/**
 * What reading a frame's envelope with the JSON-P streaming parser costs, for {@link EnvelopeBenchmark}: the
 * {@code id}, the {@code action} and the exact text of {@code data}, cut out of the frame with the parser's stream
 * offsets. It checks less than Kanava's reader (no id or name rules, no lone surrogates), so it is the cheapest a
 * JSON-P envelope could be.
 */
final class JsonpEnvelope {

    /**
     * A frame's envelope.
     *
     * @param id the id's text
     * @param action the action
     * @param data the exact text of {@code data}
     */
    record Envelope(String id, String action, String data) {}

    private final JsonParserFactory parsers = JsonProvider.provider().createParserFactory(Map.of());

    Envelope read(String frame) {
        String id = null;
        String action = null;
        String data = null;
        try (JsonParser parser = parsers.createParser(new StringReader(frame))) {
            if (parser.next() != JsonParser.Event.START_OBJECT) {
                throw new IllegalArgumentException("not an object");
            }
            while (parser.next() == JsonParser.Event.KEY_NAME) {
                String member = parser.getString();
                int afterName = (int) parser.getLocation().getStreamOffset();
                JsonParser.Event value = parser.next();
                switch (member) {
                    case "id" -> id = parser.getString();
                    case "action" -> action = parser.getString();
                    case "data" -> data = valueText(frame, afterName, parser, value);
                    default -> skip(parser, value);
                }
            }
            if (parser.hasNext()) {
                throw new IllegalArgumentException("text after the object");
            }
        }
        return new Envelope(id, action, data);
    }

    /** The value's exact text: from the first character after the name's colon to the parser's offset after it. */
    private static String valueText(String frame, int afterName, JsonParser parser, JsonParser.Event value) {
        int start = afterName;
        while (Character.isWhitespace(frame.charAt(start)) || frame.charAt(start) == ':') {
            start++;
        }
        skip(parser, value);
        return frame.substring(start, (int) parser.getLocation().getStreamOffset());
    }

    private static void skip(JsonParser parser, JsonParser.Event value) {
        if (value == JsonParser.Event.START_OBJECT) {
            parser.skipObject();
        } else if (value == JsonParser.Event.START_ARRAY) {
            parser.skipArray();
        }
    }
}
