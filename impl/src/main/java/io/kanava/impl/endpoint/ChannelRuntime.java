package io.kanava.impl.endpoint;

import jakarta.enterprise.concurrent.ContextService;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;

import io.kanava.ChannelDefinition;
import io.kanava.impl.codec.FrameDecoder;
import io.kanava.impl.codec.FrameEncoder;
import io.kanava.impl.context.RequestScope;
import io.kanava.impl.eventhub.KanavaEventHub;
import io.kanava.impl.metrics.ChannelMetrics;
import io.kanava.impl.middleware.MiddlewareChain;
import io.kanava.impl.routing.ActionRouter;
import io.kanava.impl.security.HandshakeRoles;
import io.kanava.impl.security.OriginPolicy;
import io.kanava.impl.sending.OutboundQueueLimits;
import io.kanava.impl.sending.OversizedEvents;
import io.kanava.impl.sending.SlowClientCloser;
import io.kanava.spi.PayloadCodec;

/**
 * Everything the endpoints of one channel share, built once at registration.
 *
 * @param definition the validated definition
 * @param router the channel's router
 * @param codec the payload codec
 * @param encoder the frame encoder
 * @param controllers the source of CDI request context controllers
 * @param connections the application's open connections
 * @param limits the bounds of each connection's outgoing queue
 * @param oversizedEvents keeps events larger than those bounds away from the connections
 * @param handshakeRoles the roles captured at handshakes
 * @param originPolicy which origins may open connections
 * @param middleware the channel's middleware chain
 * @param hub the application's event hub
 * @param slowClients closes connections that read too slowly
 * @param resumer where a connection's waiting calls resume once a pending asynchronous call completes
 * @param contexts the container's default context service, {@code null} where it has none
 * @param maxMessageSize the bound of an incoming message, in bytes
 * @param callRate the rate of a connection's calls
 * @param admissions counts the channel's open connections within their bounds
 * @param maxSubscriptions how many topics one connection may be subscribed to
 * @param metrics what the channel has done, for operators
 */
record ChannelRuntime(
        ChannelDefinition definition,
        ActionRouter router,
        PayloadCodec codec,
        FrameEncoder encoder,
        Instance<RequestContextController> controllers,
        OpenConnections connections,
        OutboundQueueLimits limits,
        OversizedEvents oversizedEvents,
        HandshakeRoles handshakeRoles,
        OriginPolicy originPolicy,
        MiddlewareChain middleware,
        KanavaEventHub hub,
        SlowClientCloser slowClients,
        CallResumer resumer,
        ContextService contexts,
        int maxMessageSize,
        CallRate.Settings callRate,
        Admissions admissions,
        int maxSubscriptions,
        ChannelMetrics metrics) {

    private static final FrameDecoder DECODER = new FrameDecoder();

    String name() {
        return definition.name();
    }

    FrameDecoder decoder() {
        return DECODER;
    }

    RequestScope requestScope() {
        return new RequestScope(controllers);
    }
}
