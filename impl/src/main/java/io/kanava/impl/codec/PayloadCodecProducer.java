package io.kanava.impl.codec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import io.kanava.spi.PayloadCodec;

/**
 * Makes the application's one {@link Jsonb} and the {@link PayloadCodec} over it, and closes it on undeploy.
 */
@ApplicationScoped
public class PayloadCodecProducer {

    private final Jsonb jsonb = JsonbBuilder.create();

    @Produces
    @ApplicationScoped
    PayloadCodec codec() {
        return new JsonbPayloadCodec(jsonb);
    }

    void close(@Disposes PayloadCodec codec) throws Exception {
        jsonb.close();
    }
}
