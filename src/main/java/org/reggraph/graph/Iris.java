package org.reggraph.graph;

import java.nio.charset.StandardCharsets;
import org.reggraph.model.CanonicalId;

/**
 * Mints every IRI RegGraph publishes, under one configurable base. IRIs derive from a document's identity,
 * its version's content hash and positions within the version, or a subdivision's label, never from random
 * numbers or ingest order, so re-ingesting the same files mints the same IRIs.
 */
public final class Iris {
    /** How many hex digits of a version's SHA-256 its IRI carries: enough to never collide in one document. */
    static final int VERSION_HASH_CHARS = 12;

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final String base;

    public Iris(String base) {
        this.base = base;
    }

    public String base() {
        return base;
    }

    public String document(String key) {
        return base + "doc/" + CanonicalId.slug(key);
    }

    public String version(String documentKey, String sha256) {
        return document(documentKey) + "/v/" + sha256.substring(0, VERSION_HASH_CHARS);
    }

    public String provision(String versionIri, int ordinal) {
        return versionIri + "/p/" + ordinal;
    }

    /**
     * A part of a document across its versions, named by its label: {@code doc/fr-2025-00636/s/%C2%A7_734.9(h)(1)}.
     * Letters, digits and {@code - . ~ ( )} stand as they are, a space is {@code _}, anything else (the
     * section sign, {@code _} itself) is percent-encoded, so that two labels never share an IRI and the IRI
     * is plain ASCII.
     */
    public String subdivision(String documentKey, String label) {
        return document(documentKey) + "/s/" + readableSegment(label);
    }

    /**
     * The body that issued a document, named as the document names it ({@code agent/Bureau_of_Industry_and_Security}),
     * so that every document of one issuer links to one node. Encoded as a subdivision's label is.
     */
    public String agent(String name) {
        return base + "agent/" + readableSegment(name.strip());
    }

    private static String readableSegment(String name) {
        StringBuilder segment = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-.~()".indexOf(c) >= 0)) {
                segment.append(c);
            } else if (c == ' ') {
                segment.append('_');
            } else {
                segment.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return segment.toString();
    }

    public String rule(String versionIri, int ordinal) {
        return versionIri + "/r/" + ordinal;
    }

    public String citation(String versionIri, int ordinal) {
        return versionIri + "/c/" + ordinal;
    }

    public String mention(String versionIri, int ordinal) {
        return versionIri + "/m/" + ordinal;
    }

    public String sourceField(String versionIri, int ordinal) {
        return versionIri + "/f/" + ordinal;
    }

    public String activity(String versionIri) {
        return versionIri + "/ingest";
    }

    public String entity(String key) {
        return base + "entity/" + CanonicalId.slug(key);
    }

    /** The named graph that holds entity descriptions shared by all documents. */
    public String entitiesGraph() {
        return base + "graph/entities";
    }

    public String software() {
        return base + "agent/reggraph";
    }

    /** The document key an IRI minted by {@link #document} names, or null when it is not one. */
    public String documentKeyOf(String iri) {
        String prefix = base + "doc/";
        if (!iri.startsWith(prefix)) {
            return null;
        }
        String rest = iri.substring(prefix.length());
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }
}
