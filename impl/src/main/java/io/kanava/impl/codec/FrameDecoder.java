package io.kanava.impl.codec;

import java.io.StringReader;

import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.websocket.Decoder;

/**
 * Reads the {@code kanava.v1} envelope of a client frame: {@code {"id", "action", "data"}}. The {@code data}
 * member is kept as JSON text; the router binds it to the action's input type.
 */
public final class FrameDecoder implements Decoder.Text<InboundFrame> {

    private static final JsonProvider JSON = JsonProvider.provider();

    static final String NOT_JSON = "Frame is not valid JSON";
    static final String NOT_OBJECT = "Frame is not a JSON object";
    static final String BAD_ID =
            "Field 'id' must be a string of at most " + CallId.MAX_LENGTH + " characters or an integer";
    static final String BAD_ACTION = "Field 'action' is required and must be a non-empty string";

    @Override
    public InboundFrame decode(String text) {
        JsonValue value;
        try (JsonReader reader = JSON.createReader(new StringReader(text))) {
            value = reader.readValue();
        } catch (JsonException | IllegalStateException e) {
            return new InboundFrame.MalformedFrame(null, null, NOT_JSON);
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            return new InboundFrame.MalformedFrame(null, null, NOT_OBJECT);
        }
        return decodeEnvelope(value.asJsonObject());
    }

    private static InboundFrame decodeEnvelope(JsonObject envelope) {
        JsonValue idValue = envelope.get("id");
        CallId id = idValue == null ? null : callId(idValue);
        JsonValue actionValue = envelope.get("action");
        String action =
                actionValue instanceof JsonString name && !name.getString().isEmpty() ? name.getString() : null;
        if (idValue != null && id == null) {
            return new InboundFrame.MalformedFrame(null, action, BAD_ID);
        }
        if (action == null) {
            return new InboundFrame.MalformedFrame(id, null, BAD_ACTION);
        }
        JsonValue data = envelope.get("data");
        return new InboundFrame.ActionCall(id, action, data == null ? null : data.toString());
    }

    private static CallId callId(JsonValue value) {
        if (value instanceof JsonString string) {
            String text = string.getString();
            return text.length() <= CallId.MAX_LENGTH ? CallId.ofString(text) : null;
        }
        if (value instanceof JsonNumber number && number.isIntegral()) {
            try {
                return CallId.ofInteger(number.longValueExact());
            } catch (ArithmeticException tooLarge) {
                return null;
            }
        }
        return null;
    }

    @Override
    public boolean willDecode(String text) {
        return true;
    }
}
