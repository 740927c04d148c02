package io.kanava.impl.endpoint;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class IncomingTextTest {

    private final List<String> messages = new ArrayList<>();
    private final AtomicInteger tooBig = new AtomicInteger();
    private final IncomingText incoming = new IncomingText(10, messages::add, tooBig::incrementAndGet);

    @Test
    void passesAWholeMessageOnAsItCame() {
        incoming.accept("0123456789", true);
        assertEquals(List.of("0123456789"), messages);
        assertEquals(0, tooBig.get());
    }

    @Test
    void joinsTheParts() {
        incoming.accept("012", false);
        incoming.accept("345", false);
        incoming.accept("6", true);
        incoming.accept("next", true);
        assertEquals(List.of("0123456", "next"), messages);
    }

    @Test
    void dropsAMessageAsSoonAsItGrowsPastTheBoundAndIgnoresItsRest() {
        incoming.accept("01234", false);
        incoming.accept("56789X", false);
        assertEquals(1, tooBig.get());
        incoming.accept("more than ten characters", false);
        incoming.accept("end", true);
        incoming.accept("fits", true);
        assertEquals(List.of("fits"), messages);
        assertEquals(1, tooBig.get(), "reported once per message");
    }

    @Test
    void countsBytesOfUtf8NotCharacters() {
        incoming.accept("ääääää", true); // 6 characters, 12 bytes
        assertEquals(List.of(), messages);
        assertEquals(1, tooBig.get());
        assertEquals(4, IncomingText.utf8Length("\ud83d\ude00"));
        assertEquals(3, IncomingText.utf8Length("€"));
    }

    @Test
    void acceptsAMessageOfExactlyTheBoundMadeOfManyParts() {
        IncomingText bounded = new IncomingText(10, messages::add, tooBig::incrementAndGet);
        for (int i = 0; i < 9; i++) {
            bounded.accept("x", false);
        }
        bounded.accept("y", true);
        assertEquals(List.of("xxxxxxxxxy"), messages);
        bounded.accept("xxxxxxxxxä", true); // eleven bytes
        assertEquals(1, tooBig.get());
    }
}
