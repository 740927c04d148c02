package io.kanava.tck.fuzz;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The input of {@code ship}: a record with nested records, collections, a map, numbers and a date, constrained, so
 * hostile data reaches every part of binding and validation.
 *
 * @param to who receives it
 * @param weight its weight
 * @param sent when it was sent
 * @param lines what is in it
 * @param labels free labels
 */
public record Parcel(
        @NotBlank @Size(max = 40) String to,
        BigDecimal weight,
        LocalDate sent,
        @NotNull @Size(max = 20) @Valid List<Line> lines,
        Map<String, Integer> labels) {

    /**
     * One line of a parcel.
     *
     * @param sku the product
     * @param count how many
     */
    public record Line(@NotBlank String sku, int count) {}
}
