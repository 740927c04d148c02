package io.kanava.tck.lifecycle;

/**
 * What the test waits for.
 *
 * @param connection the connection id
 * @param disconnects the number of disconnects to wait for
 * @param timeoutMillis how long to wait at most
 */
public record LedgerQuery(String connection, int disconnects, long timeoutMillis) {}
