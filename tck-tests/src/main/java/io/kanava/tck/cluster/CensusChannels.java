package io.kanava.tck.cluster;

import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.util.TypeLiteral;

import io.kanava.ActionDefinition;
import io.kanava.ChannelDefinition;

/**
 * The {@code census} channel: its action {@code threads} lists every thread alive in the server's JVM, so that a
 * scenario can see what another application left running after it was undeployed.
 */
@ApplicationScoped
public class CensusChannels {

    @Produces
    ChannelDefinition census() {
        return ChannelDefinition.builder("census")
                .auth(false)
                .action(ActionDefinition.<Void, List<LiveThread>>builder("threads")
                        .input(Void.class)
                        .output(new TypeLiteral<List<LiveThread>>() {}.getType())
                        .auth(false)
                        .handler((input, context) -> Thread.getAllStackTraces().keySet().stream()
                                .map(CensusChannels::describe)
                                .sorted(Comparator.comparingLong(LiveThread::id))
                                .toList())
                        .build())
                .build();
    }

    @SuppressWarnings("deprecation") // Thread.threadId() is Java 19; the kit runs on 17
    private static LiveThread describe(Thread thread) {
        ClassLoader loader = thread.getContextClassLoader();
        return new LiveThread(thread.getId(), thread.getName(), loader == null ? "" : loader.toString());
    }
}
