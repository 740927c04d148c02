package io.kanava.impl.asyncapi;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.json.bind.annotation.JsonbTransient;

/**
 * Lists the properties of a class the way JSON-B's default mapping sees them: record components; public fields;
 * properties with a public getter or setter; names from {@code @JsonbProperty}; {@code @JsonbTransient},
 * {@code transient} and static members left out; lexicographic order unless {@code @JsonbPropertyOrder} says
 * otherwise; {@code @JsonbNillable} on the class, its package or the property.
 */
final class JsonbProperties {

    private JsonbProperties() {}

    /**
     * Lists the bound properties of a class.
     *
     * @param type the class
     * @return its properties in JSON-B's order
     */
    static List<BoundProperty> of(Class<?> type) {
        Map<String, Candidate> byJavaName = new LinkedHashMap<>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                Candidate candidate = candidate(byJavaName, component.getName(), component.getGenericType());
                field(type, component.getName(), candidate);
                candidate.add(component.getAccessor());
            }
            collectRecordGetters(type, byJavaName);
        } else {
            collectMembers(type, byJavaName);
        }
        boolean nillableType = nillable(type) || nillable(type.getPackage());
        List<BoundProperty> properties = new ArrayList<>();
        byJavaName.forEach((javaName, candidate) -> {
            if (candidate.bound() && !candidate.transientProperty()) {
                properties.add(candidate.toProperty(javaName, nillableType));
            }
        });
        properties.sort(order(type));
        return properties;
    }

    /**
     * Yasson also writes a record's public getter-like methods ({@code getLabel()}, a boolean {@code isEmpty()}) that
     * are not components, each under the method's own name.
     */
    private static void collectRecordGetters(Class<?> record, Map<String, Candidate> byJavaName) {
        for (Method method : record.getMethods()) {
            String name = method.getName();
            boolean getter = name.length() > 3 && name.startsWith("get");
            boolean test = name.length() > 2 && name.startsWith("is") && method.getReturnType() == boolean.class;
            if (method.getParameterCount() == 0
                    && !Modifier.isStatic(method.getModifiers())
                    && method.getDeclaringClass() == record
                    && (getter || test)
                    && !byJavaName.containsKey(name)) {
                candidate(byJavaName, name, method.getGenericReturnType()).add(method);
            }
        }
    }

    private static void collectMembers(Class<?> type, Map<String, Candidate> byJavaName) {
        List<Class<?>> hierarchy = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            hierarchy.add(0, c);
        }
        for (Class<?> declaring : hierarchy) {
            for (Field field : declaring.getDeclaredFields()) {
                int modifiers = field.getModifiers();
                if (!Modifier.isStatic(modifiers) && !field.isSynthetic()) {
                    Candidate candidate = candidate(byJavaName, field.getName(), field.getGenericType());
                    candidate.field = field;
                    candidate.visible |= Modifier.isPublic(modifiers);
                    candidate.readable |= Modifier.isPublic(modifiers);
                    candidate.javaTransient |= Modifier.isTransient(modifiers);
                }
            }
        }
        for (Method method : type.getMethods()) {
            if (Modifier.isStatic(method.getModifiers()) || method.getDeclaringClass() == Object.class) {
                continue;
            }
            String name = method.getName();
            if (method.getParameterCount() == 0 && name.startsWith("get") && name.length() > 3) {
                candidate(byJavaName, decapitalize(name.substring(3)), method.getGenericReturnType())
                        .add(method);
            } else if (method.getParameterCount() == 0
                    && name.startsWith("is")
                    && name.length() > 2
                    && (method.getReturnType() == boolean.class || method.getReturnType() == Boolean.class)) {
                candidate(byJavaName, decapitalize(name.substring(2)), method.getGenericReturnType())
                        .add(method);
            } else if (method.getParameterCount() == 1 && name.startsWith("set") && name.length() > 3) {
                candidate(byJavaName, decapitalize(name.substring(3)), method.getGenericParameterTypes()[0])
                        .add(method);
            }
        }
    }

    private static String decapitalize(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static Candidate candidate(Map<String, Candidate> byJavaName, String javaName, Type type) {
        return byJavaName.computeIfAbsent(javaName, key -> new Candidate(type));
    }

    private static void field(Class<?> record, String name, Candidate candidate) {
        try {
            candidate.field = record.getDeclaredField(name);
        } catch (NoSuchFieldException absent) {
            candidate.field = null;
        }
    }

    private static boolean nillable(AnnotatedElement element) {
        if (element == null) {
            return false;
        }
        JsonbNillable nillable = element.getAnnotation(JsonbNillable.class);
        return nillable != null && nillable.value();
    }

    private static Comparator<BoundProperty> order(Class<?> type) {
        JsonbPropertyOrder declared = type.getAnnotation(JsonbPropertyOrder.class);
        List<String> first = declared == null ? List.of() : List.of(declared.value());
        Comparator<BoundProperty> byDeclaredPosition = Comparator.comparingInt(property -> {
            int position = first.indexOf(property.name());
            return position < 0 ? first.size() : position;
        });
        return byDeclaredPosition.thenComparing(BoundProperty::name);
    }

    /** What was found under one Java property name before JSON-B's rules decide whether it is bound. */
    private static final class Candidate {

        private final Type type;
        private Field field;
        private final List<Method> methods = new ArrayList<>();
        private boolean visible;
        private boolean readable;
        private boolean javaTransient;

        Candidate(Type type) {
            this.type = type;
        }

        void add(Method method) {
            methods.add(method);
            boolean visibleMethod = Modifier.isPublic(method.getModifiers());
            visible |= visibleMethod;
            readable |= visibleMethod && method.getParameterCount() == 0;
        }

        boolean bound() {
            return visible;
        }

        boolean transientProperty() {
            return javaTransient || elements().stream().anyMatch(e -> e.isAnnotationPresent(JsonbTransient.class));
        }

        List<AnnotatedElement> elements() {
            List<AnnotatedElement> elements = new ArrayList<>();
            if (field != null) {
                elements.add(field);
            }
            elements.addAll(methods);
            return elements;
        }

        BoundProperty toProperty(String javaName, boolean nillableType) {
            List<AnnotatedElement> elements = elements();
            String name = javaName;
            boolean nillable = nillableType;
            for (AnnotatedElement element : elements) {
                JsonbProperty renamed = element.getAnnotation(JsonbProperty.class);
                if (renamed != null && !renamed.value().isEmpty() && name.equals(javaName)) {
                    name = renamed.value();
                }
                nillable |= nillable(element) || nillableProperty(renamed);
            }
            return new BoundProperty(name, field != null ? field.getGenericType() : type, elements, nillable, readable);
        }

        @SuppressWarnings("deprecation")
        private static boolean nillableProperty(JsonbProperty property) {
            return property != null && property.nillable();
        }
    }
}
