package io.kanava.impl.codec;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

class FrameDecoderTest {

    private final FrameDecoder decoder = new FrameDecoder();

    @Test
    void readsIdActionAndDataOfACall() {
        var call = assertInstanceOf(
                InboundFrame.ActionCall.class,
                decoder.decode("{\"id\":\"7\",\"action\":\"create\",\"data\":{\"text\":\"Buy milk\"}}"));
        assertEquals(new CallId("7", "\"7\""), call.id());
        assertEquals("create", call.action());
        assertEquals("{\"text\":\"Buy milk\"}", call.data());
    }

    @Test
    void keepsAnIntegerIdAsANumber() {
        var call = assertInstanceOf(InboundFrame.ActionCall.class, decoder.decode("{\"id\":42,\"action\":\"list\"}"));
        assertEquals(new CallId("42", "42"), call.id());
    }

    @Test
    void treatsAbsentIdAndDataAsNull() {
        var call = assertInstanceOf(InboundFrame.ActionCall.class, decoder.decode("{\"action\":\"list\"}"));
        assertNull(call.id());
        assertNull(call.data());
    }

    @Test
    void ignoresUnknownTopLevelFields() {
        var call = assertInstanceOf(
                InboundFrame.ActionCall.class, decoder.decode("{\"action\":\"list\",\"trace\":{\"x\":1}}"));
        assertEquals("list", call.action());
    }

    @ParameterizedTest
    @ValueSource(strings = {"not json", "{\"action\":", "", "{\"a\" 1}"})
    void rejectsTextThatIsNotJson(String text) {
        var malformed = assertInstanceOf(InboundFrame.MalformedFrame.class, decoder.decode(text));
        assertEquals(FrameDecoder.NOT_JSON, malformed.reason());
    }

    @ParameterizedTest
    @ValueSource(strings = {"[1,2]", "\"list\"", "42", "null"})
    void rejectsJsonThatIsNotAnObject(String text) {
        var malformed = assertInstanceOf(InboundFrame.MalformedFrame.class, decoder.decode(text));
        assertEquals(FrameDecoder.NOT_OBJECT, malformed.reason());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"id\":\"1\"}", "{\"id\":\"1\",\"action\":7}", "{\"id\":\"1\",\"action\":\"\"}"})
    void rejectsACallWithoutAnActionNameButKeepsItsId(String text) {
        var malformed = assertInstanceOf(InboundFrame.MalformedFrame.class, decoder.decode(text));
        assertEquals(FrameDecoder.BAD_ACTION, malformed.reason());
        assertEquals("1", malformed.id().text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5", "true", "null", "{}", "[]", "1e3", "123456789012345678901234567890"})
    void rejectsAnIdThatIsNeitherAShortStringNorAnInteger(String id) {
        var malformed = assertInstanceOf(
                InboundFrame.MalformedFrame.class, decoder.decode("{\"id\":" + id + ",\"action\":\"list\"}"));
        assertEquals(FrameDecoder.BAD_ID, malformed.reason());
        assertNull(malformed.id());
    }

    @Test
    void acceptsAStringIdOfSixtyFourCharactersAndRejectsSixtyFive() {
        String longest = "a".repeat(CallId.MAX_LENGTH);
        assertInstanceOf(
                InboundFrame.ActionCall.class, decoder.decode("{\"id\":\"" + longest + "\",\"action\":\"list\"}"));
        assertInstanceOf(
                InboundFrame.MalformedFrame.class, decoder.decode("{\"id\":\"" + longest + "a\",\"action\":\"list\"}"));
    }

    @Test
    void acceptsAnActionNameOfTheLongestLengthAndRefusesALongerOneWithoutEchoingIt() {
        String longest = "a".repeat(FrameDecoder.MAX_ACTION_LENGTH);
        assertInstanceOf(InboundFrame.ActionCall.class, decoder.decode("{\"id\":1,\"action\":\"" + longest + "\"}"));
        var malformed = assertInstanceOf(
                InboundFrame.MalformedFrame.class,
                decoder.decode("{\"id\":1,\"action\":\"" + "a".repeat(1 << 20) + "\"}"));
        assertEquals(FrameDecoder.BAD_ACTION, malformed.reason());
        assertNull(malformed.action());
        assertEquals("1", malformed.id().text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\ud800", "x\\udc00", "\\ud800\\ud800"})
    void refusesAnIdOrActionHoldingALoneSurrogateWhichCouldNotBeWrittenBack(String escaped) {
        var badAction = assertInstanceOf(
                InboundFrame.MalformedFrame.class, decoder.decode("{\"id\":1,\"action\":\"" + escaped + "\"}"));
        assertEquals(FrameDecoder.BAD_ACTION, badAction.reason());
        assertNull(badAction.action());
        var badId = assertInstanceOf(
                InboundFrame.MalformedFrame.class, decoder.decode("{\"id\":\"" + escaped + "\",\"action\":\"list\"}"));
        assertEquals(FrameDecoder.BAD_ID, badId.reason());
        assertNull(badId.id());
    }

    @Test
    void acceptsAPairedSurrogateInAnIdAndAnAction() {
        var call = assertInstanceOf(
                InboundFrame.ActionCall.class,
                decoder.decode("{\"id\":\"\\ud83d\\ude00\",\"action\":\"smile\\ud83d\\ude00\"}"));
        assertEquals("smile\ud83d\ude00", call.action());
    }

    @ParameterizedTest
    @CsvSource({"1E0, 1", "-0, 0", "1.5e1, 15", "9223372036854775807, 9223372036854775807"})
    void acceptsAnIntegerIdWrittenWithAFractionOrExponentAsJsonPDoes(String written, String value) {
        var call = assertInstanceOf(
                InboundFrame.ActionCall.class, decoder.decode("{\"id\":" + written + ",\"action\":\"list\"}"));
        assertEquals(CallId.ofInteger(Long.parseLong(value)), call.id());
    }

    @Test
    void refusesAHugeNumericIdAtOnce() {
        for (String id : List.of("1e9999999999", "9".repeat(200_000), "9223372036854775808")) {
            var malformed = assertInstanceOf(
                    InboundFrame.MalformedFrame.class, decoder.decode("{\"id\":" + id + ",\"action\":\"list\"}"));
            assertEquals(FrameDecoder.BAD_ID, malformed.reason());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"action\":\"list\"} junk", "{\"action\":\"list\"}{}", "{\"action\":\"list\"},"})
    void refusesAnythingAfterTheEnvelope(String text) {
        var malformed = assertInstanceOf(InboundFrame.MalformedFrame.class, decoder.decode(text));
        assertEquals(FrameDecoder.NOT_JSON, malformed.reason());
    }
}
