package io.kanava.benchmarks.server;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The figures of one server's run, raw and Kanava side by side with their ratio, as a Markdown table. */
final class Report {

    private final ServerKind server;
    private final boolean pinned;
    private final LocalDate date;
    private final List<String> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    Report(ServerKind server, boolean pinned, LocalDate date) {
        this.server = server;
        this.pinned = pinned;
        this.date = date;
    }

    void calls(List<CallLoad.Figures> raw, List<CallLoad.Figures> kanava) {
        row("CPU per call (µs)", cpuPerCall(raw), cpuPerCall(kanava));
        row("calls a second", callsPerSecond(raw), callsPerSecond(kanava));
        row("call latency p50 (µs)", worst(raw, 50), worst(kanava, 50));
        row("call latency p99 (µs)", worst(raw, 99), worst(kanava, 99));
        for (int i = 0; i < raw.size(); i++) {
            notes.add(String.format(
                    Locale.ROOT,
                    "calls, round %d: raw %,d calls %.1f µs CPU each; Kanava %,d calls" + " %.1f µs CPU each",
                    i + 1,
                    raw.get(i).calls(),
                    raw.get(i).cpuMicrosPerCall(),
                    kanava.get(i).calls(),
                    kanava.get(i).cpuMicrosPerCall()));
            if (!raw.get(i).drained() || !kanava.get(i).drained()) {
                notes.add("calls, round " + (i + 1) + ": calls in flight were not all answered after the window");
            }
        }
    }

    /**
     * What Kanava's metrics cost a call: the same channel in a second application, measured in the same rounds.
     *
     * @param metricsOff which application had them off: {@code first}, {@code second}, or {@code neither} (then the
     *     ratio is the two applications' own difference)
     */
    void metricsOff(
            List<CallLoad.Figures> raw,
            List<CallLoad.Figures> metered,
            List<CallLoad.Figures> unmetered,
            String metricsOff) {
        boolean control = metricsOff.equals("neither");
        String other = control ? "a second Kanava application, metrics on too" : "Kanava's metrics off";
        row("CPU per call, " + other + " (µs)", cpuPerCall(raw), cpuPerCall(unmetered));
        StringBuilder rounds = new StringBuilder();
        for (int i = 0; i < metered.size(); i++) {
            rounds.append(String.format(
                    Locale.ROOT,
                    "%s round %d %.1f ÷ %.1f µs",
                    i == 0 ? "" : ";",
                    i + 1,
                    metered.get(i).cpuMicrosPerCall(),
                    unmetered.get(i).cpuMicrosPerCall()));
        }
        notes.add(String.format(
                Locale.ROOT,
                "metrics: CPU per call of Kanava ÷ %s %.3f × (%s; metrics off in the %s application)",
                other,
                cpuPerCall(metered) / cpuPerCall(unmetered),
                rounds.toString().strip(),
                metricsOff));
    }

    void fanOut(FanOutLoad.Figures raw, FanOutLoad.Figures kanava) {
        row("CPU per delivery (µs)", raw.cpuMicrosPerDelivery(), kanava.cpuMicrosPerDelivery());
        row("fan-out latency p50 (µs)", raw.p50Micros(), kanava.p50Micros());
        row("fan-out latency p99 (µs)", raw.p99Micros(), kanava.p99Micros());
        rows.add(String.format(
                Locale.ROOT,
                "| deliveries lost | %,d of %,d | %,d of %,d | |",
                raw.lost(),
                raw.expected(),
                kanava.lost(),
                kanava.expected()));
    }

    void idle(IdleLoad.Figures raw, IdleLoad.Figures kanava) {
        row("live heap per idle connection (bytes)", raw.heapBytes(), kanava.heapBytes());
        rows.add(String.format(
                Locale.ROOT, "| live heap, Kanava − raw (bytes) | | %,d | |", kanava.heapBytes() - raw.heapBytes()));
        row("resident memory per idle connection (bytes)", raw.residentBytes(), kanava.residentBytes());
        notes.add(String.format(Locale.ROOT, "idle: %,d connections each", raw.connections()));
    }

    String toMarkdown() {
        StringBuilder table = new StringBuilder();
        table.append(String.format(
                Locale.ROOT,
                "### %s, %s (%s)%n%n",
                server.name().toLowerCase(Locale.ROOT),
                date,
                pinned ? "server on core 0, load generator on core 1" : "not pinned"));
        table.append("| measure | raw JSR-356 | Kanava | Kanava ÷ raw |\n|---|---|---|---|\n");
        rows.forEach(row -> table.append(row).append('\n'));
        table.append('\n');
        notes.forEach(note -> table.append("- ").append(note).append('\n'));
        return table.toString();
    }

    private void row(String measure, double raw, double kanava) {
        rows.add(String.format(Locale.ROOT, "| %s | %,.1f | %,.1f | %.2f × |", measure, raw, kanava, kanava / raw));
    }

    private static double cpuPerCall(List<CallLoad.Figures> rounds) {
        long cpu = rounds.stream().mapToLong(CallLoad.Figures::cpuNanos).sum();
        long calls = rounds.stream().mapToLong(CallLoad.Figures::calls).sum();
        return cpu / 1_000.0 / calls;
    }

    private static double callsPerSecond(List<CallLoad.Figures> rounds) {
        return rounds.stream()
                .mapToDouble(CallLoad.Figures::callsPerSecond)
                .average()
                .orElse(Double.NaN);
    }

    private static double worst(List<CallLoad.Figures> rounds, int percentile) {
        return rounds.stream()
                .mapToLong(round -> percentile == 50 ? round.p50Micros() : round.p99Micros())
                .max()
                .orElse(0);
    }
}
