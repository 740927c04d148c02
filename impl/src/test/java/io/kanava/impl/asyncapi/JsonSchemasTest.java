package io.kanava.impl.asyncapi;

import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.util.TypeLiteral;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.kanava.impl.asyncapi.Catalogue.Availability;
import io.kanava.impl.asyncapi.Catalogue.Basket;
import io.kanava.impl.asyncapi.Catalogue.Category;
import io.kanava.impl.asyncapi.Catalogue.Loose;
import io.kanava.impl.asyncapi.Catalogue.Page;
import io.kanava.impl.asyncapi.Catalogue.Product;
import io.kanava.impl.asyncapi.Catalogue.Remark;
import io.kanava.impl.asyncapi.Catalogue.Variant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Payload types are described as JSON Schemas exactly as JSON-B (Yasson here) binds them. */
class JsonSchemasTest {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private final JsonSchemas schemas = new JsonSchemas(Json.createBuilderFactory(Map.of()));

    @AfterAll
    static void closeJsonb() throws Exception {
        JSONB.close();
    }

    private JsonObject component(String name) {
        return schemas.components().get(name);
    }

    private static JsonObject property(JsonObject schema, String name) {
        return schema.getJsonObject("properties").getJsonObject(name);
    }

    private static Product product() {
        return new Product(
                7,
                "Lamp",
                new BigDecimal("19.90"),
                Optional.of("bright"),
                Availability.IN_STOCK,
                List.of(new Variant("L-1", true)),
                Set.of("home"),
                Map.of("north", 3),
                new int[] {5, 4},
                LocalDate.of(2026, 1, 2),
                Instant.parse("2026-12-02T10:15:30Z"),
                LocalDateTime.of(2026, 12, 2, 10, 15),
                LocalDate.of(2026, 12, 24));
    }

    @Test
    void describesARecordAsANamedSchemaWithThePropertyNamesYassonWrites() {
        assertEquals(
                "#/components/schemas/Product",
                schemas.schemaOf(Product.class, "test").getString("$ref"));
        JsonObject written = Json.createReader(new java.io.StringReader(JSONB.toJson(product())))
                .readObject();
        assertEquals(
                written.keySet(),
                component("Product").getJsonObject("properties").keySet());
    }

    @Test
    void mapsScalarsCollectionsAndTimeTypesToTheirJsonKinds() {
        schemas.schemaOf(Product.class, "test");
        JsonObject product = component("Product");
        assertEquals("integer", property(product, "id").getString("type"));
        assertEquals("int64", property(product, "id").getString("format"));
        assertEquals("number", property(product, "price").getString("type"));
        assertEquals("string", property(product, "note").getString("type"));
        assertEquals(
                List.of("IN_STOCK", "SOLD_OUT"),
                property(product, "availability").getJsonArray("enum").getValuesAs(jakarta.json.JsonString::getString));
        assertEquals(
                "#/components/schemas/Variant",
                property(product, "variants").getJsonObject("items").getString("$ref"));
        assertTrue(property(product, "tags").getBoolean("uniqueItems"));
        assertEquals(
                "integer",
                property(product, "stock").getJsonObject("additionalProperties").getString("type"));
        assertEquals("array", property(product, "ratings").getString("type"));
        assertEquals("date", property(product, "since").getString("format"));
        assertEquals("date-time", property(product, "updatedAt").getString("format"));
        assertFalse(property(product, "lastSeen").containsKey("format"), "a local date-time is not RFC 3339");
        assertFalse(property(product, "due").containsKey("format"), "@JsonbDateFormat writes its own pattern");
        assertEquals(List.of("id"), product.getJsonArray("required").getValuesAs(jakarta.json.JsonString::getString));
    }

    @Test
    void describesARecursiveTypeOnceAndRefersToItself() {
        schemas.schemaOf(Category.class, "test");
        JsonObject category = component("Category");
        assertEquals(
                "#/components/schemas/Category",
                property(category, "children").getJsonObject("items").getString("$ref"));
        assertEquals(Set.of("Category"), schemas.components().keySet());
    }

    @Test
    void resolvesTheTypeArgumentsOfAGenericTypeFromATypeLiteral() {
        Type page = new TypeLiteral<Page<Product>>() {}.getType();
        assertEquals(
                "#/components/schemas/PageOfProduct",
                schemas.schemaOf(page, "test").getString("$ref"));
        assertEquals(
                "#/components/schemas/Product",
                property(component("PageOfProduct"), "items")
                        .getJsonObject("items")
                        .getString("$ref"));
        Type list = new TypeLiteral<List<Variant>>() {}.getType();
        assertEquals("array", schemas.schemaOf(list, "test").getString("type"));
    }

    @Test
    void followsJavaBeanRulesLeavingOutTransientAndInaccessibleProperties() {
        schemas.schemaOf(Basket.class, "test");
        Basket basket = new Basket();
        basket.setOwner("ann");
        basket.products = List.of();
        JsonObject written = Json.createReader(new java.io.StringReader(JSONB.toJson(basket)))
                .readObject();
        assertEquals(
                written.keySet(),
                component("Basket").getJsonObject("properties").keySet());
    }

