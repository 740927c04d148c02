package io.kanava.testing;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.kanava.ChannelDefinition;
import io.kanava.DataType;
import io.kanava.KanavaException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChannelHarnessTest {

    private final ChannelHarness harness = new ChannelHarness();
    private final NotesChannel application = new NotesChannel(harness.hub());
    private final ChannelUnderTest notes = harness.channel(application.notes());

    @AfterEach
    void close() {
        harness.close();
    }

    @Test
    void answersACallWithTheReplyTheHandlerReturned() {
        TestConnection ann = notes.connectAs("ann");

        Note added = ann.call("add", new Note("milk")).reply(Note.class);

        assertEquals(new Note("milk"), added);
        assertEquals(List.of(new Note("milk")), ann.call("list").reply(DataType.listOf(Note.class)));
    }

    @Test
    void refusesProtectedCallsOfAnAnonymousConnectionAndPermitsByRole() {
        TestConnection anonymous = notes.connect();
        anonymous.call("add", new Note("milk")).assertError("unauthenticated");

        notes.connectAs("ann").call("clear").assertError("forbidden");
        notes.connectAs("eve", "editor").call("clear").assertReply();
    }

    @Test
    void takesTheIdentityOfAnInBandSession() {
        TestConnection anonymous = notes.connect();
        anonymous.call("login", "bob").assertReply();

        assertEquals("bob", anonymous.subject().orElseThrow());
        anonymous.call("clear").assertReply();
    }

    @Test
    void answersViolationsOfTheInputsConstraintsWithTheirPaths() {
        CallResult result = notes.connectAs("ann").call("add", new Note(" ")).assertError("invalid_data");

        assertEquals(List.of("text"), result.violationPaths());
    }

    @Test
    void answersAnApplicationErrorWithItsCodeAndAMalformedFrameWithBadRequest() {
        TestConnection ann = notes.connectAs("ann");

        CallResult missing = ann.call("find", 3).assertError("note_not_found");
        assertEquals("No note 3", missing.errorMessage());
        ann.send("{\"id\":9}").assertError("bad_request");
        ann.call("nothing").assertError("unknown_action");
        ann.call("find", "three").assertError("invalid_data");
    }

    @Test
    void awaitsTheAnswerOfAnAsynchronousHandler() {
        TestConnection ann = notes.connectAs("ann");
        ann.call("add", new Note("milk")).assertReply();

        assertEquals(1, ann.call("count").reply(Integer.class));
    }

    @Test
    void deliversPublishedEventsToSubscribersThroughTheChannelsMiddleware() {
        TestConnection ann = notes.connectAs("ann");
        TestConnection bob = notes.connectAs("bob");

        ann.call("add", new Note("secret plan")).assertReply();
        bob.assertNoEvent();
        ann.call("add", new Note("milk")).assertReply();

        assertEquals(new Note("milk"), bob.nextEvent().assertName("notes:added").data(Note.class));
        assertEquals("notes:added", ann.nextEvent().name());
        bob.assertNoEvent();
    }

    @Test
    void refusesAConnectionWhoseOnConnectRefusesAndRunsOnDisconnectOnClose() {
        TestConnection banned = notes.connect(
                Opening.as("mallory").pathParameter("board", "main").queryParameter("banned", ""));
        assertFalse(banned.isOpen());
        assertEquals(1008, banned.closeCode().orElseThrow());
        assertEquals("Banned from main", banned.closeReason().orElseThrow());
        assertThrows(IllegalStateException.class, () -> banned.call("list"));

        TestConnection ann = notes.connectAs("ann");
        ann.close();
        assertEquals(List.of("ann"), application.disconnected);
        assertEquals(0, harness.hub().subscriberCount("notes:added"));
    }

    @Test
    void reportsAnInvalidDefinitionWithItsCodeAsDeploymentWould() {
        ChannelDefinition broken = ChannelDefinition.builder("bad name!").build();

        KanavaException problem = assertThrows(KanavaException.class, () -> harness.channel(broken));

        assertNotNull(problem.code());
        assertTrue(problem.getMessage().startsWith(problem.code()), problem::getMessage);
    }
}
