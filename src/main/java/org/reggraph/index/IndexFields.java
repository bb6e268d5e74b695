package org.reggraph.index;

import java.util.Set;

/**
 * Names of the fields of a provision's Lucene document. The key, {@link #IRI}, is the provision's IRI in the
 * graph, so every hit joins back to the graph.
 */
public final class IndexFields {
    public static final String IRI = "iri";
    public static final String DOCUMENT_IRI = "documentIri";
    /** The version the provision belongs to: reconciliation compares it with the graph's current version. */
    public static final String VERSION_IRI = "versionIri";
    public static final String DOCUMENT_ID = "documentId";
    public static final String DOCUMENT_TITLE = "documentTitle";
    public static final String LABEL = "label";
    /** The IRI of the labelled part the provision realizes in every version (stored only; absent if none). */
    public static final String SUBDIVISION = "subdivision";
    public static final String HEADING = "heading";
    public static final String TEXT = "text";
    /**
     * The fields indexed in English words, stemmed ({@link Analyzers#provisionAnalyzer()}'s default, as
     * {@link ProvisionDocuments} adds them): a query's partial word must be widened alike in each.
     */
    public static final Set<String> STEMMED = Set.of(TEXT, HEADING, LABEL, DOCUMENT_TITLE);
    /** The text again as word pairs, so questions that reuse a passage's phrases rank it higher. */
    public static final String TEXT_BIGRAMS = "textBigrams";
    /**
     * The text again, cut into Chinese words, present only on provisions read as Chinese
     * ({@link org.reggraph.index.analysis.ChineseText}); not stored: snippets are cut from {@link #TEXT}.
     */
    public static final String TEXT_ZH = "textZh";
    /** The Chinese words as pairs, the Chinese counterpart of {@link #TEXT_BIGRAMS}. */
    public static final String TEXT_ZH_BIGRAMS = "textZhBigrams";
    /** The provision's dense vector, present only where semantic indexing applies. */
    public static final String VECTOR = "vector";
    /**
     * Where the provision sits, as doc values only: what it is read as part of (its document, or a passage's
     * source document within its collection), its place there, and its label again (a passage number such
     * as "7.3.2" names its parent "7.3"). {@link org.reggraph.search.ranking.CollectionStructure} reads them.
     */
    public static final String CONTAINER = "container";
    public static final String POSITION = "position";
    public static final String LABEL_VALUE = "labelValue";
    public static final String START = "start";
    public static final String END = "end";
    public static final String LANGUAGE = "language";

    public static final String DATE = "date";

    // Facet dimensions; each is also a filterable keyword field of the same name.
    public static final String KIND = "kind";
    public static final String ISSUER = "issuer";
    public static final String JURISDICTION = "jurisdiction";
    public static final String YEAR = "year";
    public static final String MODALITY = "modality";
    public static final String BEARER = "bearer";
    /**
     * The IRIs of the entities the provision's text names ({@code rg:names}): a facet, and what relates it to
     * provisions of other documents that name the same entity.
     */
    public static final String NAMES = "names";
    /**
     * The language a provision is read in: {@code zh} when analysed as Chinese, else its document's declared
     * language (primary subtag), else none. Not {@link #LANGUAGE}, a stored-only field that existing indexes
     * already hold: Lucene refuses to make a field indexed that was stored only.
     */
    public static final String LANG = "lang";
    /**
     * The part of an act a directive's provision is in: {@code preamble} (it explains and binds no one) or
     * {@code operative}; none for guidance, news and passages.
     */
    public static final String PART = "part";

    private IndexFields() {
    }
}
