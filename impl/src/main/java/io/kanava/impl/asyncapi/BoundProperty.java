package io.kanava.impl.asyncapi;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One property of a class as JSON-B binds it with its default configuration: the name on the wire, the Java type,
 * and the field, accessor and mutator it was found on (where its annotations live).
 *
 * @param name the name on the wire, after {@code @JsonbProperty}
 * @param type the property's generic type
 * @param elements the field and methods declaring it, in the order JSON-B reads annotations (field first)
 * @param nillable whether a null value is written as {@code null} instead of being left out
 * @param readable whether JSON-B writes it (a public field, getter or record component), not only reads it
 */
record BoundProperty(String name, Type type, List<AnnotatedElement> elements, boolean nillable, boolean readable) {

    private static final List<String> REQUIRING_CONSTRAINTS = List.of(
            "jakarta.validation.constraints.NotNull",
            "jakarta.validation.constraints.NotBlank",
            "jakarta.validation.constraints.NotEmpty");

    /**
     * Finds an annotation on any of the property's elements.
     *
     * @param annotationType the annotation
     * @param <A> its type
     * @return the first one found, field first
     */
    <A extends Annotation> Optional<A> annotation(Class<A> annotationType) {
        return elements.stream()
                .map(element -> element.getAnnotation(annotationType))
                .filter(Objects::nonNull)
                .findFirst();
    }

    /**
     * Tells whether the schema lists the property as required: one JSON-B writes (only those can be relied on when
     * received) and that is a primitive (always written), nillable (written even when null), or declared with Bean
     * Validation's {@code @NotNull}, {@code @NotBlank} or {@code @NotEmpty} (the application's contract; matched by
     * name, so Bean Validation need not be on the class path).
     *
     * @return whether the property is required
     */
    boolean required() {
        if (!readable) {
            return false;
        }
        if (nillable || type instanceof Class<?> raw && raw.isPrimitive()) {
            return true;
        }
        return elements.stream()
                .flatMap(element -> List.of(element.getAnnotations()).stream())
                .anyMatch(annotation -> REQUIRING_CONSTRAINTS.contains(
                        annotation.annotationType().getName()));
    }
}
