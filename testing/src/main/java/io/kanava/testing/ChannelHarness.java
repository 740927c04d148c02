package io.kanava.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

import io.kanava.ChannelDefinition;
import io.kanava.ChannelMiddleware;
import io.kanava.EventHub;
import io.kanava.KanavaException;
import io.kanava.impl.codec.JsonbPayloadCodec;
import io.kanava.impl.discovery.DeclaredChannel;
import io.kanava.impl.discovery.DefinitionValidator;
import io.kanava.impl.eventhub.KanavaEventHub;
import io.kanava.impl.eventhub.local.InMemoryEventTransport;
import io.kanava.impl.middleware.MiddlewareChain;
import io.kanava.impl.routing.ActionRouter;
import io.kanava.impl.validation.BeanValidationConstraints;
import io.kanava.spi.PayloadCodec;

/**
 * Runs channel definitions in the test's JVM, without a server, the way Kanava runs them on one: the definition is
 * checked as at deployment, payloads are bound with JSON-B, inputs validated with Bean Validation (Hibernate
 * Validator), and events go through an in-memory {@link EventHub} to the subscribed connections, after each
 * channel's middleware. Hand {@link #hub()} to the code that builds the definition, as CDI would inject it.
 *
 * <p>What it leaves out: the servlet layer (handshake checks, security constraints, origins: give a connection its
 * identity with {@link Opening}), CDI (request scope, {@code @MiddlewareFor} beans: pass them to
 * {@link #channel(ChannelDefinition, ChannelMiddleware...)}), transactions (events go out at once), and the limits
 * of outgoing queues. Calls run one at a time on the test's thread; an asynchronous handler's answer is awaited.
 */
public final class ChannelHarness implements AutoCloseable {

    private final Jsonb jsonb;
    private final PayloadCodec codec;
    private final ValidatorFactory validators;
    private final KanavaEventHub hub;
    private final Set<TestConnection> connections = ConcurrentHashMap.newKeySet();

    /** Creates a harness with JSON-B's default mapping. */
    public ChannelHarness() {
        this(new JsonbConfig());
    }

    /**
     * Creates a harness binding payloads with a JSON-B configuration, as an application's {@code JsonbConfig} bean
     * does on a server.
     *
     * @param config the configuration
     */
    public ChannelHarness(JsonbConfig config) {
        this.jsonb = JsonbBuilder.create(config);
        this.codec = new JsonbPayloadCodec(jsonb);
        this.validators = Validation.byDefaultProvider()
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        this.hub = KanavaEventHub.create(codec, new InMemoryEventTransport());
    }

    /**
     * Returns the hub the channels' handlers publish to and subscribe connections with.
     *
     * @return the in-memory hub
     */
    public EventHub hub() {
        return hub;
    }

    /**
     * Starts a channel.
     *
     * @param definition the channel, as its producer method returns it
     * @param globalMiddleware the {@code @MiddlewareFor} beans that target it, in their {@code @Priority} order;
     *     they run before the channel's own middleware, as on a server
     * @return the running channel
     * @throws KanavaException the first problem deployment would report, with its code
     */
    public ChannelUnderTest channel(ChannelDefinition definition, ChannelMiddleware... globalMiddleware) {
        List<KanavaException> problems =
                new DefinitionValidator().validate(List.of(new DeclaredChannel(definition, "the test")));
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
        List<ChannelMiddleware> links = new ArrayList<>(List.of(globalMiddleware));
        links.addAll(definition.middleware());
        return new ChannelUnderTest(
                definition,
                new ActionRouter(definition, codec, new BeanValidationConstraints(validators.getValidator())),
                codec,
                hub,
                new MiddlewareChain(definition.name(), links),
                connections);
    }

    /** Closes every open connection (running their {@code onDisconnect}) and releases JSON-B and validation. */
    @Override
    public void close() {
        try {
            List.copyOf(connections).forEach(TestConnection::close);
            hub.stop();
        } finally {
            validators.close();
            try {
                jsonb.close();
            } catch (Exception e) {
                // nothing was written with it after this point; closing only frees caches
            }
        }
    }
}
