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
 */
record BoundProperty(String name, Type type, List<AnnotatedElement> elements, boolean nillable) {

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
     * Tells whether a client must always send the property and may rely on receiving it: a primitive (JSON-B always
     * writes it), or a property constrained with Bean Validation's {@code @NotNull}, {@code @NotBlank} or
     * {@code @NotEmpty}. The constraints are matched by name, so Bean Validation need not be on the class path.
     *
     * @return whether the property is required
     */
    boolean required() {
        if (type instanceof Class<?> raw && raw.isPrimitive()) {
            return true;
        }
        return elements.stream()
                .flatMap(element -> List.of(element.getAnnotations()).stream())
                .anyMatch(annotation -> REQUIRING_CONSTRAINTS.contains(
                        annotation.annotationType().getName()));
    }
}
