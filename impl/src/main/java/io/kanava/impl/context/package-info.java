/**
 * The CDI request context each call, and each lifecycle callback, runs in.
 */
package io.kanava.impl.context;
