package io.kanava.generator;

import java.io.StringReader;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** JSON Schemas become the TypeScript types a reader expects. */
class TypeScriptTypesTest {

    private final TypeScriptTypes types = TypeScriptTypes.naming(Set.of("Todo", "io.acme.Item"), Set.of());

    private static JsonObject schema(String json) {
        return Json.createReader(new StringReader(json.replace('\'', '"'))).readObject();
    }

    private String type(String json) {
        return types.type(schema(json), "");
    }

    @Test
    void writesScalarsLiteralsAndUnions() {
        assertEquals("string", type("{'type':'string','format':'date'}"));
        assertEquals("number", type("{'type':'integer'}"));
        assertEquals("\"A\" | \"B\"", type("{'type':'string','enum':['A','B']}"));
        assertEquals("\"create\"", type("{'type':'string','const':'create'}"));
        assertEquals("string | null", type("{'type':['string','null']}"));
        assertEquals("Todo | null", type("{'oneOf':[{'$ref':'#/components/schemas/Todo'},{'type':'null'}]}"));
        assertEquals("unknown", type("{'description':'anything'}"));
    }

    @Test
    void writesArraysMapsAndReferences() {
        assertEquals("Todo[]", type("{'type':'array','items':{'$ref':'#/components/schemas/Todo'}}"));
        assertEquals("Array<string | null>", type("{'type':'array','items':{'type':['string','null']}}"));
        assertEquals("{ [key: string]: number }", type("{'type':'object','additionalProperties':{'type':'integer'}}"));
        assertEquals("io_acme_Item", type("{'$ref':'#/components/schemas/io.acme.Item'}"));
    }

    @Test
    void makesMembersOutsideRequiredOptionalAndQuotesNamesThatAreNotIdentifiers() {
        String declared = types.declaration(
                "Todo",
                schema("{'type':'object','properties':{'id':{'type':'integer'},'due-date':{'type':'string',"
                        + "'description':'when'}},'required':['id']}"),
                "export");
        assertEquals("export interface Todo {\n  id: number;\n  /** when */\n  \"due-date\"?: string;\n}\n", declared);
    }

    @Test
    void renamesATypeThatWouldTakeANameTheRuntimeUses() {
        TypeScriptTypes clashing = TypeScriptTypes.naming(Set.of("KanavaChannel"), Set.of("KanavaChannel"));
        assertEquals("KanavaChannel_", clashing.nameOf("KanavaChannel"));
    }
}
