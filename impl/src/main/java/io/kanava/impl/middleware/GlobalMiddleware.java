package io.kanava.impl.middleware;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;

import io.kanava.ChannelDefinition;
import io.kanava.ChannelMiddleware;
import io.kanava.MiddlewareFor;

/**
 * Finds the CDI beans that are global middleware of a channel ({@link MiddlewareFor}) and orders them by
 * {@link Priority}, lowest first, then by class name.
 */
public final class GlobalMiddleware {

    private static final int DEFAULT_PRIORITY = Integer.MAX_VALUE;

    private GlobalMiddleware() {}

    /**
     * Builds a channel's chain: its global middleware, then its inline middleware.
     *
     * @param beanManager the application's bean manager
     * @param channel the channel
     * @return the chain
     */
    public static MiddlewareChain chainOf(BeanManager beanManager, ChannelDefinition channel) {
        List<Bean<?>> beans = new ArrayList<>();
        for (Bean<?> bean : beanManager.getBeans(ChannelMiddleware.class, Any.Literal.INSTANCE)) {
            MiddlewareFor target = bean.getBeanClass().getAnnotation(MiddlewareFor.class);
            if (target != null && List.of(target.value()).contains(channel.name())) {
                beans.add(bean);
            }
        }
        beans.sort(Comparator.comparingInt(GlobalMiddleware::priorityOf)
                .thenComparing(bean -> bean.getBeanClass().getName()));
        List<ChannelMiddleware> links = new ArrayList<>();
        for (Bean<?> bean : beans) {
            links.add((ChannelMiddleware)
                    beanManager.getReference(bean, ChannelMiddleware.class, beanManager.createCreationalContext(bean)));
        }
        links.addAll(channel.middleware());
        return new MiddlewareChain(channel.name(), links);
    }

    private static int priorityOf(Bean<?> bean) {
        Priority priority = bean.getBeanClass().getAnnotation(Priority.class);
        return priority == null ? DEFAULT_PRIORITY : priority.value();
    }
}
