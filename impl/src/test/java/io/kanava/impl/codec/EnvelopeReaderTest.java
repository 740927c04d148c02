package io.kanava.impl.codec;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Random;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.kanava.impl.codec.EnvelopeReader.Envelope;
import io.kanava.impl.codec.EnvelopeReader.Kind;
import io.kanava.impl.codec.JsonCursor.NotJson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The envelope reader accepts the JSON texts JSON-P's parser (Parsson) accepts as one value, nothing more, and finds
 * the same id, action and data, without building a tree.
 */
class EnvelopeReaderTest {

    @Test
    void keepsTheDataMemberAsItsExactText() throws Exception {
        Envelope envelope = EnvelopeReader.read("{ \"action\" : \"save\", \"data\" : { \"a\" : [1, 2.5e3, \"x\"] } }");
        assertEquals("{ \"a\" : [1, 2.5e3, \"x\"] }", envelope.data());
        assertEquals("save", envelope.action());
    }

    @Test
    void decodesEscapesInNamesAndStrings() throws Exception {
        Envelope envelope = EnvelopeReader.read("{\"\\u0061ction\":\"s\\u00e4ve\\n\\\"\\/\",\"i\\u0064\":\"\\t7\"}");
        assertEquals(Kind.STRING, envelope.actionKind());
        assertEquals("säve\n\"/", envelope.action());
        assertEquals("\t7", envelope.id());
    }

    @Test
    void keepsTheNumberTextOfANumericId() throws Exception {
        Envelope envelope = EnvelopeReader.read("{\"id\":-12.50e+1,\"action\":\"a\"}");
        assertEquals(Kind.NUMBER, envelope.idKind());
        assertEquals("-12.50e+1", envelope.id());
    }

    @Test
    void takesTheLastOfRepeatedMembers() throws Exception {
        Envelope envelope = EnvelopeReader.read("{\"id\":\"1\",\"id\":true,\"data\":1,\"data\":[2]}");
        assertEquals(Kind.OTHER, envelope.idKind());
        assertNull(envelope.id());
        assertEquals("[2]", envelope.data());
    }

    @Test
    void reportsAbsentMembers() throws Exception {
        Envelope envelope = EnvelopeReader.read("{}");
        assertTrue(envelope.object());
        assertEquals(Kind.ABSENT, envelope.idKind());
        assertEquals(Kind.ABSENT, envelope.actionKind());
        assertNull(envelope.data());
    }

