package io.kanava.benchmarks;

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

import io.kanava.impl.codec.FrameDecoder;
import io.kanava.impl.codec.InboundFrame;

/**
 * Reading a call's envelope: {@code handWritten} is Kanava's reader ({@code JsonCursor}, with every rule the
 * protocol sets), {@code jsonpStreaming} the JSON-P streaming parser (Parsson) cutting {@code data}'s exact text out
 * with its stream offsets and checking nothing else. The hand-written grammar stays only if it is no slower.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EnvelopeBenchmark {

    /** How many lines the order carries: a small frame and a large one. */
    @Param({"1", "100"})
    int lines;

    private final FrameDecoder decoder = new FrameDecoder();
    private final JsonpEnvelope jsonp = new JsonpEnvelope();
    private String frame;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        String data;
        try (Jsonb jsonb = JsonbBuilder.create()) {
            data = jsonb.toJson(new CallBenchmark.Order(
                    "ACME Corp",
                    IntStream.range(0, lines)
                            .mapToObj(i -> new CallBenchmark.Line("SKU-" + i, i % 7 + 1, 9.95 + i))
                            .toList()));
        }
        frame = "{\"id\":17,\"action\":\"place\",\"data\":" + data + "}";
        InboundFrame.ActionCall call = (InboundFrame.ActionCall) decoder.decode(frame);
        JsonpEnvelope.Envelope read = jsonp.read(frame);
        if (!data.equals(call.data()) || !data.equals(read.data()) || !"place".equals(read.action())) {
            throw new IllegalStateException("The readers disagree on " + frame + ": " + call + " / " + read);
        }
    }

    @Benchmark
    public Object handWritten() {
        return decoder.decode(frame);
    }

    @Benchmark
    public Object jsonpStreaming() {
        return jsonp.read(frame);
    }
}
