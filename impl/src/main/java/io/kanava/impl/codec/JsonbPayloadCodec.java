package io.kanava.impl.codec;

import java.lang.reflect.Type;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.bind.Jsonb;

import io.kanava.spi.InvalidPayloadException;
import io.kanava.spi.PayloadCodec;

/**
 * Binds payloads with one shared, thread-safe {@link Jsonb}, so the application's JSON-B annotations on its own
 * types (records included) apply.
 */
public final class JsonbPayloadCodec implements PayloadCodec {

    private static final Pattern PROPERTY = Pattern.compile("property:? '?([A-Za-z0-9_$.-]+)'?");

    private final Jsonb jsonb;

    /**
     * Creates the codec.
     *
     * @param jsonb the instance to bind with; the caller owns and closes it
     */
    public JsonbPayloadCodec(Jsonb jsonb) {
        this.jsonb = jsonb;
    }

    @Override
    public Object decode(String json, Type type) {
        try {
            return jsonb.fromJson(json, type);
        } catch (RuntimeException e) {
            String field = fieldOf(e);
            String message = field == null
                    ? "Data does not match the action's input"
                    : "Data does not match the action's input (field '" + field + "')";
            throw new InvalidPayloadException(field, message, e);
        }
    }

    @Override
    public String encode(Object value, Type type) {
        if (value == null) {
            return "null";
        }
        return type instanceof Class<?> ? jsonb.toJson(value, value.getClass()) : jsonb.toJson(value, type);
    }

    private static String fieldOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null) {
                Matcher matcher = PROPERTY.matcher(t.getMessage());
                if (matcher.find()) {
                    return matcher.group(1);
                }
            }
        }
        return null;
    }
}
