package io.kanava.impl;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

class MessagesTest {

    @Test
    void namesTheRootContextAsASlashNotAsNothing() {
        String message = Messages.noSlowClientTimer("", "java:comp/DefaultManagedScheduledExecutorService");
        assertTrue(message.startsWith("KNV3025: application '/' has no"), message);
        assertTrue(Messages.noSlowClientTimer("/shop", "x").contains("application '/shop'"));
    }
}
