package io.kanava.sample.chat;

import java.security.Principal;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.inject.Inject;

import io.kanava.ActionContext;
import io.kanava.ActionDefinition;
import io.kanava.ActionException;
import io.kanava.ChannelDefinition;

/**
 * Declares the {@code chat} channel, at {@code /channels/chat}, with the actions {@code send} and
 * {@code history}. Messages are signed with the name of the connection's principal, or {@code anonymous}.
 */
@ApplicationScoped
public class ChatChannel {

    private static final String ANONYMOUS = "anonymous";

    @Inject
    ChatRoom room;

    @Produces
    ChannelDefinition chat() {
        return ChannelDefinition.builder("chat")
                .action(
                        "send",
                        NewMessage.class,
                        ChatMessage.class,
                        (input, context) -> room.post(senderOf(context), textOf(input)))
                .action(ActionDefinition.<HistoryRequest, List<ChatMessage>>builder("history")
                        .input(HistoryRequest.class)
                        .output(new TypeLiteral<List<ChatMessage>>() {}.getType())
                        .handler((input, context) -> room.history(input == null ? null : input.limit()))
                        .build())
                .build();
    }

    private static String senderOf(ActionContext context) {
        return context.connection().principal().map(Principal::getName).orElse(ANONYMOUS);
    }

    private static String textOf(NewMessage input) {
        if (input == null || input.text() == null || input.text().isBlank()) {
            throw new ActionException("invalid_text", "A message needs a non-blank 'text'");
        }
        return input.text();
    }
}
