package io.kanava.impl.discovery;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.inject.spi.BeanManager;

import io.kanava.ChannelDefinition;
import io.kanava.KanavaException;
import io.kanava.impl.DeploymentMessages;

/**
 * Calls every producer once, when the container is ready, and keeps what each returned or why it failed.
 */
final class ChannelCollector {

    private final BeanManager beanManager;
    private final List<DeclaredChannel> channels = new ArrayList<>();
    private final List<KanavaException> problems = new ArrayList<>();

    ChannelCollector(BeanManager beanManager) {
        this.beanManager = beanManager;
    }

    ChannelCollector collect(List<ChannelProducer> producers) {
        producers.forEach(this::collect);
        return this;
    }

    private void collect(ChannelProducer producer) {
        CreationalContext<?> context = beanManager.createCreationalContext(producer.bean());
        try {
            Object definition = beanManager.getReference(producer.bean(), ChannelDefinition.class, context);
            if (definition == null) {
                problems.add(DeploymentMessages.producerReturnedNull(producer.source()));
            } else {
                channels.add(new DeclaredChannel((ChannelDefinition) definition, producer.source()));
            }
        } catch (RuntimeException e) {
            problems.add(DeploymentMessages.producerFailed(producer.source(), e));
        }
    }

    List<DeclaredChannel> channels() {
        return channels;
    }

    List<KanavaException> problems() {
        return problems;
    }
}
