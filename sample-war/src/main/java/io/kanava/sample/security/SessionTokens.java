package io.kanava.sample.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import io.kanava.UserSession;

/**
 * Issues and verifies the tokens of the channels' in-band login: {@code payload.signature}, where the payload holds the subject, its
 * roles and an expiry, and the signature is an HMAC-SHA256 of it under a key made when the application starts.
 * Tokens therefore die with a redeploy, which suits a sample.
 */
@ApplicationScoped
public class SessionTokens {

    static final Duration LIFETIME = Duration.ofHours(1);
    private static final String ALGORITHM = "HmacSHA256";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final byte[] key;
    private final Clock clock;

    public SessionTokens() {
        this(newKey(), Clock.systemUTC());
    }

    SessionTokens(byte[] key, Clock clock) {
        this.key = key.clone();
        this.clock = clock;
    }

    /**
     * Issues a token.
     *
     * @param subject who it is for
     * @param roles the roles it grants
     * @return the token
     */
    public String issue(String subject, Set<String> roles) {
        long expires = clock.instant().plus(LIFETIME).getEpochSecond();
        String payload = ENCODER.encodeToString(
                (subject + "\n" + String.join(",", roles) + "\n" + expires).getBytes(StandardCharsets.UTF_8));
        return payload + "." + ENCODER.encodeToString(sign(payload));
    }

    /**
     * Verifies a token.
     *
     * @param token the token a client sent
     * @return the session it grants, or empty when it is forged, malformed or expired
     */
    public Optional<UserSession> verify(String token) {
        if (token == null) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String payload = token.substring(0, dot);
        try {
            if (!MessageDigest.isEqual(sign(payload), DECODER.decode(token.substring(dot + 1)))) {
                return Optional.empty();
            }
            String[] fields = new String(DECODER.decode(payload), StandardCharsets.UTF_8).split("\n", -1);
            if (fields.length != 3) {
                return Optional.empty();
            }
            Instant expires = Instant.ofEpochSecond(Long.parseLong(fields[2]));
            if (!clock.instant().isBefore(expires)) {
                return Optional.empty();
            }
            Set<String> roles =
                    fields[1].isEmpty() ? Set.of() : new LinkedHashSet<>(Arrays.asList(fields[1].split(",")));
            return Optional.of(UserSession.builder(fields[0])
                    .roles(roles)
                    .attribute("expiresAt", expires)
                    .build());
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    private byte[] sign(String payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private static byte[] newKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
