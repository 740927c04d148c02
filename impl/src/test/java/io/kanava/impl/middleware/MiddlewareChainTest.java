package io.kanava.impl.middleware;

import java.util.ArrayList;
import java.util.List;

import jakarta.json.Json;

import org.junit.jupiter.api.Test;

import io.kanava.ChannelMiddleware;
import io.kanava.OutgoingEvent;
import io.kanava.impl.eventhub.HubEvent;
import io.kanava.impl.routing.TestConnection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MiddlewareChainTest {

    private final List<String> sent = new ArrayList<>();
    private final HubEvent event = new HubEvent("todos:updated", "{\"id\":1}");

    private boolean dispatch(ChannelMiddleware... links) {
        return new MiddlewareChain("todos", List.of(links))
                .dispatch(event, new TestConnection(), forwarded -> sent.add(HubEvent.frameOf(forwarded)));
    }

    @Test
    void forwardsTheSharedFrameUntouchedWhenThereIsNoMiddleware() {
        dispatch();
        assertEquals(List.of(event.frame()), sent);
    }

    @Test
    void letsMiddlewareTransformTheData() {
        dispatch((e, connection, next) ->
                next.forward(e.withData(Json.createObjectBuilder(e.data().asJsonObject())
                        .add("sentAt", "now")
                        .build())));
        assertEquals(List.of("{\"event\":\"todos:updated\",\"data\":{\"id\":1,\"sentAt\":\"now\"}}"), sent);
    }

    @Test
    void letsMiddlewareFanOneEventOutIntoSeveral() {
        dispatch((e, connection, next) -> {
            next.forward(e);
            next.forward(e.withName("todos:audit"));
        });
        assertEquals(
                List.of(
                        "{\"event\":\"todos:updated\",\"data\":{\"id\":1}}",
                        "{\"event\":\"todos:audit\",\"data\":{\"id\":1}}"),
                sent);
    }

    @Test
    void letsMiddlewareDropAnEvent() {
        dispatch((e, connection, next) -> {});
        assertEquals(List.of(), sent);
    }

    @Test
    void runsMiddlewareInOrderEachSeeingWhatThePreviousForwarded() {
        List<String> order = new ArrayList<>();
        ChannelMiddleware first = (e, connection, next) -> {
            order.add("first saw " + e.name());
            next.forward(e.withName("renamed"));
        };
        ChannelMiddleware second = (e, connection, next) -> {
            order.add("second saw " + e.name());
            next.forward(e);
        };
        dispatch(first, second);
        assertEquals(List.of("first saw todos:updated", "second saw renamed"), order);
        assertEquals(List.of("{\"event\":\"renamed\",\"data\":{\"id\":1}}"), sent);
    }

    @Test
    void dropsTheEventWhenAMiddlewareThrowsAndKeepsGoingForTheNextEvent() {
        ChannelMiddleware failing = (e, connection, next) -> {
            if (e.data().asJsonObject().getInt("id") == 1) {
                throw new IllegalStateException("cannot handle id 1");
            }
            next.forward(e);
        };
        assertFalse(dispatch(failing), "the failure is reported to the sender");
        assertEquals(List.of(), sent);
        OutgoingEvent second = new HubEvent("todos:updated", "{\"id\":2}");
        assertTrue(new MiddlewareChain("todos", List.of(failing))
                .dispatch(second, new TestConnection(), forwarded -> sent.add(HubEvent.frameOf(forwarded))));
        assertEquals(1, sent.size());
    }

    @Test
    void reportsAFailureOfALaterMiddlewareToo() {
        ChannelMiddleware passing = (e, connection, next) -> next.forward(e);
        ChannelMiddleware failing = (e, connection, next) -> {
            throw new IllegalStateException("later failure");
        };
        assertFalse(dispatch(passing, failing));
        assertTrue(dispatch(passing, passing));
    }

    @Test
    void writesTheFrameOfAnEventOfTheApplicationsOwnType() {
        OutgoingEvent own = new OutgoingEvent() {
            @Override
            public String name() {
                return "own";
            }

            @Override
            public jakarta.json.JsonValue data() {
                return Json.createValue("made");
            }

            @Override
            public OutgoingEvent withName(String name) {
                return this;
            }

            @Override
            public OutgoingEvent withData(jakarta.json.JsonValue data) {
                return this;
            }
        };
        dispatch((e, connection, next) -> next.forward(own));
        assertEquals(List.of("{\"event\":\"own\",\"data\":\"made\"}"), sent);
    }

    @Test
    void parsesTheSharedDataOnceForAllConnections() {
        assertEquals(event.data(), event.data());
        assertEquals(true, event.data() == event.data());
    }
}
