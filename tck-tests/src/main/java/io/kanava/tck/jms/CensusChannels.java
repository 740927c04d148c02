package io.kanava.tck.jms;

import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.util.TypeLiteral;

import io.kanava.ActionDefinition;
import io.kanava.ChannelDefinition;

/**
 * The {@code census} channel: its action {@code threads} lists every thread alive in the server's JVM, except the
 * one answering, and tells which run in this application's class loader, so that a scenario can learn which threads
 * an application started and check, from another application, that they ended with its undeploy.
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
                                .filter(thread -> thread != Thread.currentThread())
                                .map(CensusChannels::describe)
                                .sorted(Comparator.comparingLong(LiveThread::id))
                                .toList())
                        .build())
                .build();
    }

    @SuppressWarnings("deprecation") // Thread.threadId() is Java 19; the kit runs on 17
    private static LiveThread describe(Thread thread) {
        return new LiveThread(thread.getId(), thread.getName(), delegatesToThisApplication(thread));
    }

    private static boolean delegatesToThisApplication(Thread thread) {
        ClassLoader application = CensusChannels.class.getClassLoader();
        for (ClassLoader loader = thread.getContextClassLoader(); loader != null; loader = loader.getParent()) {
            if (loader == application) {
                return true;
            }
        }
        return false;
    }
}
