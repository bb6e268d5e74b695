package org.reggraph.index;

import java.io.IOException;
import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.reggraph.graph.IndexableProvision;
import org.reggraph.index.analysis.ChineseText;

/** Turns a provision read from the graph into its Lucene document, facets included. */
public final class ProvisionDocuments {
    /** Offsets in the postings let highlights and match positions come without re-analysing stored text. */
    private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);
    /** The same text analysed again in another language: offsets into the same string, nothing stored twice. */
    private static final FieldType UNSTORED_WITH_OFFSETS = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
        UNSTORED_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        UNSTORED_WITH_OFFSETS.freeze();
    }

    private final FacetsConfig facets;

    public ProvisionDocuments(FacetsConfig facets) {
        this.facets = facets;
    }

    public static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(IndexFields.MODALITY, true);
        config.setMultiValued(IndexFields.BEARER, true);
        config.setMultiValued(IndexFields.NAMES, true);
        return config;
    }

    public Document toDocument(IndexableProvision provision) throws IOException {
        Document doc = new Document();
        doc.add(new KeywordField(IndexFields.IRI, provision.iri(), Field.Store.YES));
        doc.add(new KeywordField(IndexFields.DOCUMENT_IRI, provision.documentIri(), Field.Store.YES));
        doc.add(new KeywordField(IndexFields.VERSION_IRI, provision.versionIri(), Field.Store.YES));
        doc.add(new KeywordField(IndexFields.DOCUMENT_ID, provision.documentId(), Field.Store.YES));
        doc.add(new TextField(IndexFields.DOCUMENT_TITLE, provision.documentTitle(), Field.Store.YES));
        doc.add(new TextField(IndexFields.LABEL, nullToEmpty(provision.label()), Field.Store.YES));
        doc.add(new TextField(IndexFields.HEADING, nullToEmpty(provision.heading()), Field.Store.YES));
        if (provision.subdivision() != null) {
            doc.add(new StoredField(IndexFields.SUBDIVISION, provision.subdivision()));
        }
        doc.add(new Field(IndexFields.TEXT, provision.text(), TEXT_WITH_OFFSETS));
        doc.add(new TextField(IndexFields.TEXT_BIGRAMS, provision.text(), Field.Store.NO));
        // Chinese text keeps its English fields too (they hold its Latin words and citations as before), and
        // gets fields of its own where it is cut into words: the English tokenizer would keep a whole
        // clause of ideographs as one token.
        boolean chinese = ChineseText.isChinese(provision.language(), provision.text());
        if (chinese) {
            doc.add(new Field(IndexFields.TEXT_ZH, provision.text(), UNSTORED_WITH_OFFSETS));
            doc.add(new TextField(IndexFields.TEXT_ZH_BIGRAMS, provision.text(), Field.Store.NO));
        }
        doc.add(new SortedDocValuesField(IndexFields.CONTAINER, new BytesRef(provision.container())));
        doc.add(new NumericDocValuesField(IndexFields.POSITION, provision.position()));
        doc.add(new SortedDocValuesField(IndexFields.LABEL_VALUE, new BytesRef(nullToEmpty(provision.label()))));
        doc.add(new StoredField(IndexFields.START, provision.start()));
        doc.add(new StoredField(IndexFields.END, provision.end()));
        if (provision.language() != null) {
            doc.add(new StoredField(IndexFields.LANGUAGE, provision.language()));
        }
        if (provision.date() != null) {
            doc.add(new KeywordField(IndexFields.DATE, provision.date(), Field.Store.YES));
        }
        facet(doc, IndexFields.KIND, provision.kind());
        facet(doc, IndexFields.ISSUER, provision.issuer());
        facet(doc, IndexFields.JURISDICTION, provision.jurisdiction());
        facet(doc, IndexFields.YEAR, provision.date() == null ? null : provision.date().substring(0, 4));
        provision.modalities().forEach(modality -> facet(doc, IndexFields.MODALITY, modality));
        provision.bearers().forEach(bearer -> facet(doc, IndexFields.BEARER, bearer));
        provision.named().forEach(entity -> facet(doc, IndexFields.NAMES, entity));
        facet(doc, IndexFields.LANG, chinese ? "zh" : declaredLanguage(provision.language()));
        facet(doc, IndexFields.PART, provision.part());
        return facets.build(doc);
    }

    /** A facet value is also indexed as a keyword, so drill-down and filters use plain term queries. */
    private static void facet(Document doc, String dimension, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        doc.add(new SortedSetDocValuesFacetField(dimension, value));
        doc.add(new KeywordField(dimension, value, Field.Store.YES));
    }

    /** A declared language tag's primary subtag, lower-cased, as the {@link IndexFields#LANG} facet shows it. */
    private static String declaredLanguage(String tag) {
        return tag == null || tag.isBlank() ? null : tag.trim().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
