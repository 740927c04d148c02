package io.kanava.tck.json;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.kanava.ChannelDefinition;

/** The channel {@code labels}, whose types carry JSON-B annotations. */
@ApplicationScoped
public class LabelChannels {

    @Produces
    ChannelDefinition labels() {
        return ChannelDefinition.builder("labels")
                .auth(false)
                .action(
                        "badge",
                        Label.class,
                        Badge.class,
                        (label, context) -> new Badge(
                                label.text().toUpperCase(java.util.Locale.ROOT) + " "
                                        + label.due().getYear(),
                                "do not send"))
                .action("echo", Label.class, Label.class, (label, context) -> label)
                .build();
    }
}
