package io.kanava.tck.javaclient;

/**
 * Money paid into the ledger.
 *
 * @param cents how much
 */
public record Deposit(long cents) {}
