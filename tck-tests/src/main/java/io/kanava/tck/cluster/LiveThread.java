package io.kanava.tck.cluster;

/**
 * A thread alive in a server's JVM, as the census channel reports it.
 *
 * @param id the thread's id, unique for the JVM's lifetime
 * @param name the thread's name
 * @param contextLoader what the thread's context class loader says of itself, or an empty string
 */
public record LiveThread(long id, String name, String contextLoader) {}
