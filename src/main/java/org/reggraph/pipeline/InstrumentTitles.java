package org.reggraph.pipeline;

import org.reggraph.extract.EntityCatalog;
import org.reggraph.model.DocumentKind;
import org.reggraph.model.EntityType;
import org.reggraph.model.SourceDocument;

/**
 * A directive or guidance titled with the name of an instrument the entity catalog knows ("Computer Misuse Act
 * 1990", "Senate Bill No. 53") is that instrument, and also takes its key: citations of the instrument then
 * resolve to the document, and a question that names the instrument is answered from it. Only the whole title
 * counts, so the AI RMF's Playbook, which only begins with its name, is not the AI RMF; news is about
 * instruments and is never one.
 */
final class InstrumentTitles {
    private final EntityCatalog catalog;

    InstrumentTitles(EntityCatalog catalog) {
        this.catalog = catalog;
    }

    SourceDocument identify(SourceDocument source) {
        if (source.kind() == DocumentKind.NEWS || source.title() == null) {
            return source;
        }
        return catalog.byName(source.title())
                .filter(entity -> entity.type() == EntityType.INSTRUMENT)
                .map(instrument -> source.alsoKnownAs(instrument.key()))
                .orElse(source);
    }
}
