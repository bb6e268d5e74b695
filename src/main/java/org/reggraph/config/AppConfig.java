package org.reggraph.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.reggraph.search.ranking.LearntRanking;

/**
 * Everything that can be configured, with safe defaults: loopback only, writes need a token, SPARQL Update
 * off, timeouts on. Immutable; the {@code with*} methods return changed copies. The command line builds
 * one, and {@link #fromEnvironment} is the only place that reads environment variables.
 *
 * @param baseIri       the namespace every minted IRI starts with; IRIs stay stable as long as it does
 * @param adminToken    bearer token for writes and admin routes; empty means writes are refused
 * @param sparqlUpdate  whether SPARQL Update is open without the token (only for throwaway stores)
 * @param learntRanking which learnt parts rank questions where passages have vectors: the question map and the
 *                      reranker (learnt on financial regulation; see {@code LearntRanking}); all on by default
 */
public record AppConfig(
        Path dataDir,
        String host,
        int port,
        String baseIri,
        Optional<String> adminToken,
        boolean sparqlUpdate,
        Duration queryTimeout,
        int maxResults,
        long maxUploadBytes,
        Duration parseTimeout,
        long maxTextChars,
        LearntRanking learntRanking) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 7070;
    public static final String DEFAULT_BASE_IRI = "https://reggraph.org/id/";
    public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(30);
    public static final int DEFAULT_MAX_RESULTS = 10_000;
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 50L * 1024 * 1024;
    public static final Duration DEFAULT_PARSE_TIMEOUT = Duration.ofSeconds(120);
    /** Tika's write limit: longer texts are refused rather than cut, so no rule is silently lost. */
    public static final long DEFAULT_MAX_TEXT_CHARS = 20_000_000L;
    public static final String TOKEN_ENV = "REGGRAPH_TOKEN";

    public AppConfig {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(adminToken, "adminToken");
        Objects.requireNonNull(learntRanking, "learntRanking");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535, was " + port);
        }
        if (!baseIri.endsWith("/") && !baseIri.endsWith("#")) {
            throw new IllegalArgumentException("base IRI must end with '/' or '#': " + baseIri);
        }
        if (queryTimeout.isNegative() || queryTimeout.isZero()) {
            throw new IllegalArgumentException("query timeout must be positive");
        }
    }

    public static AppConfig defaults(Path dataDir) {
        return new AppConfig(dataDir, DEFAULT_HOST, DEFAULT_PORT, DEFAULT_BASE_IRI, Optional.empty(), false,
                DEFAULT_QUERY_TIMEOUT, DEFAULT_MAX_RESULTS, DEFAULT_MAX_UPLOAD_BYTES, DEFAULT_PARSE_TIMEOUT,
                DEFAULT_MAX_TEXT_CHARS, LearntRanking.all());
    }

    /** Defaults, with the admin token taken from {@value #TOKEN_ENV} when it is set. */
    public static AppConfig fromEnvironment(Path dataDir) {
        String token = System.getenv(TOKEN_ENV);
        return defaults(dataDir).withAdminToken(token == null || token.isBlank() ? null : token);
    }

    public AppConfig withListen(String newHost, int newPort) {
        return new AppConfig(dataDir, newHost, newPort, baseIri, adminToken, sparqlUpdate, queryTimeout,
                maxResults, maxUploadBytes, parseTimeout, maxTextChars, learntRanking);
    }

    public AppConfig withBaseIri(String newBaseIri) {
        return new AppConfig(dataDir, host, port, newBaseIri, adminToken, sparqlUpdate, queryTimeout,
                maxResults, maxUploadBytes, parseTimeout, maxTextChars, learntRanking);
    }

    public AppConfig withAdminToken(String token) {
        return new AppConfig(dataDir, host, port, baseIri, Optional.ofNullable(token), sparqlUpdate,
                queryTimeout, maxResults, maxUploadBytes, parseTimeout, maxTextChars, learntRanking);
    }

    public AppConfig withSparqlUpdate(boolean open) {
        return new AppConfig(dataDir, host, port, baseIri, adminToken, open, queryTimeout, maxResults,
                maxUploadBytes, parseTimeout, maxTextChars, learntRanking);
    }

    public AppConfig withQueryTimeout(Duration timeout) {
        return new AppConfig(dataDir, host, port, baseIri, adminToken, sparqlUpdate, timeout, maxResults,
                maxUploadBytes, parseTimeout, maxTextChars, learntRanking);
    }

    public AppConfig withLimits(int newMaxResults, long newMaxUploadBytes, Duration newParseTimeout) {
        return new AppConfig(dataDir, host, port, baseIri, adminToken, sparqlUpdate, queryTimeout,
                newMaxResults, newMaxUploadBytes, newParseTimeout, maxTextChars, learntRanking);
    }

    public AppConfig withLearntRanking(LearntRanking ranking) {
        return new AppConfig(dataDir, host, port, baseIri, adminToken, sparqlUpdate, queryTimeout, maxResults,
                maxUploadBytes, parseTimeout, maxTextChars, ranking);
    }

    public Path graphDir() {
        return dataDir.resolve("graph");
    }

    public Path indexDir() {
        return dataDir.resolve("index");
    }
}
