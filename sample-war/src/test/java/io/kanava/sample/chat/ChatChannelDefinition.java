package io.kanava.sample.chat;

import io.kanava.ChannelDefinition;

/** The sample's {@code chat} channel as its producer declares it, for tests that describe it. */
public final class ChatChannelDefinition {

    private ChatChannelDefinition() {}

    /** Returns the definition; its handlers are not meant to run (the room, tokens and hub are not set). */
    public static ChannelDefinition declared() {
        return new ChatChannel().chat();
    }
}
