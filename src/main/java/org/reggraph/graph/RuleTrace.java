package org.reggraph.graph;

import java.util.List;

/**
 * A rule with everything that says where it came from: the exact source span (Web Annotation selectors, in
 * code points), the provision, version and document that hold it, the ingest activity that extracted it,
 * and the cross-references of its provision.
 */
public record RuleTrace(
        String iri,
        String modality,
        String text,
        boolean reported,
        Parts parts,
        SourceSpan source,
        ProvisionRef provision,
        VersionRef version,
        DocumentRef document,
        Activity activity,
        List<Reference> citations) {

    /** What the rule says, as far as extraction found it; null where the text does not state a part. */
    public record Parts(String bearer, String bearerEntity, String bearerLabel, String action, String object,
                        String condition, String exception, String deadline, String penalty) {
    }

    /** {@code oa:TextQuoteSelector} and {@code oa:TextPositionSelector}: start and end count code points. */
    public record SourceSpan(String exact, String prefix, String suffix, int start, int end) {
    }

    public record ProvisionRef(String iri, String label, String heading) {
    }

    public record VersionRef(String iri, String sha256, String fileName, String mediaType, String issued,
                             boolean current) {
    }

    public record DocumentRef(String iri, String id, String title, String kind) {
    }

    /** The {@code prov:Activity} that ingested the version and extracted the rule. */
    public record Activity(String iri, String startedAt, String endedAt, String softwareVersion, String sha256,
                           String agent) {
    }
}
