package io.kanava.sample.todos;

import io.kanava.ChannelDefinition;

/** The sample's {@code todos} channel as its producer declares it, for tests that describe it. */
public final class TodoChannelDefinition {

    private TodoChannelDefinition() {}

    /** Returns the definition; its handlers are not meant to run (the store and hub are not set). */
    public static ChannelDefinition declared() {
        return new TodoChannel().todos();
    }
}
