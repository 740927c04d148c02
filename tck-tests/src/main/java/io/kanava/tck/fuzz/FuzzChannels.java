package io.kanava.tck.fuzz;

import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.kanava.ActionException;
import io.kanava.ChannelDefinition;

/**
 * The channel {@code target} that hostile frames are thrown at: actions with text, list, record, void and failing
 * handlers, all written carefully, so any {@code internal} answer is Kanava's.
 */
@ApplicationScoped
public class FuzzChannels {

    @Produces
    ChannelDefinition target() {
        return ChannelDefinition.builder("target")
                .auth(false)
                .action("echo", String.class, String.class, (text, context) -> text)
                .action("sum", Integer[].class, Long.class, (values, context) -> sum(values))
                .action("ship", Parcel.class, Integer.class, (parcel, context) -> lines(parcel.lines()))
                .action("touch", Void.class, (nothing, context) -> {})
                .action("refuse", String.class, String.class, (text, context) -> {
                    throw new ActionException("refused", "refused on purpose");
                })
                .build();
    }

    private static long sum(Integer[] values) {
        long sum = 0;
        for (Integer value : values == null ? new Integer[0] : values) {
            sum += value == null ? 0 : value;
        }
        return sum;
    }

    private static int lines(List<Parcel.Line> lines) {
        return (int) lines.stream().filter(Objects::nonNull).count();
    }
}
