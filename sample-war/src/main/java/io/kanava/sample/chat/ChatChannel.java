package io.kanava.sample.chat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import io.kanava.ActionContext;
import io.kanava.ActionDefinition;
import io.kanava.ChannelDefinition;
import io.kanava.DataType;
import io.kanava.EventHub;
import io.kanava.sample.security.SessionActions;

/**
 * Declares the {@code chat} channel, at {@code /channels/chat}. {@code login} {@code {token}} verifies a token from
 * {@code POST /api/login} and opens an in-band session ({@link SessionActions}); {@code send} needs that session and
 * signs the message with its subject, and every other connection hears it as {@code chat:message};
 * {@code history} and {@code logout} are open to anyone.
 */
@ApplicationScoped
public class ChatChannel {

    @Inject
    ChatRoom room;

    @Inject
    SessionActions sessions;

    @Inject
    EventHub hub;

    @Produces
    ChannelDefinition chat() {
        return ChannelDefinition.builder("chat")
                .event(ChatMessage.TOPIC)
                .onConnect(connection -> hub.subscribe(ChatMessage.TOPIC, connection))
                .action(sessions.login())
                .action(sessions.logout())
                .action(ActionDefinition.of("send", NewMessage.class, ChatMessage.class, (input, context) -> {
                            ChatMessage message = room.post(senderOf(context), input.text());
                            hub.publish(ChatMessage.TOPIC, message, context.connection());
                            return message;
                        })
                        .permissions("signed-in", (context, input) -> context.connection()
                                .session()
                                .isPresent()))
                .action(ActionDefinition.of(
                                "history",
                                HistoryRequest.class,
                                DataType.listOf(ChatMessage.class),
                                (input, context) -> room.history(input == null ? null : input.limit()))
                        .auth(false))
                .build();
    }

    private static String senderOf(ActionContext context) {
        return context.connection().subject().orElseThrow();
    }
}
