package io.kanava.tck.scope;

import java.util.UUID;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** A request-scoped bean: one instance per call, destroyed when the call ends. */
@RequestScoped
public class CallTrace {

    private final String id = UUID.randomUUID().toString();

    @Inject
    TraceLedger ledger;

    public String id() {
        return id;
    }

    @PreDestroy
    void ended() {
        ledger.destroyed(id);
    }
}
