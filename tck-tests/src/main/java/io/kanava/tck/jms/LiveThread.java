package io.kanava.tck.jms;

/**
 * A thread alive in a server's JVM, as the census channel reports it.
 *
 * @param id the thread's id, unique for the JVM's lifetime
 * @param name the thread's name
 * @param ofThisApplication whether the thread's context class loader is the reporting application's class loader,
 *     or a loader that delegates to it
 */
public record LiveThread(long id, String name, boolean ofThisApplication) {}
