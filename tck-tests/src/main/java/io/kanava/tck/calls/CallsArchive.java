package io.kanava.tck.calls;

import org.jboss.shrinkwrap.api.spec.WebArchive;

import io.kanava.tck.deployment.KitArchive;

/** The deployment shared by the scenarios on the {@code echo} channel. */
final class CallsArchive {

    private CallsArchive() {}

    static WebArchive create() {
        return KitArchive.create("kit-calls", EchoChannels.class, CallLedger.class, Note.class, Amount.class);
    }
}
