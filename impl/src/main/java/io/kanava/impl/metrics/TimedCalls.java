package io.kanava.impl.metrics;

import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;

import io.kanava.impl.codec.InboundFrame;
import io.kanava.impl.codec.OutboundFrame;

/**
 * Times the calls a router answers, from dispatch to answer: at once for a synchronous call, when its stage completes
 * for an asynchronous one.
 */
public final class TimedCalls implements Function<InboundFrame, OutboundFrame> {

    private final Function<InboundFrame, OutboundFrame> router;
    private final LongConsumer took;
    private final LongSupplier clock;

    /**
     * Times a router.
     *
     * @param router answers one call
     * @param took told each call's duration, in nanoseconds
     */
    public TimedCalls(Function<InboundFrame, OutboundFrame> router, LongConsumer took) {
        this(router, took, System::nanoTime);
    }

    TimedCalls(Function<InboundFrame, OutboundFrame> router, LongConsumer took, LongSupplier clock) {
        this.router = router;
        this.took = took;
        this.clock = clock;
    }

    @Override
    public OutboundFrame apply(InboundFrame frame) {
        long started = clock.getAsLong();
        OutboundFrame answer = router.apply(frame);
        if (answer instanceof OutboundFrame.Pending later) {
            return new OutboundFrame.Pending(
                    later.answer().whenComplete((done, never) -> took.accept(clock.getAsLong() - started)),
                    later.concurrent());
        }
        took.accept(clock.getAsLong() - started);
        return answer;
    }
}
