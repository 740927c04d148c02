package io.kanava.impl.discovery;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.stream.Collectors;

import jakarta.enterprise.inject.spi.Bean;

/**
 * A producer method of {@code ChannelDefinition} found by the extension.
 *
 * @param bean the producer bean
 * @param source the producer method as a reader finds it, such as {@code com.acme.ChatChannels.chat()}
 */
record ChannelProducer(Bean<?> bean, String source) {

    static String describe(Method method) {
        return method.getDeclaringClass().getName() + "." + method.getName()
                + Arrays.stream(method.getParameterTypes())
                        .map(Class::getSimpleName)
                        .collect(Collectors.joining(", ", "(", ")"));
    }
}
