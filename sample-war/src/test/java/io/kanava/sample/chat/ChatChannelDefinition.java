package io.kanava.sample.chat;

import io.kanava.ChannelDefinition;
import io.kanava.sample.security.SessionActions;

/** The sample's {@code chat} channel as its producer declares it, for tests that describe it. */
public final class ChatChannelDefinition {

    private ChatChannelDefinition() {}

    /** Returns the definition; its handlers are not meant to run (the room, hub and tokens are not set). */
    public static ChannelDefinition declared() {
        ChatChannel channel = new ChatChannel();
        channel.sessions = new SessionActions();
        return channel.chat();
    }
}
