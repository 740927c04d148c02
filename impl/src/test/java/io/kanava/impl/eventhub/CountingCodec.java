package io.kanava.impl.eventhub;

import java.lang.reflect.Type;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.json.bind.Jsonb;

import io.kanava.impl.codec.JsonbPayloadCodec;
import io.kanava.spi.PayloadCodec;

/** A JSON-B codec that counts its encodes, to show a publish serialises once. */
final class CountingCodec implements PayloadCodec {

    final AtomicInteger encodes = new AtomicInteger();
    private final PayloadCodec delegate;

    CountingCodec(Jsonb jsonb) {
        this.delegate = new JsonbPayloadCodec(jsonb);
    }

    @Override
    public Object decode(String json, Type type) {
        return delegate.decode(json, type);
    }

    @Override
    public String encode(Object value, Type type) {
        encodes.incrementAndGet();
        return delegate.encode(value, type);
    }
}
