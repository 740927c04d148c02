package io.kanava.tck.json;

import java.time.LocalDate;

import jakarta.json.bind.annotation.JsonbDateFormat;
import jakarta.json.bind.annotation.JsonbProperty;

/**
 * An input record whose JSON names differ from its components.
 *
 * @param text travels as {@code label_text}
 * @param due travels as {@code dd.MM.yyyy}
 */
public record Label(@JsonbProperty("label_text") String text, @JsonbDateFormat("dd.MM.yyyy") LocalDate due) {}
