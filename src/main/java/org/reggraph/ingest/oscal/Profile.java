package org.reggraph.ingest.oscal;

import java.util.List;

/**
 * An OSCAL profile, such as an SP 800-53 baseline: which controls it selects from which catalogs. RegGraph
 * renders the selection; it does not resolve the profile against its catalogs (a resolved baseline is
 * published as a catalog of its own).
 */
record Profile(OscalMetadata metadata, List<Import> imports, List<Catalog.Resource> resources) {

    /** One catalog or profile drawn on, by reference ("#uuid" of a back-matter resource, or a URL). */
    record Import(String href, boolean includeAll, List<String> includedIds, List<String> excludedIds) {
    }
}
