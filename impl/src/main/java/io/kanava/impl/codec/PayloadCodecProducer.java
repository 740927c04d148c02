package io.kanava.impl.codec;

import java.util.Optional;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;

import io.kanava.spi.PayloadCodec;

/**
 * Makes the {@link PayloadCodec} over the application's JSON-B: the application's own {@link Jsonb} bean if it has
 * one, else a {@code Jsonb} built from its {@link JsonbConfig} bean if it has one, else JSON-B's defaults. Closes the
 * {@code Jsonb} it built, never the application's.
 */
@ApplicationScoped
public class PayloadCodecProducer {

    @Inject
    Instance<Jsonb> applicationJsonb;

    @Inject
    Instance<JsonbConfig> applicationConfig;

    private Jsonb built;

    @Produces
    @ApplicationScoped
    PayloadCodec codec() {
        return new JsonbPayloadCodec(jsonb());
    }

    private synchronized Jsonb jsonb() {
        if (applicationJsonb.isResolvable()) {
            return applicationJsonb.get();
        }
        if (built == null) {
            built = applicationConfig.isResolvable()
                    ? JsonbBuilder.create(applicationConfig.get())
                    : JsonbBuilder.create();
        }
        return built;
    }

    /**
     * Tells what the payloads are bound with, for the log.
     *
     * @param beans the application's beans
     * @return {@code "Jsonb"} or {@code "JsonbConfig"} when the application provides one, empty otherwise
     */
    public static Optional<String> applicationConfiguration(Instance<Object> beans) {
        if (beans.select(Jsonb.class).isResolvable()) {
            return Optional.of("Jsonb");
        }
        return beans.select(JsonbConfig.class).isResolvable() ? Optional.of("JsonbConfig") : Optional.empty();
    }

    @PreDestroy
    synchronized void close() throws Exception {
        if (built != null) {
            built.close();
            built = null;
        }
    }
}