    @ParameterizedTest
    @ValueSource(strings = {"[1]", " \"x\" ", "-0.0E-0", "true", "null", "[{\"a\":[{}]}]"})
    void recognisesValidJsonThatIsNotAnObject(String text) throws Exception {
        assertFalse(EnvelopeReader.read(text).object());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                " ",
                "{",
                "{\"a\":1,}",
                "{\"a\" 1}",
                "{'a':1}",
                "{\"a\":01}",
                "{\"a\":1.}",
                "{\"a\":.5}",
                "{\"a\":-}",
                "{\"a\":1e}",
                "{\"a\":tru}",
                "{\"a\":\"\\x\"}",
                "{\"a\":\"\\u12\"}",
                "{\"a\":\"tab\there\"}",
                "{\"a\":[1,]}",
                "{\"a\":[1 2]}",
                "{\"a\":{\"b\"}}",
                "{} {}",
                "{}x",
                "[}",
                "\u00a0{}"
            })
    void refusesTextThatIsNotJson(String text) {
        assertThrows(NotJson.class, () -> EnvelopeReader.read(text));
    }

    @Test
    void refusesNestingDeeperThanTheLimitWithoutExhaustingTheStack() {
        String deep = "{\"data\":" + "[".repeat(100_000) + "]".repeat(100_000) + ",\"action\":\"a\"}";
        assertThrows(NotJson.class, () -> EnvelopeReader.read(deep));
    }

    @Test
    void drawsTheNestingLimitWhereJsonPDoes() {
        int limit = JsonCursor.MAX_DEPTH;
        for (int levels = limit - 2; levels <= limit + 2; levels++) {
            String data = "[".repeat(levels - 1) + "]".repeat(levels - 1);
            compareWithJsonP("{\"action\":\"a\",\"data\":" + data + "}");
            compareWithJsonP("[".repeat(levels) + "]".repeat(levels));
        }
        assertNull(parseWithJsonP("[".repeat(limit + 1) + "]".repeat(limit + 1)), "the oracle has the same limit");
    }

    /**
     * Mutates valid frames at random (a fixed seed, so a failure repeats) and requires the same verdict as JSON-P's
     * parser on each, and the same members when both accept an object.
     */
    @Test
    void agreesWithJsonPOnMutatedFrames() {
        List<String> seeds = List.of(
                "{\"id\":7,\"action\":\"save\",\"data\":{\"text\":\"Buy milk\",\"tags\":[\"a\",\"b\"],\"n\":-1.5e3}}",
                "{\"id\":\"x\\\"y\",\"action\":\"a\\u0062\",\"data\":[true,false,null,{},[]]}",
                "{ \"data\" : \"\\t\\/\\\\\" , \"action\" : \"z\" , \"extra\" : { \"k\" : [ 0 , 10 , 0.5 ] } }");
        String alphabet = "{}[]:,\"\\ 0123456789.-+eEtrufalsn/ubxABCDEF\t\n\r\u0000\u001f\u007f\u00a0\ufeff\u2028"
                + "\ud800\u0663\uff21";
        Random random = new Random(20261126L);
        int accepted = 0;
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder(seeds.get(i % seeds.size()));
            int edits = 1 + random.nextInt(3);
            for (int e = 0; e < edits; e++) {
                int at = random.nextInt(text.length() + 1);
                char c = alphabet.charAt(random.nextInt(alphabet.length()));
                switch (random.nextInt(3)) {
                    case 0 -> text.insert(at, c);
                    case 1 -> {
                        if (at < text.length()) {
                            text.deleteCharAt(at);
                        }
                    }
                    default -> {
                        if (at < text.length()) {
                            text.setCharAt(at, c);
                        }
                    }
                }
            }
            accepted += compareWithJsonP(text.toString()) ? 1 : 0;
        }
        assertTrue(accepted > 1_000, "enough mutations stay valid to compare members: " + accepted);
    }

    /** Returns whether JSON-P accepted the text as an object. */
    private static boolean compareWithJsonP(String text) {
        JsonValue expected = parseWithJsonP(text);
        Envelope actual;
        try {
            actual = EnvelopeReader.read(text);
        } catch (NotJson e) {
            if (expected != null) {
                fail("refused what JSON-P accepts: " + text);
            }
            return false;
        }
        if (expected == null) {
            fail("accepted what JSON-P refuses: " + text);
        }
        assertEquals(expected.getValueType() == JsonValue.ValueType.OBJECT, actual.object(), text);
        if (!actual.object()) {
            return false;
        }
        JsonObject object = expected.asJsonObject();
        assertEquals(kindOf(object.get("action")), actual.actionKind(), text);
        assertEquals(stringOrNull(object.get("action")), actual.action(), text);
        assertEquals(kindOf(object.get("id")), actual.idKind(), text);
        if (object.get("id") instanceof JsonNumber number) {
            assertEquals(number.bigDecimalValue(), new BigDecimal(actual.id()), text);
        } else {
            assertEquals(stringOrNull(object.get("id")), actual.id(), text);
        }
        JsonValue data = object.get("data");
        assertEquals(data, actual.data() == null ? null : parseWithJsonP(actual.data()), text);
        return true;
    }

    private static String stringOrNull(JsonValue value) {
        return value instanceof JsonString string ? string.getString() : null;
    }

    private static Kind kindOf(JsonValue value) {
        if (value == null) {
            return Kind.ABSENT;
        }
        return switch (value.getValueType()) {
            case STRING -> Kind.STRING;
            case NUMBER -> Kind.NUMBER;
            default -> Kind.OTHER;
        };
    }

    static JsonValue parseWithJsonP(String text) {
        try (JsonParser parser = Json.createParser(new StringReader(text))) {
            parser.next();
            JsonValue value = parser.getValue();
            if (parser.hasNext()) {
                return null;
            }
            return value;
        } catch (RuntimeException refused) { // Parsson refuses deep nesting with a bare RuntimeException
            return null;
        }
    }
}
