package org.reggraph.ingest.oscal;

import java.util.Optional;

/** What a catalog or profile says of itself; {@code remarks} is prose, shown under the title. */
record OscalMetadata(String title, String remarks, Optional<String> published, Optional<String> lastModified,
                     Optional<String> version) {
}
