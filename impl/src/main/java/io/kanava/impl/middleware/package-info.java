/**
 * Channel middleware: the global ({@code @MiddlewareFor}) and inline middleware an outgoing event passes through
 * on its way to one connection.
 */
package io.kanava.impl.middleware;
