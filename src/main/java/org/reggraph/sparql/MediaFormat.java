package org.reggraph.sparql;

import java.util.List;

/** An answer format: its media type and the short names {@code ?format=} accepts for it. */
public interface MediaFormat {
    String mediaType();

    List<String> names();
}
