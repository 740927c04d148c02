package io.kanava.tck.javaclient;

import java.util.List;

/**
 * What the ledger holds.
 *
 * @param cents the balance
 * @param deposits every deposit, oldest first
 */
public record Balance(long cents, List<Long> deposits) {}
