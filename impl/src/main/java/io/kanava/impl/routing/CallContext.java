package io.kanava.impl.routing;

import java.util.Optional;

import io.kanava.ActionContext;
import io.kanava.Connection;
import io.kanava.impl.codec.CallId;

/**
 * The context of one call, handed to its handler.
 */
record CallContext(Connection connection, String action, CallId callId) implements ActionContext {

    @Override
    public Optional<String> id() {
        return callId == null ? Optional.empty() : Optional.of(callId.text());
    }
}
