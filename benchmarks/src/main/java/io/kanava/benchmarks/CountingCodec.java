package io.kanava.benchmarks;

import java.lang.reflect.Type;
import java.util.concurrent.atomic.AtomicLong;

import io.kanava.spi.PayloadCodec;

/** Counts the encodes of the codec it wraps, to show how often a publish serialises its data. */
final class CountingCodec implements PayloadCodec {

    final AtomicLong encodes = new AtomicLong();
    private final PayloadCodec delegate;

    CountingCodec(PayloadCodec delegate) {
        this.delegate = delegate;
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
