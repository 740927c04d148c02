package io.kanava.impl.validation;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.kanava.ActionDefinition;
import io.kanava.DataType;
import io.kanava.impl.codec.Violation;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** An input is checked against its Bean Validation constraints, in the action's groups, and each broken one named. */
class BeanValidationConstraintsTest {

    interface OnRename {}

    public record Item(@NotBlank String name, @Max(10) int quantity) {}

    public record Order(@NotBlank @Size(max = 20) String customer, @NotNull @Valid List<Item> items) {}

    public record Rename(@NotNull(groups = OnRename.class) Long id, @NotBlank String name) {}

    public record Unconstrained(String note) {}

    private static final ValidatorFactory FACTORY = Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory();

    private final BeanValidationConstraints constraints = new BeanValidationConstraints(FACTORY.getValidator());

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    private static <I> ActionDefinition<I, Void> action(Class<I> input) {
        return ActionDefinition.of("act", input, (in, context) -> {});
    }

    @Test
    void anInputThatMeetsItsConstraintsPasses() {
        assertEquals(
                List.of(),
                constraints.violations(new Order("alice", List.of(new Item("milk", 2))), action(Order.class)));
    }

    @Test
    void namesEachBrokenConstraintByItsPathInOrder() {
        List<Violation> violations = constraints.violations(
                new Order(" ", List.of(new Item("milk", 2), new Item("", 11))), action(Order.class));
        assertEquals(
                List.of(
                        new Violation("customer", "must not be blank"),
                        new Violation("items[1].name", "must not be blank"),
                        new Violation("items[1].quantity", "must be less than or equal to 10")),
                violations);
    }

    @Test
    void checksTheActionsGroupsInsteadOfTheDefaultGroup() {
        Rename rename = new Rename(null, "");
        assertEquals(
                List.of(new Violation("name", "must not be blank")),
                constraints.violations(rename, action(Rename.class)));
        assertEquals(
                List.of(new Violation("id", "must not be null")),
                constraints.violations(rename, action(Rename.class).validationGroups(OnRename.class)));
    }

    @Test
    void missingDataIsAViolationOnlyWhereTheInputTypeHasConstraints() {
        assertEquals(List.of(new Violation("", "must not be null")), constraints.violations(null, action(Order.class)));
        assertEquals(List.of(), constraints.violations(null, action(Unconstrained.class)));
        assertEquals(List.of(), constraints.violations(null, action(Void.class)));
        assertEquals(List.of(), constraints.violations(null, action(String.class)));
        assertEquals(
                List.of(),
                constraints.violations(
                        null, ActionDefinition.of("list", Void.class, DataType.listOf(Item.class), (in, c) -> null)));
    }
}
