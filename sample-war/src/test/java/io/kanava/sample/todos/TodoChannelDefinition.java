package io.kanava.sample.todos;

import io.kanava.ChannelDefinition;
import io.kanava.sample.security.SessionActions;

/** The sample's {@code todos} channel as its producer declares it, for tests that describe it. */
public final class TodoChannelDefinition {

    private TodoChannelDefinition() {}

    /** Returns the definition; its handlers are not meant to run (the store, hub and tokens are not set). */
    public static ChannelDefinition declared() {
        TodoChannel channel = new TodoChannel();
        channel.sessions = new SessionActions();
        return channel.todos();
    }
}
