package io.kanava.impl.security;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.kanava.KanavaException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void refusesADnsRebindingPageOnceTheApplicationDeclaresItsPublicOrigin() {
        String rebound = OriginPolicy.requestOrigin("http", "evil.example:8080");

        assertEquals(true, OriginPolicy.of(null).allows("http://evil.example:8080", rebound), "Host decides");
        OriginPolicy declared = OriginPolicy.of(null, "https://app.example.com");
        assertEquals(false, declared.allows("http://evil.example:8080", rebound));
        assertEquals(true, declared.allows("https://app.example.com", rebound));
    }

    @Test
    void countsOnlyTheDeclaredPublicOriginsAndTheAllowListAsTheApplicationsOwn() {
        OriginPolicy declared =
                OriginPolicy.of("http://localhost:5173", "https://app.example.com, https://www.example.com");

        assertEquals(true, declared.declaresPublicOrigins());
        assertEquals(false, declared.allows("http://app.example.com:8080", OWN), "the request's own no longer counts");
        assertEquals(true, declared.allows("https://www.example.com:443", OWN));
        assertEquals(true, declared.allows("http://localhost:5173", OWN));
        assertEquals(true, declared.allows(null, OWN), "a client that sends no Origin");
    }

    @Test
    void refusesAPublicOriginThatIsNotAnOriginNamingItsParameter() {
        var opaque = assertThrows(KanavaException.class, () -> OriginPolicy.of(null, "null"));
        assertEquals("KNV1013", opaque.code());
        assertTrue(opaque.getMessage().contains("kanava.public-origins"), opaque.getMessage());
        assertThrows(KanavaException.class, () -> OriginPolicy.of(null, "https://app.example.com/path"));
    }
}
