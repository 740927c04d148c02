package io.kanava;

import java.lang.reflect.ParameterizedType;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A data type is the Java type JSON-B binds, generic where a class cannot say it. */
class DataTypeTest {

    record Todo(long id, String text) {}

    @Test
    void aFactorysListIsTheSameTypeAsTheOneASubclassNames() {
        DataType<List<Todo>> made = DataType.listOf(Todo.class);
        DataType<List<Todo>> named = new DataType<List<Todo>>() {};
        assertEquals(named.type(), made.type());
        assertEquals(made.type(), named.type());
        assertEquals(named.type().hashCode(), made.type().hashCode());
        assertEquals(made, named);
        assertEquals("java.util.List<io.kanava.DataTypeTest$Todo>", made.toString());
    }

    @Test
    void setsAndMapsHaveTheirArgumentsAndMapsHaveStringKeys() {
        assertEquals(
                new DataType<Set<Todo>>() {}.type(), DataType.setOf(Todo.class).type());
        ParameterizedType map = (ParameterizedType) DataType.mapOf(Todo.class).type();
        assertEquals(Map.class, map.getRawType());
        assertEquals(List.of(String.class, Todo.class), List.of(map.getActualTypeArguments()));
        assertNotEquals(DataType.listOf(Todo.class), DataType.setOf(Todo.class));
    }

    @Test
    void aPlainClassIsItself() {
        assertEquals(Todo.class, DataType.of(Todo.class).type());
    }

    @Test
    void aSubclassThatDoesNotNameItsTypeIsRefusedWithACode() {
        class Variable<T> extends DataType<T> {}
        class ListOfVariable<T> extends DataType<List<T>> {}
        @SuppressWarnings("rawtypes")
        class Raw extends DataType {}
        for (Runnable made : List.<Runnable>of(Variable::new, ListOfVariable::new, Raw::new)) {
            KanavaException refused = assertThrows(KanavaException.class, made::run);
            assertEquals("KNV1022", refused.code());
            assertTrue(refused.getMessage().contains("new DataType<List<Todo>>() {}"), refused.getMessage());
        }
    }
}
