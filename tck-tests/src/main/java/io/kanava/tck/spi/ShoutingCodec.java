package io.kanava.tck.spi;

import java.lang.reflect.Type;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;

import io.kanava.spi.InvalidPayloadException;
import io.kanava.spi.PayloadCodec;

/** The application's own payload codec, replacing Kanava's: JSON-B, except that it writes every string in capitals. */
@Alternative
@Priority(100)
@ApplicationScoped
public class ShoutingCodec implements PayloadCodec {

    private final Jsonb jsonb = JsonbBuilder.create();

    @Override
    public Object decode(String json, Type type) {
        try {
            return jsonb.fromJson(json, type);
        } catch (JsonbException e) {
            throw new InvalidPayloadException("data", "Data is not what the action takes", e);
        }
    }

    @Override
    public String encode(Object value, Type type) {
        return value instanceof String text ? jsonb.toJson(text.toUpperCase()) : jsonb.toJson(value, type);
    }
}
