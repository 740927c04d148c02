package io.kanava.impl.endpoint;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class QueryParametersTest {

    @Test
    void keepsEveryValueOfARepeatedParameterInOrder() {
        assertEquals(Map.of("tag", List.of("red", "blue")), QueryParameters.parse("tag=red&tag=blue"));
    }

    @Test
    void decodesNamesAndValuesAsUtf8() {
        assertEquals(
                Map.of("city name", List.of("Hämeenlinna & co")),
                QueryParameters.parse("city%20name=H%C3%A4meenlinna+%26+co"));
    }

    @Test
    void readsAParameterWithoutValueAsEmpty() {
        assertEquals(Map.of("flag", List.of(""), "empty", List.of("")), QueryParameters.parse("flag&empty=&"));
    }

    @Test
    void keepsMalformedEscapesAsTheyAre() {
        assertEquals(Map.of("x", List.of("100%")), QueryParameters.parse("x=100%"));
    }

    @Test
    void readsNoQueryAsNoParameters() {
        assertEquals(Map.of(), QueryParameters.parse(null));
        assertEquals(Map.of(), QueryParameters.parse(""));
    }
}
