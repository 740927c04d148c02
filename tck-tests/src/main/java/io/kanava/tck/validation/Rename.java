package io.kanava.tck.validation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * The input of {@code rename}, validated in the group {@link OnRename} only: its {@code id} is required there, and
 * its {@code name}, constrained in the default group, is not checked.
 *
 * @param id what to rename
 * @param name the new name
 */
public record Rename(@NotNull(groups = OnRename.class) Long id, @NotBlank String name) {

    /** The validation group of {@code rename}. */
    public interface OnRename {}
}
