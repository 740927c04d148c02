package io.kanava.impl.endpoint;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

import jakarta.annotation.Priority;
import jakarta.enterprise.concurrent.ContextService;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.websocket.DeploymentException;
import jakarta.websocket.server.ServerContainer;
import jakarta.websocket.server.ServerEndpointConfig;

import io.kanava.impl.DeploymentMessages;
import io.kanava.impl.Messages;
import io.kanava.impl.client.ClientFiles;
import io.kanava.impl.codec.FrameEncoder;
import io.kanava.impl.codec.PayloadCodecProducer;
import io.kanava.impl.config.ApplicationSettings;
import io.kanava.impl.config.Counts;
import io.kanava.impl.config.Seconds;
import io.kanava.impl.discovery.DeclaredChannel;
import io.kanava.impl.discovery.KanavaExtension;
import io.kanava.impl.eventhub.AfterCommit;
import io.kanava.impl.eventhub.KanavaEventHub;
import io.kanava.impl.eventhub.TransportSettings;
import io.kanava.impl.eventhub.jms.JmsTransports;
import io.kanava.impl.handshake.ChannelRoutes;
import io.kanava.impl.handshake.HandshakeChecks;
import io.kanava.impl.metrics.ChannelMetrics;
import io.kanava.impl.metrics.JmxMetrics;
import io.kanava.impl.metrics.MetricsExport;
import io.kanava.impl.middleware.GlobalMiddleware;
import io.kanava.impl.routing.ActionRouter;
import io.kanava.impl.routing.InputConstraints;
import io.kanava.impl.security.HandshakeRoles;
import io.kanava.impl.security.OriginPolicy;
import io.kanava.impl.security.RoleCatalog;
import io.kanava.impl.sending.OutboundQueueLimits;
import io.kanava.impl.sending.OversizedEvents;
import io.kanava.impl.sending.SlowClientCloser;
import io.kanava.impl.validation.InputValidation;
import io.kanava.spi.EventTransport;
import io.kanava.spi.HandshakeCheck;
import io.kanava.spi.PayloadCodec;

/**
 * Registers one endpoint per validated channel with the WebSocket container while the servlet context
 * initialises (containers refuse endpoints added later), and on undeploy closes open connections with 1001.
 */
public class ChannelEndpointRegistrar implements ServletContextListener {

    /** The subprotocol Kanava speaks. */
    public static final String SUBPROTOCOL = "kanava.v1";

    private static final Logger LOG = Logger.getLogger(ChannelEndpointRegistrar.class.getName());
    private static final String MANAGED_TIMER = "java:comp/DefaultManagedScheduledExecutorService";
    private static final String TRANSACTIONS = "java:comp/TransactionSynchronizationRegistry";
    private static final String CONTEXTS = "java:comp/DefaultContextService";

