package io.kanava.impl.asyncapi;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;

/**
 * The JSON Schema keywords a property's Bean Validation constraints stand for, added to the schema of its type:
 * {@code @Size} as lengths, item or member counts, {@code @NotBlank} and {@code @NotEmpty} as minimums of 1 (a blank
 * string has a length, so {@code minLength} says less than {@code @NotBlank}),
 * {@code @Min}, {@code @Max}, {@code @DecimalMin}, {@code @DecimalMax}, {@code @Positive} and the like as ranges,
 * {@code @Pattern} as {@code pattern}, {@code @Email} as the {@code email} format. Constraints are matched by name and
 * read reflectively, so Bean Validation need not be on the class path; composed and custom constraints are not
 * described (the server still enforces them). A keyword is added only where the schema's type takes it.
 */
final class ConstraintKeywords {

    private static final String PACKAGE = "jakarta.validation.constraints.";

    private final JsonBuilderFactory json;

    ConstraintKeywords(JsonBuilderFactory json) {
        this.json = json;
    }

    /**
     * @param schema the schema of the property's type
     * @param elements where the property's annotations live
     * @return the schema with the keywords its constraints stand for
     */
    JsonObject describe(JsonObject schema, List<AnnotatedElement> elements) {
        String type = schema.get("type") instanceof JsonString name ? name.getString() : null;
        if (type == null) {
            return schema;
        }
        JsonObjectBuilder described = json.createObjectBuilder(schema);
        boolean changed = false;
        for (AnnotatedElement element : elements) {
            for (Annotation annotation : element.getAnnotations()) {
                if (!isDefaultGroup(annotation)) {
                    continue;
                }
                changed |= add(described, type, annotation);
            }
        }
        return changed ? described.build() : schema;
    }

    private boolean add(JsonObjectBuilder schema, String type, Annotation annotation) {
        String name = annotation.annotationType().getName();
        if (!name.startsWith(PACKAGE)) {
            return false;
        }
        boolean number = type.equals("integer") || type.equals("number");
        switch (name.substring(PACKAGE.length())) {
            case "NotBlank" -> {
                return type.equals("string") && add(schema, "minLength", BigDecimal.ONE);
            }
            case "NotEmpty" -> {
                return minimumCount(schema, type, 1);
            }
            case "Size" -> {
                int min = (Integer) attribute(annotation, "min");
                int max = (Integer) attribute(annotation, "max");
                boolean added = min > 0 && minimumCount(schema, type, min);
                return max < Integer.MAX_VALUE && maximumCount(schema, type, max) || added;
            }
            case "Min" -> {
                return number && add(schema, "minimum", BigDecimal.valueOf((Long) attribute(annotation, "value")));
            }
            case "Max" -> {
                return number && add(schema, "maximum", BigDecimal.valueOf((Long) attribute(annotation, "value")));
            }
            case "DecimalMin" -> {
                return number && decimal(schema, annotation, "minimum", "exclusiveMinimum");
            }
            case "DecimalMax" -> {
                return number && decimal(schema, annotation, "maximum", "exclusiveMaximum");
            }
            case "Positive" -> {
                return number && add(schema, "exclusiveMinimum", BigDecimal.ZERO);
            }
            case "PositiveOrZero" -> {
                return number && add(schema, "minimum", BigDecimal.ZERO);
            }
            case "Negative" -> {
                return number && add(schema, "exclusiveMaximum", BigDecimal.ZERO);
            }
            case "NegativeOrZero" -> {
                return number && add(schema, "maximum", BigDecimal.ZERO);
            }
            case "Pattern" -> {
                return type.equals("string") && add(schema, "pattern", (String) attribute(annotation, "regexp"));
            }
            case "Email" -> {
                return type.equals("string") && add(schema, "format", "email");
            }
            default -> {
                return false;
            }
        }
    }

    private boolean minimumCount(JsonObjectBuilder schema, String type, int count) {
        return countKeyword(type, "minLength", "minItems", "minProperties")
                .map(keyword -> add(schema, keyword, BigDecimal.valueOf(count)))
                .orElse(false);
    }

    private boolean maximumCount(JsonObjectBuilder schema, String type, int count) {
        return countKeyword(type, "maxLength", "maxItems", "maxProperties")
                .map(keyword -> add(schema, keyword, BigDecimal.valueOf(count)))
                .orElse(false);
    }

    private static Optional<String> countKeyword(String type, String string, String array, String object) {
        return switch (type) {
            case "string" -> Optional.of(string);
            case "array" -> Optional.of(array);
            case "object" -> Optional.of(object);
            default -> Optional.empty();
        };
    }

    private boolean decimal(JsonObjectBuilder schema, Annotation annotation, String inclusive, String exclusive) {
        BigDecimal bound;
        try {
            bound = new BigDecimal((String) attribute(annotation, "value"));
        } catch (NumberFormatException notANumber) {
            return false;
        }
        return add(schema, (Boolean) attribute(annotation, "inclusive") ? inclusive : exclusive, bound);
    }

    private static boolean add(JsonObjectBuilder schema, String keyword, BigDecimal value) {
        if (value.scale() <= 0 || value.stripTrailingZeros().scale() <= 0) {
            schema.add(keyword, value.toBigIntegerExact());
        } else {
            schema.add(keyword, value);
        }
        return true;
    }

    private static boolean add(JsonObjectBuilder schema, String keyword, String value) {
        schema.add(keyword, value);
        return true;
    }

    /** Constraints of other groups than the default one do not hold for every call, so the schema leaves them out. */
    private static boolean isDefaultGroup(Annotation annotation) {
        try {
            Object groups = attribute(annotation, "groups");
            return groups instanceof Class<?>[] classes
                    && (classes.length == 0
                            || classes.length == 1 && classes[0].getName().equals("jakarta.validation.groups.Default"));
        } catch (IllegalStateException noGroups) {
            return false;
        }
    }

    private static Object attribute(Annotation annotation, String name) {
        try {
            Method attribute = annotation.annotationType().getMethod(name);
            return attribute.invoke(annotation);
        } catch (ReflectiveOperationException | SecurityException e) {
            throw new IllegalStateException("@" + annotation.annotationType().getSimpleName() + " has no " + name, e);
        }
    }
}
