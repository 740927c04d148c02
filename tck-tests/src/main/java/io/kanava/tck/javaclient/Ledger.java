package io.kanava.tck.javaclient;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

/** The ledger's state, and a gate that holds a call until another connection opens it. */
@ApplicationScoped
public class Ledger {

    private final List<Long> deposits = new ArrayList<>();
    private volatile CountDownLatch gate = new CountDownLatch(1);

    synchronized Balance deposit(long cents) {
        deposits.add(cents);
        return balance();
    }

    synchronized Balance balance() {
        return new Balance(deposits.stream().mapToLong(Long::longValue).sum(), List.copyOf(deposits));
    }

    /** Holds the calling handler until {@link #open()}, at most 30 s; then closes the gate for the next call. */
    Balance held() throws InterruptedException {
        CountDownLatch current = gate;
        current.await(30, TimeUnit.SECONDS);
        gate = new CountDownLatch(1);
        return balance();
    }

    void open() {
        gate.countDown();
    }
}
