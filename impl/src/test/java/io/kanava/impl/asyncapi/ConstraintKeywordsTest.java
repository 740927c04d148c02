package io.kanava.impl.asyncapi;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A property's Bean Validation constraints appear in its schema as the JSON Schema keywords they stand for. */
class ConstraintKeywordsTest {

    interface Strict {}

    public record Signup(
            @NotBlank @Size(max = 40) String name,
            @Email String email,
            @Pattern(regexp = "[A-Z]{2}") String country,
            @Min(18) @Max(130) int age,
            @DecimalMin(value = "0.5", inclusive = false) @DecimalMax("99.5") BigDecimal score,
            @Positive Long referrer,
            @NotEmpty @Size(max = 3) List<String> tags,
            @Size(min = 1) Map<String, Integer> settings,
            @NotNull @Size(min = 10, groups = Strict.class) String motto) {}

    private final JsonSchemas schemas = new JsonSchemas(Json.createBuilderFactory(Map.of()));

    private JsonObject property(String name) {
        schemas.schemaOf(Signup.class, "test");
        return schemas.components().get("Signup").getJsonObject("properties").getJsonObject(name);
    }

    @Test
    void stringsGetTheirLengthsPatternsAndFormats() {
        assertEquals(
                Json.createObjectBuilder()
                        .add("type", "string")
                        .add("minLength", 1)
                        .add("maxLength", 40)
                        .build(),
                property("name"));
        assertEquals("email", property("email").getString("format"));
        assertEquals("[A-Z]{2}", property("country").getString("pattern"));
    }

    @Test
    void numbersGetTheirRanges() {
        assertEquals(18, property("age").getInt("minimum"));
        assertEquals(130, property("age").getInt("maximum"));
        assertEquals(
                new BigDecimal("0.5"),
                property("score").getJsonNumber("exclusiveMinimum").bigDecimalValue());
        assertEquals(
                new BigDecimal("99.5"),
                property("score").getJsonNumber("maximum").bigDecimalValue());
        assertEquals(0, property("referrer").getInt("exclusiveMinimum"));
    }

    @Test
    void collectionsAndMapsGetTheirCounts() {
        assertEquals(1, property("tags").getInt("minItems"));
        assertEquals(3, property("tags").getInt("maxItems"));
        assertEquals(1, property("settings").getInt("minProperties"));
    }

    @Test
    void constraintsOfOtherGroupsThanTheDefaultAreLeftOut() {
        assertEquals(Json.createObjectBuilder().add("type", "string").build(), property("motto"));
    }
}
