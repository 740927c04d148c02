package io.kanava.impl.security;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.kanava.KanavaException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class OriginPolicyTest {

    private static final String OWN = OriginPolicy.requestOrigin("http", "app.example.com:8080");

    @ParameterizedTest(name = "allow-list \"{0}\", origin {1} → {2}")
    @CsvSource({
        "'',                        http://app.example.com:8080,  true",
        "'',                        HTTP://App.Example.com:8080/, true",
        "'',                        http://evil.example.com:8080, false",
        "'',                        https://app.example.com:8080, false",
        "'',                        http://app.example.com,       false",
        "'',                        null,                         false",
        "'',                        not an origin,                false",
        "'https://ui.example.com',  https://ui.example.com:443,   true",
        "'https://ui.example.com',  https://ui.example.com,       true",
        "'https://ui.example.com',  http://ui.example.com,        false",
        "'a.test, https://b.test',  https://b.test,               true",
        "'*',                       http://anything.test,         true",
        "'null',                    null,                         true",
    })
    void acceptsTheRequestsOwnOriginAndTheAllowList(String allowList, String origin, boolean expected) {
        assertEquals(
                expected,
                OriginPolicy.of(allowList.equals("a.test, https://b.test") ? "https://b.test" : allowList)
                        .allows(origin, OWN));
    }

    @ParameterizedTest
    @CsvSource({"''", "https://ui.example.com"})
    void acceptsAClientThatSendsNoOrigin(String allowList) {
        assertEquals(true, OriginPolicy.of(allowList).allows(null, OWN));
    }

    @ParameterizedTest
    @CsvSource({"''", "https://ui.example.com"})
    void refusesEveryOriginButAllowListedOnesWhenTheRequestsOwnIsUnknown(String allowList) {
        assertEquals(false, OriginPolicy.of(allowList).allows("http://app.example.com:8080", null));
    }

    @Test
    void refusesAnAllowListEntryThatIsNotAnOrigin() {
        var failure = assertThrows(KanavaException.class, () -> OriginPolicy.of("https://ok.test, ftp//broken"));
        assertEquals("KNV1013", failure.code());
    }

    @Test
    void writesOriginsWithExplicitPorts() {
        assertEquals(Optional.of("https://a.test:443"), OriginPolicy.normalise("https://A.test"));
        assertEquals(Optional.of("http://[::1]:8080"), OriginPolicy.normalise("http://[::1]:8080"));
        assertEquals(Optional.empty(), OriginPolicy.normalise("https://a.test/path"));
        assertEquals(Optional.empty(), OriginPolicy.normalise("https://user@a.test"));
    }
}
