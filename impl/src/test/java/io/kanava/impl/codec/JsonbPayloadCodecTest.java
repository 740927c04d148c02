package io.kanava.impl.codec;

import java.util.List;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.kanava.spi.InvalidPayloadException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class JsonbPayloadCodecTest {

    private static final Jsonb JSONB = JsonbBuilder.create();
    private final JsonbPayloadCodec codec = new JsonbPayloadCodec(JSONB);

    @AfterAll
    static void closeJsonb() throws Exception {
        JSONB.close();
    }

    @Test
    void bindsARecordHonouringJsonbAnnotations() {
        assertEquals(
                new Todo(12, "Buy milk", true),
                codec.decode("{\"id\":12,\"title\":\"Buy milk\",\"done\":true}", Todo.class));
    }

    @Test
    void writesARecordHonouringJsonbAnnotations() {
        assertEquals("{\"done\":false,\"id\":1,\"title\":\"x\"}", codec.encode(new Todo(1, "x", false), Todo.class));
    }

    @Test
    void writesAGenericListWithItsDeclaredType() {
        assertEquals(
                "[{\"done\":false,\"id\":1,\"title\":\"x\"}]",
                codec.encode(List.of(new Todo(1, "x", false)), new TodoListType().type()));
    }

    @Test
    void namesTheFieldThatDoesNotBind() {
        var failure = assertThrows(
                InvalidPayloadException.class, () -> codec.decode("{\"id\":\"twelve\",\"text\":\"x\"}", Rename.class));
        assertEquals("id", failure.field().orElseThrow());
        assertEquals(InvalidPayloadException.CODE, failure.code());
    }

    @Test
    void rejectsDataOfTheWrongShape() {
        assertThrows(InvalidPayloadException.class, () -> codec.decode("[1,2]", Rename.class));
    }

    static final class TodoListType {
        List<Todo> todos;

        java.lang.reflect.Type type() {
            try {
                return TodoListType.class.getDeclaredField("todos").getGenericType();
            } catch (NoSuchFieldException e) {
                throw new AssertionError(e);
            }
        }
    }
}
