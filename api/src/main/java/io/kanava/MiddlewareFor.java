package io.kanava;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a CDI bean implementing {@link ChannelMiddleware} global middleware of the named channels. Order several
 * with {@code jakarta.annotation.Priority}, lowest first.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface MiddlewareFor {

    /**
     * Returns the names of the channels the middleware applies to.
     *
     * @return channel names
     */
    String[] value();
}
