package io.kanava.tck.lifecycle;

/**
 * How often the callbacks ran for one connection.
 *
 * @param connects runs of {@code onConnect}
 * @param disconnects runs of {@code onDisconnect}
 */
public record LedgerEntry(int connects, int disconnects) {}
