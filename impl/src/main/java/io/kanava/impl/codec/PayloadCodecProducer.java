package io.kanava.impl.codec;

import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Singleton;
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

    private static final Logger LOG = Logger.getLogger(PayloadCodecProducer.class.getName());

    private Jsonb built;

    /**
     * The codec, made once. A pseudo-scope: every frame's data goes through it, and a normal scope would route each of
     * those calls through a client proxy (on Open Liberty about 4 % of a call's CPU time in the on-server benchmark).
     *
     * @return the codec over the application's JSON-B
     */
    @Produces
    @Singleton
    PayloadCodec codec() {
        return new JsonbPayloadCodec(jsonb());
    }

    /**
     * The application's beans are looked up through {@link CDI#current()}, as the registrar does: an injected
     * {@code Instance} resolves from Kanava's own archive, which on Payara does not see the beans of
     * {@code WEB-INF/classes}.
     */
    private synchronized Jsonb jsonb() {
        Instance<Object> beans = CDI.current().getBeanManager().createInstance();
        Instance<Jsonb> applicationJsonb = beans.select(Jsonb.class);
        if (applicationJsonb.isResolvable()) {
            return applicationJsonb.get();
        }
        if (built == null) {
            Instance<JsonbConfig> applicationConfig = beans.select(JsonbConfig.class);
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

    /** Closes the {@code Jsonb} it built; a lifecycle method may not throw a checked exception (Payara refuses it). */
    @PreDestroy
    synchronized void close() {
        if (built == null) {
            return;
        }
        try {
            built.close();
        } catch (Exception e) {
            LOG.log(Level.FINE, "Closing JSON-B failed", e);
        } finally {
            built = null;
        }
    }
}
