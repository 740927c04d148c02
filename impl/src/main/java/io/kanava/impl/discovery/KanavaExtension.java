package io.kanava.impl.discovery;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.BeforeBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessManagedBean;
import jakarta.enterprise.inject.spi.ProcessProducerMethod;

import io.kanava.ChannelDefinition;
import io.kanava.ChannelMiddleware;
import io.kanava.KanavaException;
import io.kanava.MiddlewareFor;
import io.kanava.impl.codec.PayloadCodecProducer;
import io.kanava.impl.eventhub.KanavaEventHub;

/**
 * Adds the runtime's own beans (the {@code EventHub}, the payload codec) whatever the application's bean discovery
 * mode, finds every producer method returning a {@link ChannelDefinition}, and once the container is valid, obtains
 * and validates the definitions and the channels each {@code @MiddlewareFor} bean names. Problems fail the deployment, all of them reported together. The extension only
 * collects; {@link ChannelCollector} and {@link DefinitionValidator} decide.
 */
public class KanavaExtension implements Extension {

    private final List<ChannelProducer> producers = new ArrayList<>();
    private final List<MiddlewareTarget> middlewareTargets = new ArrayList<>();
    private volatile List<DeclaredChannel> channels = List.of();

    void addRuntimeBeans(@Observes BeforeBeanDiscovery event, BeanManager beanManager) {
        event.addAnnotatedType(beanManager.createAnnotatedType(KanavaEventHub.class), KanavaEventHub.class.getName());
        event.addAnnotatedType(
                beanManager.createAnnotatedType(PayloadCodecProducer.class), PayloadCodecProducer.class.getName());
    }

    void collectChannelProducers(@Observes ProcessProducerMethod<ChannelDefinition, ?> event) {
        producers.add(new ChannelProducer(
                event.getBean(),
                ChannelProducer.describe(event.getAnnotatedProducerMethod().getJavaMember())));
    }

    void collectMiddlewareTargets(@Observes ProcessManagedBean<? extends ChannelMiddleware> event) {
        MiddlewareFor target = event.getAnnotated().getAnnotation(MiddlewareFor.class);
        if (target != null) {
            middlewareTargets.add(
                    new MiddlewareTarget(event.getBean().getBeanClass().getName(), List.of(target.value())));
        }
    }

    void validateChannels(@Observes AfterDeploymentValidation event, BeanManager beanManager) {
        ChannelCollector collector = new ChannelCollector(beanManager).collect(producers);
        List<KanavaException> problems = new ArrayList<>(collector.problems());
        DefinitionValidator validator = new DefinitionValidator();
        problems.addAll(validator.validate(collector.channels()));
        problems.addAll(validator.validateMiddlewareTargets(middlewareTargets, collector.channels()));
        problems.forEach(event::addDeploymentProblem);
        if (problems.isEmpty()) {
            channels = List.copyOf(collector.channels());
        }
    }

    /**
     * Returns the validated channels of the application.
     *
     * @return the channels, in discovery order; empty before validation or when it failed
     */
    public List<DeclaredChannel> channels() {
        return channels;
    }
}
