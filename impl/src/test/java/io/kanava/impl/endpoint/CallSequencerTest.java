package io.kanava.impl.endpoint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import org.junit.jupiter.api.Test;

import io.kanava.impl.codec.FrameDecoder;
import io.kanava.impl.codec.InboundFrame;
import io.kanava.impl.codec.OutboundFrame;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A connection's calls run one at a time in arrival order; an ordered asynchronous call holds back the calls after
 * it until its answer is sent, a concurrent one does not, and at most so many are pending at once.
 */
class CallSequencerTest {

    private final FrameDecoder decoder = new FrameDecoder();
    private final List<String> ran = new ArrayList<>();
    private final List<String> answered = new ArrayList<>();
    private final Map<String, CompletableFuture<OutboundFrame>> pending = new HashMap<>();
    private final List<Runnable> resumed = new ArrayList<>();

    /** Actions named {@code slow…} are asynchronous and ordered, {@code side…} asynchronous and concurrent. */
    private OutboundFrame route(InboundFrame frame) {
        String action = ((InboundFrame.ActionCall) frame).action();
        ran.add(action);
        if (action.startsWith("slow") || action.startsWith("side")) {
            CompletableFuture<OutboundFrame> answer = new CompletableFuture<>();
            pending.put(action, answer);
            return new OutboundFrame.Pending(answer, action.startsWith("side"));
        }
        return reply(action);
    }

    private static OutboundFrame reply(String action) {
        return new OutboundFrame.Reply(null, action, null);
    }

    private CallSequencer sequencer(Executor executor, int maxPending, int maxWaiting) {
        return new CallSequencer(
                this::route,
                answer -> answered.add(
                        answer instanceof OutboundFrame.Error error
                                ? error.action() + ":" + error.code()
                                : ((OutboundFrame.Reply) answer).action()),
                frame -> new OutboundFrame.Error(
                        null, ((InboundFrame.ActionCall) frame).action(), "rate_limited", "busy", null),
                (executor == null ? CallResumer.INLINE : new CallResumer(executor, null)).forConnection(false),
                maxPending,
                maxWaiting);
    }

    private void call(CallSequencer calls, String action) {
        calls.arrived(decoder.decode("{\"action\":\"" + action + "\"}"));
    }

    private void complete(String action) {
        pending.get(action).complete(reply(action));
    }

    @Test
    void answersSynchronousCallsAtOnceInOrder() {
        CallSequencer calls = sequencer(null, 4, 8);
        call(calls, "a");
        call(calls, "b");
        assertEquals(List.of("a", "b"), answered);
    }

    @Test
    void anOrderedAsynchronousCallHoldsBackTheCallsAfterItUntilItsAnswerIsSent() {
        CallSequencer calls = sequencer(null, 4, 8);
        call(calls, "slow");
        call(calls, "next");
        assertEquals(List.of("slow"), ran, "the next call waits");
        assertEquals(List.of(), answered);
        complete("slow");
        assertEquals(List.of("slow", "next"), ran);
        assertEquals(List.of("slow", "next"), answered);
    }

    @Test
    void aConcurrentAsynchronousCallLetsTheCallsAfterItRunAndIsAnsweredWhenItCompletes() {
        CallSequencer calls = sequencer(null, 4, 8);
        call(calls, "side");
        call(calls, "next");
        assertEquals(List.of("next"), answered);
        complete("side");
        assertEquals(List.of("next", "side"), answered);
    }

    @Test
    void noMoreCallsArePendingAtOnceThanTheBound() {
        CallSequencer calls = sequencer(null, 2, 8);
        call(calls, "side1");
        call(calls, "side2");
        call(calls, "side3");
        call(calls, "next");
        assertEquals(List.of("side1", "side2"), ran);
        complete("side2");
        assertEquals(List.of("side1", "side2", "side3"), ran, "one place freed, one more call runs");
        complete("side1");
        assertEquals(List.of("side1", "side2", "side3", "next"), ran);
        assertEquals(List.of("side2", "side1", "next"), answered);
    }

    @Test
    void waitingCallsResumeOnTheResumerOnceAPendingCallCompletes() {
        CallSequencer calls = sequencer(resumed::add, 4, 8);
        call(calls, "slow");
        call(calls, "next");
        complete("slow");
        assertEquals(List.of("slow"), ran, "not on the completing thread");
        assertEquals(1, resumed.size());
        resumed.get(0).run();
        assertEquals(List.of("slow", "next"), answered);
    }

    @Test
    void aCallThatFindsTooManyWaitingIsRefusedAtOnceAndTheOthersStillRun() {
        CallSequencer calls = sequencer(null, 4, 2);
        call(calls, "slow");
        call(calls, "w1");
        call(calls, "w2");
        call(calls, "w3");
        assertEquals(List.of("w3:rate_limited"), answered);
        complete("slow");
        assertEquals(List.of("w3:rate_limited", "slow", "w1", "w2"), answered);
    }

    @Test
    void runsNothingMoreOnceClosedButStillSendsPendingAnswers() {
        CallSequencer calls = sequencer(null, 4, 8);
        call(calls, "slow");
        call(calls, "next");
        calls.close();
        call(calls, "after");
        complete("slow");
        assertEquals(List.of("slow"), ran);
        assertEquals(List.of("slow"), answered);
    }
}