    @Test
    void letsNillablePropertiesBeNullAndAlwaysPresent() {
        schemas.schemaOf(Remark.class, "test");
        JsonObject remark = component("Remark");
        assertEquals(
                Json.createArrayBuilder().add("string").add("null").build(),
                property(remark, "text").get("type"));
        assertEquals(
                Set.of("text", "stars"),
                Set.copyOf(remark.getJsonArray("required").getValuesAs(jakarta.json.JsonString::getString)));
        JsonObject written = Json.createReader(new java.io.StringReader(JSONB.toJson(new Remark(null, null))))
                .readObject();
        assertEquals(Set.of("text", "stars"), written.keySet());
    }

    @Test
    void describesWhatItCannotDescribeExactlyAsAnyValueAndReportsEach() {
        schemas.schemaOf(Loose.class, "shop.add input");
        JsonObject loose = component("Loose");
        assertFalse(property(loose, "anything").containsKey("type"));
        assertFalse(property(loose, "raw").containsKey("type"));
        assertFalse(property(loose, "shouted").containsKey("type"));
        assertEquals(
                List.of("java.lang.Object", "jakarta.json.JsonValue", "java.lang.String"),
                schemas.openSchemas().stream().map(OpenSchema::type).toList());
        assertTrue(schemas.openSchemas().get(0).where().startsWith("shop.add input > Loose.anything"));
    }

    private JsonObject written(Object value) {
        return Json.createReader(new java.io.StringReader(JSONB.toJson(value))).readObject();
    }

    @Test
    void letsANillableEnumBeNull() {
        schemas.schemaOf(Shelves.Label.class, "test");
        JsonObject availability = property(component("Label"), "availability");
        assertTrue(availability.getJsonArray("enum").contains(JsonValue.NULL), availability::toString);
        assertTrue(written(new Shelves.Label(null, "x")).containsKey("availability"));
    }

    @Test
    void describesMapsWithNumberAndEnumKeysAsObjects() {
        schemas.schemaOf(Shelves.Stock.class, "test");
        JsonObject stock = component("Stock");
        assertEquals("object", property(stock, "byShelf").getString("type"));
        assertEquals("object", property(stock, "byAvailability").getString("type"));
        assertTrue(schemas.openSchemas().isEmpty(), schemas.openSchemas()::toString);
        JsonObject json = written(new Shelves.Stock(Map.of(3, "top"), Map.of(Availability.SOLD_OUT, 0)));
        assertEquals("top", json.getJsonObject("byShelf").getString("3"));
    }

    @Test
    void resolvesTypeArgumentsGivenBySuperclassesAndNestedInOtherGenerics() {
        schemas.schemaOf(Shelves.ProductListing.class, "test");
        assertEquals(
                "#/components/schemas/Product",
                property(component("ProductListing"), "items")
                        .getJsonObject("items")
                        .getString("$ref"));
        schemas.schemaOf(new TypeLiteral<Shelves.Shelf<Variant>>() {}.getType(), "test");
        String rows = property(component("ShelfOfVariant"), "rows").getString("$ref");
        JsonObject listing = schemas.components().get(rows.substring("#/components/schemas/".length()));
        assertEquals(
                "#/components/schemas/Variant",
                property(listing, "items")
                        .getJsonObject("items")
                        .getJsonObject("items")
                        .getString("$ref"));
        assertTrue(schemas.openSchemas().isEmpty(), schemas.openSchemas()::toString);
    }

    @Test
    void listsARecordsGetterLikeMethodsAsYassonWritesThem() {
        schemas.schemaOf(Shelves.Tag.class, "test");
        assertEquals(
                written(new Shelves.Tag("new")).keySet(),
                component("Tag").getJsonObject("properties").keySet());
    }

    @Test
    void neverRequiresAPropertyJsonbOnlyReads() {
        schemas.schemaOf(Shelves.Form.class, "test");
        JsonObject form = component("Form");
        assertTrue(form.getJsonObject("properties").containsKey("secret"), "clients may send it");
        assertFalse(form.containsKey("required"), form::toString);
        assertFalse(written(new Shelves.Form()).containsKey("secret"), "JSON-B never writes it");
    }

    @Test
    void letsAWholeOptionalPayloadBeNull() {
        JsonObject optional = schemas.schemaOf(new TypeLiteral<Optional<Product>>() {}.getType(), "test");
        assertEquals(2, optional.getJsonArray("oneOf").size(), optional::toString);
        assertEquals("null", JSONB.toJson(Optional.empty(), new TypeLiteral<Optional<Product>>() {}.getType()));
    }

    @Test
    void keepsTheDocumentsOwnSchemaNamesAndWritesNoFormatJsonbDoesNotFollow() {
        String reference = schemas.schemaOf(Shelves.KanavaCallId.class, "test").getString("$ref");
        assertFalse(reference.endsWith("/KanavaCallId"), reference);
        schemas.schemaOf(Shelves.Timer.class, "test");
        assertFalse(property(component("Timer"), "left").containsKey("format"), "PT1.5S is not an RFC 3339 duration");
    }
}
