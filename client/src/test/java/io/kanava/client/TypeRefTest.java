package io.kanava.client;

import java.lang.reflect.ParameterizedType;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TypeRefTest {

    @Test
    void capturesTheGenericTypeOfAnAnonymousSubclass() {
        ParameterizedType type = assertInstanceOf(ParameterizedType.class, new TypeRef<List<Todo>>() {}.type());

        assertEquals(List.class, type.getRawType());
        assertEquals(Todo.class, type.getActualTypeArguments()[0]);
    }

    @Test
    void wrapsAPlainClass() {
        assertEquals(Todo.class, TypeRef.of(Todo.class).type());
        assertEquals(TypeRef.of(Todo.class), new TypeRef<Todo>() {});
    }

    @Test
    void rejectsATypeVariable() {
        assertThrows(IllegalArgumentException.class, TypeRefTest::referToTypeVariable);
    }

    private static <T> TypeRef<T> referToTypeVariable() {
        return new TypeRef<T>() {};
    }
}
