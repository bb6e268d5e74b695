package org.reggraph.ingest;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** What a folder's {@code manifest.json} says about one of its files; every field but {@code file} optional. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ManifestEntry(
        String file,
        String kind,
        String issuer,
        String date,
        String title,
        String identifier,
        String jurisdiction,
        String language,
        String sourceUrl,
        Boolean sample) {

    static final ManifestEntry NONE = new ManifestEntry(null, null, null, null, null, null, null, null, null, null);
}
