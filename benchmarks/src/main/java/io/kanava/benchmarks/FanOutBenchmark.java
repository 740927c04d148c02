package io.kanava.benchmarks;

import java.util.concurrent.TimeUnit;

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

import io.kanava.impl.codec.FrameEncoder;
import io.kanava.impl.codec.JsonbPayloadCodec;
import io.kanava.impl.eventhub.KanavaEventHub;
import io.kanava.impl.eventhub.local.InMemoryEventTransport;

/**
 * One publish to many local subscribers. {@code hubPublish} is Kanava's path (serialise once, frame once, one queue
 * offer per subscriber); {@code preEncodedLoop} is the baseline of the performance budget, the same JSON work then
 * a pre-encoded frame written to each queue in a loop; {@code encodePerSubscriber} is the pattern the hub avoids.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FanOutBenchmark {

    @Param("10000")
    int subscribers;

    private Jsonb jsonb;
    private JsonbPayloadCodec codec;
    private KanavaEventHub hub;
    private DiscardingSubscriber[] connections;
    private long sequence;

    @Setup(Level.Trial)
    public void setUp() {
        jsonb = JsonbBuilder.create();
        codec = new JsonbPayloadCodec(jsonb);
        hub = KanavaEventHub.create(codec, new InMemoryEventTransport());
        connections = new DiscardingSubscriber[subscribers];
        for (int i = 0; i < subscribers; i++) {
            connections[i] = new DiscardingSubscriber("c" + i);
            hub.subscribe("prices", connections[i]);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        hub.stop();
        jsonb.close();
    }

    @Benchmark
    public void hubPublish() {
        hub.publish("prices", new Quote("ACME", 12.5, ++sequence));
    }

    @Benchmark
    public void preEncodedLoop() {
        String json = codec.encode(new Quote("ACME", 12.5, ++sequence), Quote.class);
        String frame = FrameEncoder.event("prices", json);
        for (DiscardingSubscriber connection : connections) {
            connection.queue().offerEvent(frame, null);
        }
    }

    @Benchmark
    public void encodePerSubscriber() {
        Quote quote = new Quote("ACME", 12.5, ++sequence);
        for (DiscardingSubscriber connection : connections) {
            connection.queue().offerEvent(FrameEncoder.event("prices", codec.encode(quote, Quote.class)), null);
        }
    }
}
