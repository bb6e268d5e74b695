package org.reggraph.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One version of a source document, parsed and described, ready for extraction and storage.
 *
 * @param key            the document's identity, stable across versions: its canonical identifier
 *                       ({@link CanonicalId}) where one is declared, else a slug of its file name
 * @param identifier     the identifier as people write it ("Executive Order 14110"), or the file name
 * @param alsoKnownAs    further canonical keys that name the same document, so citations of them resolve
 * @param sha256         hex SHA-256 of the file's bytes: the identity of this version
 * @param text           the plain text every offset refers to
 * @param sourceFields   what the source declared that RegGraph has no property of its own for (a JSONL
 *                       passage's keys besides {@code id} and {@code contents}), name to value, in the
 *                       source's order
 * @param sourceLine     the line of its file it was read from, where one file holds many documents (a JSONL
 *                       collection's passages): their order in the file, which search reads as structure
 * @param heldParts      the parts of another instrument whose text this document holds, by canonical key, each
 *                       with the label of the provision where the part begins (an eCFR chapter holds
 *                       {@code cfr-15-748-15} from "§ 748.15"): citations of them resolve to it, though it is
 *                       not them, and its own references to them are still cross-references
 */
public record SourceDocument(
        String key,
        String identifier,
        List<String> alsoKnownAs,
        String title,
        DocumentKind kind,
        Optional<String> issuer,
        Optional<LocalDate> date,
        Optional<String> jurisdiction,
        Optional<String> language,
        Optional<String> sourceUrl,
        String fileName,
        String mediaType,
        String sha256,
        String text,
        List<Provision> provisions,
        boolean sample,
        Map<String, String> sourceFields,
        OptionalInt sourceLine,
        Map<String, String> heldParts) {

    public SourceDocument {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        alsoKnownAs = List.copyOf(alsoKnownAs);
        provisions = List.copyOf(provisions);
        sourceFields = Collections.unmodifiableMap(new LinkedHashMap<>(sourceFields));
        Objects.requireNonNull(sourceLine, "sourceLine");
        heldParts = Collections.unmodifiableMap(new LinkedHashMap<>(heldParts));
    }

    /** The canonical keys of the parts this document holds. */
    public Set<String> heldKeys() {
        return heldParts.keySet();
    }

    /** The same document, also known by {@code alias} (unless that is already one of its keys). */
    public SourceDocument alsoKnownAs(String alias) {
        if (alias.equals(key) || alsoKnownAs.contains(alias)) {
            return this;
        }
        List<String> aliases = new ArrayList<>(alsoKnownAs);
        aliases.add(alias);
        return new SourceDocument(key, identifier, aliases, title, kind, issuer, date, jurisdiction, language,
                sourceUrl, fileName, mediaType, sha256, text, provisions, sample, sourceFields, sourceLine, heldParts);
    }

    /** The same document, holding the text of {@code parts}: canonical key to the label where each begins. */
    public SourceDocument holding(Map<String, String> parts) {
        return new SourceDocument(key, identifier, alsoKnownAs, title, kind, issuer, date, jurisdiction, language,
                sourceUrl, fileName, mediaType, sha256, text, provisions, sample, sourceFields, sourceLine, parts);
    }

    /** The same document under another key; its own key, when different, becomes its first alias. */
    public SourceDocument withKey(String newKey) {
        if (newKey.equals(key)) {
            return this;
        }
        List<String> aliases = new ArrayList<>(alsoKnownAs);
        aliases.remove(newKey);
        aliases.add(0, key);
        return new SourceDocument(newKey, identifier, aliases, title, kind, issuer, date, jurisdiction, language,
                sourceUrl, fileName, mediaType, sha256, text, provisions, sample, sourceFields, sourceLine, heldParts);
    }
}
