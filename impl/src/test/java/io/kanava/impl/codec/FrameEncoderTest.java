package io.kanava.impl.codec;

import java.io.StringReader;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonReader;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FrameEncoderTest {

    private final FrameEncoder encoder = new FrameEncoder();

    @Test
    void writesAReplyWithItsIdActionAndData() {
        assertEquals(
                "{\"id\":\"7\",\"action\":\"create\",\"data\":{\"id\":12}}",
                encoder.encode(new OutboundFrame.Reply(CallId.ofString("7"), "create", "{\"id\":12}")));
    }

    @Test
    void writesAVoidReplyWithoutDataMember() {
        assertEquals(
                "{\"id\":3,\"action\":\"delete\"}",
                encoder.encode(new OutboundFrame.Reply(CallId.ofInteger(3), "delete", null)));
    }

    @Test
    void writesAReplyWithoutIdWhenTheCallHadNone() {
        assertEquals("{\"action\":\"list\",\"data\":[]}", encoder.encode(new OutboundFrame.Reply(null, "list", "[]")));
    }

    @Test
    void writesAnErrorWithCodeMessageAndErrorId() {
        assertEquals(
                "{\"id\":\"1\",\"action\":\"a\",\"error\":{\"code\":\"internal\",\"message\":\"Internal error\","
                        + "\"errorId\":\"e-1\"}}",
                encoder.encode(
                        new OutboundFrame.Error(CallId.ofString("1"), "a", "internal", "Internal error", "e-1")));
    }

    @Test
    void writesTheViolationsOfAnInvalidDataErrorInTheirOrder() {
        assertEquals(
                "{\"id\":7,\"action\":\"create\",\"error\":{\"code\":\"invalid_data\",\"message\":\"m\","
                        + "\"violations\":[{\"path\":\"text\",\"message\":\"must not be \\\"blank\\\"\"},"
                        + "{\"path\":\"\",\"message\":\"x\"}]}}",
                encoder.encode(new OutboundFrame.Error(
                        CallId.ofInteger(7),
                        "create",
                        "invalid_data",
                        "m",
                        null,
                        List.of(new Violation("text", "must not be \"blank\""), new Violation("", "x")))));
    }

    @Test
    void writesAnErrorWithNeitherIdNorAction() {
        assertEquals(
                "{\"error\":{\"code\":\"bad_request\",\"message\":\"m\"}}",
                encoder.encode(new OutboundFrame.Error(null, null, "bad_request", "m", null)));
    }

    @Test
    void writesAnEventWithoutId() {
        assertEquals(
                "{\"event\":\"todos:updated\",\"data\":{\"kind\":\"created\"}}",
                encoder.encode(new OutboundFrame.Event("todos:updated", "{\"kind\":\"created\"}")));
    }

    @Test
    void escapesClientTextInStrings() {
        assertEquals(
                "{\"id\":\"a\\\"b\\\\c\\n\\u0001\\u2028\",\"action\":\"x\"}",
                encoder.encode(new OutboundFrame.Reply(CallId.ofString("a\"b\\c\n\u0001\u2028"), "x", null)));
    }

    @Test
    void escapesALoneSurrogateSoTheFrameCanBeWrittenAsUtf8AndReadsBackAsTheSameString() {
        String cut = "ab\ud83d";
        String frame = encoder.encode(new OutboundFrame.Reply(CallId.ofInteger(1), "echo", "\"" + cut + "\""));

        assertEquals("{\"id\":1,\"action\":\"echo\",\"data\":\"ab\\ud83d\"}", frame);
        try (JsonReader reader = Json.createReader(new StringReader(frame))) {
            assertEquals(cut, reader.readObject().getString("data"));
        }
    }

    @Test
    void escapesEveryLoneSurrogateAndKeepsWholePairs() {
        assertEquals(
                "{\"event\":\"e\",\"data\":[\"\\udc00x\ud83d\ude00\\ud800\"]}",
                FrameEncoder.event("e", "[\"\udc00x\ud83d\ude00\ud800\"]"));
        assertEquals(
                "{\"error\":{\"code\":\"c\",\"message\":\"\\udfff\"}}",
                encoder.encode(new OutboundFrame.Error(null, null, "c", "\udfff", null)));
    }

    @Test
    void leavesAFrameWithoutLoneSurrogatesAsItIs() {
        String data = "\"\u00e9\ud83d\ude00\"";
        assertEquals(
                "{\"id\":1,\"action\":\"echo\",\"data\":" + data + "}",
                encoder.encode(new OutboundFrame.Reply(CallId.ofInteger(1), "echo", data)));
    }
}