    private final OpenConnections connections = new OpenConnections();
    private volatile SlowClientCloser slowClients;
    private volatile Liveness liveness;
    private volatile Drain.Settings drain = Drain.Settings.DEFAULT;
    private volatile JmxMetrics metrics;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        ServletContext context = event.getServletContext();
        BeanManager beanManager;
        try {
            beanManager = CDI.current().getBeanManager();
        } catch (IllegalStateException noCdi) {
            LOG.warning(Messages.cdiUnavailable(context.getContextPath()));
            return;
        }
        Instance<Object> beans = beanManager.createInstance();
        ApplicationSettings settings = ApplicationSettings.of(context);
        KanavaEventHub hub = beans.select(KanavaEventHub.class).get();
        configureTransport(hub, settings, context.getContextPath(), beans);
        hub.publishInTransactions(AfterCommit.of(settings, transactions(context.getContextPath())));
        hub.connections(action -> connections.forEach(action::accept));
        MetricsExport export = MetricsExport.of(settings);
        hub.metrics().counting(export != MetricsExport.OFF);
        if (export == MetricsExport.JMX) {
            metrics = JmxMetrics.platform(context.getContextPath());
            metrics.publish(hub.metrics());
        }
        List<DeclaredChannel> channels =
                beanManager.getExtension(KanavaExtension.class).channels();
        Optional<Class<?>> replacedCodec = replacedCodec(beanManager);
        ClientFiles.publish(
                context, channels.stream().map(DeclaredChannel::definition).toList(), replacedCodec);
        if (replacedCodec.isEmpty()) {
            PayloadCodecProducer.applicationConfiguration(beans)
                    .ifPresent(kind -> LOG.info(Messages.applicationJsonb(context.getContextPath(), kind)));
        }
        if (channels.isEmpty()) {
            return;
        }
        handshakeChecks(beans, channels).ifPresent(checks -> context.setAttribute(HandshakeChecks.ATTRIBUTE, checks));
        ServerContainer container = (ServerContainer) context.getAttribute(ServerContainer.class.getName());
        if (container == null) {
            throw new IllegalStateException(Messages.noServerContainer(context.getContextPath()));
        }
        PayloadCodec codec = beans.select(PayloadCodec.class).get();
        InputConstraints constraints = InputValidation.of(beans, context.getContextPath());
        FrameEncoder encoder = new FrameEncoder();
        Instance<RequestContextController> controllers = beans.select(RequestContextController.class);
        HandshakeRoles handshakeRoles = new HandshakeRoles(
                RoleCatalog.of(
                        channels.stream().map(DeclaredChannel::definition).toList()),
                Duration.ofSeconds(Counts.read(
                        settings, HandshakeRoles.RETENTION_PARAMETER, HandshakeRoles.DEFAULT_RETENTION_SECONDS)));
        OriginPolicy originPolicy = OriginPolicy.of(
                settings.apply(OriginPolicy.ALLOWED_ORIGINS_PARAMETER),
                settings.apply(OriginPolicy.PUBLIC_ORIGINS_PARAMETER));
        ScheduledExecutorService managed = managedTimer(context.getContextPath());
        slowClients = new SlowClientCloser(
                managed, Seconds.read(settings, SlowClientCloser.GRACE_PARAMETER, SlowClientCloser.DEFAULT_GRACE));
        Liveness.Settings livenessSettings = Liveness.Settings.read(settings);
        if (livenessSettings.on() && managed != null) {
            liveness = Liveness.start(livenessSettings, managed, connections);
        } else if (livenessSettings.on()) {
            LOG.warning(Messages.livenessOff(context.getContextPath(), MANAGED_TIMER));
        }
        ContextService contexts = contexts();
        IncomingLimits incoming = IncomingLimits.read(settings);
        CallRate.Settings callRate = CallRate.Settings.read(settings);
        ConnectionLimits connectionLimits = ConnectionLimits.read(settings);
        drain = Drain.Settings.read(settings);
        CallResumer resumer = managed == null ? CallResumer.INLINE : new CallResumer(managed, contexts);
        for (DeclaredChannel channel : channels) {
            ConnectionLimits own = connectionLimits.of(channel.definition());
            Admissions admissions = new Admissions(own.connections(), own.perPrincipal());
            ChannelMetrics channelMetrics = new ChannelMetrics(channel.definition(), admissions::open, export);
            ChannelRuntime runtime = new ChannelRuntime(
                    channel.definition(),
                    new ActionRouter(channel.definition(), codec, constraints),
                    codec,
                    encoder,
                    controllers,
                    connections,
                    OutboundQueueLimits.of(channel.definition()),
                    new OversizedEvents(channel.definition().name(), OutboundQueueLimits.of(channel.definition())),
                    handshakeRoles,
                    originPolicy,
                    GlobalMiddleware.chainOf(beanManager, channel.definition()),
                    hub,
                    slowClients,
                    resumer,
                    contexts,
                    incoming.maxMessageSize(channel.definition()),
                    callRate.of(channel.definition()),
                    admissions,
                    own.subscriptions(),
                    channelMetrics);
            register(container, runtime);
            if (metrics != null) {
                metrics.publish(channelMetrics);
            }
        }
    }

    /** The application's handshake checks with their priorities; empty when it has none. */
    private static Optional<HandshakeChecks> handshakeChecks(Instance<Object> beans, List<DeclaredChannel> channels) {
        List<HandshakeChecks.Ordered> checks = beans.select(HandshakeCheck.class)
                .handlesStream()
                .map(handle -> new HandshakeChecks.Ordered(handle.get(), priorityOf(handle.getBean())))
                .toList();
        if (checks.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> routes = new LinkedHashMap<>();
        channels.forEach(channel ->
                routes.put(channel.definition().name(), channel.definition().route()));
        return Optional.of(new HandshakeChecks(checks, new ChannelRoutes(routes)));
    }

    private static Integer priorityOf(Bean<?> bean) {
        Priority priority = bean.getBeanClass().getAnnotation(Priority.class);
        return priority == null ? null : priority.value();
    }

    /** The application's own payload codec, when it replaces Kanava's (the producer of its bean is not ours). */
    private static Optional<Class<?>> replacedCodec(BeanManager beanManager) {
        Class<?> producer =
                beanManager.resolve(beanManager.getBeans(PayloadCodec.class)).getBeanClass();
        return producer == PayloadCodecProducer.class ? Optional.empty() : Optional.of(producer);
    }

    /** The application's own transport bean, else the one the context parameters choose. */
    private static void configureTransport(
            KanavaEventHub hub, ApplicationSettings applicationSettings, String contextPath, Instance<Object> beans) {
        TransportSettings settings = TransportSettings.read(applicationSettings);
        Instance<EventTransport> provided = beans.select(EventTransport.class);
        if (provided.isAmbiguous()) {
            throw DeploymentMessages.transportAmbiguous(provided.handlesStream()
                    .map(handle -> handle.getBean().getBeanClass().getName())
                    .toList());
        }
        if (provided.isResolvable()) {
            EventTransport transport = provided.get();
            if (settings.transport().equals(TransportSettings.JMS)) {
                throw DeploymentMessages.transportTwice(transport.getClass());
            }
            LOG.info(Messages.applicationTransport(contextPath, transport.getClass()));
            hub.use(transport);
            return;
        }
        switch (settings.transport()) {
            case TransportSettings.MEMORY -> {
                return;
            }
            case TransportSettings.JMS -> hub.use(JmsTransports.create(settings));
            default -> throw DeploymentMessages.unknownTransport(settings.transport());
        }
    }

    /** The container's scheduler, for the deadline of a slow client's close; {@code null} when there is none. */
    /** The container's default context service, or {@code null} where it has none. */
    private static ContextService contexts() {
        try {
            return (ContextService) new InitialContext().lookup(CONTEXTS);
        } catch (NamingException | ClassCastException | NoClassDefFoundError none) {
            LOG.log(
                    Level.FINE,
                    "No " + CONTEXTS + "; asynchronous calls resume with the completing thread's context",
                    none);
            return null;
        }
    }

    /** The container's transaction synchronization registry, or {@code null} where it has none. */
    private static TransactionSynchronizationRegistry transactions(String contextPath) {
        try {
            return (TransactionSynchronizationRegistry) new InitialContext().lookup(TRANSACTIONS);
        } catch (NamingException | ClassCastException | NoClassDefFoundError none) {
            LOG.log(Level.INFO, Messages.noTransactions(contextPath, TRANSACTIONS), none);
            return null;
        }
    }

    private static ScheduledExecutorService managedTimer(String contextPath) {
        try {
            return (ScheduledExecutorService) new InitialContext().lookup(MANAGED_TIMER);
        } catch (NamingException | ClassCastException none) {
            LOG.log(Level.WARNING, Messages.noSlowClientTimer(contextPath, MANAGED_TIMER), none);
            return null;
        }
    }

    private static void register(ServerContainer container, ChannelRuntime runtime) {
        ServerEndpointConfig config = ServerEndpointConfig.Builder.create(
                        ChannelEndpoint.class, runtime.definition().route())
                .configurator(new ChannelConfigurator(runtime))
                .subprotocols(List.of(SUBPROTOCOL))
                .encoders(List.of(FrameEncoder.class))
                .build();
        try {
            container.addEndpoint(config);
        } catch (DeploymentException e) {
            throw new IllegalStateException(
                    Messages.registrationFailed(
                            runtime.name(), runtime.definition().route()),
                    e);
        }
    }

    @Override
    public void contextDestroyed(ServletContextEvent event) {
        Liveness checking = liveness;
        if (checking != null) {
            checking.close();
        }
        try {
            connections.drain(new Drain(drain), CloseCodes.GOING_AWAY, CloseCodes.APPLICATION_STOPPED);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        connections.closeAll(CloseCodes.GOING_AWAY, CloseCodes.APPLICATION_STOPPED);
        SlowClientCloser closing = slowClients;
        if (closing != null) {
            closing.closeAllNow();
        }
        JmxMetrics published = metrics;
        if (published != null) {
            published.close();
        }
    }
}
