package org.reggraph.api;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/**
 * Lets a request write only with the configured bearer token. Tokens are compared as SHA-256 digests with
 * {@link MessageDigest#isEqual}, so neither the time taken nor the token's length tells a guesser anything.
 * Without a configured token every write is refused: an open store must be opened on purpose.
 */
final class AuthGuard {
    static final String CHALLENGE = "Bearer realm=\"reggraph\"";
    private static final String BEARER = "Bearer ";

    private final Optional<byte[]> tokenDigest;

    AuthGuard(Optional<String> token) {
        this.tokenDigest = token.filter(value -> !value.isBlank()).map(AuthGuard::digest);
    }

    /** Throws 403 when writes are disabled, 401 with a Bearer challenge when the token is missing or wrong. */
    void requireWriter(Context ctx) {
        if (tokenDigest.isEmpty()) {
            throw new ApiException(403, "writes are disabled on this server: start it with --token or set "
                    + "REGGRAPH_TOKEN to allow them");
        }
        String header = ctx.header("Authorization");
        if (!presentsValidToken(ctx)) {
            ctx.header("WWW-Authenticate", CHALLENGE);
            throw new ApiException(401, isBearer(header) ? "the bearer token is not valid"
                    : "this route needs a bearer token: send 'Authorization: Bearer <token>'");
        }
    }

    /** Whether the request carries the configured token; false when none is configured. */
    boolean presentsValidToken(Context ctx) {
        String header = ctx.header("Authorization");
        return tokenDigest.isPresent() && isBearer(header)
                && MessageDigest.isEqual(tokenDigest.get(), digest(header.substring(BEARER.length()).trim()));
    }

    private static boolean isBearer(String header) {
        return header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length());
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JVM lacks SHA-256", e);
        }
    }
}
