package io.kanava.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import io.kanava.ChannelDefinition;
import io.kanava.impl.codec.FrameDecoder;
import io.kanava.impl.codec.FrameEncoder;
import io.kanava.impl.codec.JsonbPayloadCodec;
import io.kanava.impl.codec.OutboundFrame;
import io.kanava.impl.metrics.ChannelMetrics;
import io.kanava.impl.metrics.TimedCalls;
import io.kanava.impl.routing.ActionRouter;

/**
 * One action call as the server handles it, without the network. {@code kanavaCall} is Kanava's path: read the
 * envelope, route the call, bind its data, run the handler, write the reply frame and queue it on the connection's
 * writer. {@code rawEndpoint} is the baseline of the performance budget, what a hand-written JSR-356 endpoint does
 * with the same frame: one JSON-B read of the whole envelope into its own types, the same handler, one JSON-B write
 * of the same reply. Left out of both: the container's WebSocket work, and the CDI request context Kanava activates
 * around each call (it needs a container; the kit measures it there). {@code kanavaCallCounted} is Kanava's path with
 * the metrics each call adds (timing and the outcome's count), to bound their cost.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CallBenchmark {

    /** How many lines the order carries: a small frame and a large one. */
    @Param({"1", "100"})
    int lines;

    private Jsonb jsonb;
    private FrameDecoder decoder;
    private FrameEncoder encoder;
    private ActionRouter router;
    private ChannelMetrics metrics;
    private TimedCalls timed;
    private DiscardingSubscriber connection;
    private String frame;

    /** The order an action receives. */
    public record Order(String customer, List<Line> lines) {}

    /** One line of an order. */
    public record Line(String sku, int quantity, double price) {}

    /** What the action answers. */
    public record Receipt(String customer, int lines, double total) {}

    /** The envelope as a raw endpoint reads it. */
    public record RawCall(long id, String action, Order data) {}

    /** The reply as a raw endpoint writes it. */
    public record RawReply(long id, String action, Receipt data) {}

    static Receipt place(Order order) {
        double total = 0;
        for (Line line : order.lines()) {
            total += line.quantity() * line.price();
        }
        return new Receipt(order.customer(), order.lines().size(), total);
    }

    @Setup(Level.Trial)
    public void setUp() {
        jsonb = JsonbBuilder.create();
        JsonbPayloadCodec codec = new JsonbPayloadCodec(jsonb);
        ChannelDefinition channel = ChannelDefinition.builder("orders")
                .auth(false)
                .action("place", Order.class, Receipt.class, (order, context) -> place(order))
                .build();
        router = new ActionRouter(channel, codec);
        metrics = new ChannelMetrics(channel, () -> 1);
        timed = new TimedCalls(call -> router.route(call, connection), metrics::called);
        decoder = new FrameDecoder();
        encoder = new FrameEncoder();
        connection = new DiscardingSubscriber("c");
        Order order = new Order(
                "ACME Corp",
                IntStream.range(0, lines)
                        .mapToObj(i -> new Line("SKU-" + i, i % 7 + 1, 9.95 + i))
                        .toList());
        frame = "{\"id\":17,\"action\":\"place\",\"data\":" + jsonb.toJson(order) + "}";
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        jsonb.close();
    }

    @Benchmark
    public String kanavaCall() {
        String reply = encoder.encode(router.route(decoder.decode(frame), connection));
        connection.queue().offer(reply, null);
        return reply;
    }

    /** {@code kanavaCall} with the metrics a connection keeps: the call timed, its outcome counted. */
    @Benchmark
    public String kanavaCallCounted() {
        OutboundFrame answer = timed.apply(decoder.decode(frame));
        metrics.answered(answer);
        String reply = encoder.encode(answer);
        connection.queue().offer(reply, null);
        return reply;
    }

    @Benchmark
    public String rawEndpoint() {
        RawCall call = jsonb.fromJson(frame, RawCall.class);
        if (!"place".equals(call.action())) {
            throw new IllegalStateException("unknown action " + call.action());
        }
        return jsonb.toJson(new RawReply(call.id(), call.action(), place(call.data())));
    }
}
