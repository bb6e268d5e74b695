package org.reggraph.search;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.reggraph.graph.EntityReader;
import org.reggraph.index.IndexFields;
import org.reggraph.search.ranking.HybridRetriever;

/**
 * A question's BM25 side, read with what the graph knows of the names in it.
 *
 * <p>When the question names an instrument the store holds, the BM25 score of that instrument's own
 * provisions is multiplied (asked what happens "under the GDPR", the regulation's own articles on fines
 * outrank the many documents that speak of fines and cite it), and the name is left out of the words
 * searched, unless nothing else is left: it has said where to look, not what to look for.
 *
 * <p>Each other entity it names by a name that has synonyms counts as one word, matched by any of its names
 * ({@link org.reggraph.search.ranking.EntityNameQuery}): "the Bureau of Industry and Security" finds the rules
 * that say "BIS", and outweighs the rest of the question no more than "BIS" would.
 */
public final class QuestionLexicalQuery {
    /** How much more a named instrument's own provision counts than another's (see the retrieval docs). */
    static final float NAMED_DOCUMENT_BOOST = 2f;

    private final Supplier<AliasExpander> entityNames;
    private final Function<String, NamedInstruments.Found> namedInstruments;

    QuestionLexicalQuery(Supplier<AliasExpander> entityNames, Function<String, NamedInstruments.Found> namedInstruments) {
        this.entityNames = entityNames;
        this.namedInstruments = namedInstruments;
    }

    /**
     * Over the entities and instruments of a graph, as the service reads questions (the reranker's training
     * harness builds its lists with it, so that it learns from the lists the service ranks).
     */
    public static QuestionLexicalQuery over(EntityReader entities) {
        return new QuestionLexicalQuery(new EntityAliases(entities), new NamedInstruments(entities));
    }

    /** The query, restricted by {@code filter} when not null; null when the question has no searchable term. */
    public Query of(HybridRetriever retriever, String question, Query filter) {
        NamedInstruments.Found named = namedInstruments.apply(question);
        if (named.documentKeys().isEmpty()) {
            return withEntities(retriever, question, filter);
        }
        Query subject = withEntities(retriever, named.subject(), filter);
        Query lexical = subject != null ? subject : withEntities(retriever, question, filter);
        Query ofNamed = new TermInSetQuery(IndexFields.DOCUMENT_ID,
                named.documentKeys().stream().map(BytesRef::new).toList());
        return FunctionScoreQuery.boostByQuery(lexical, ofNamed, NAMED_DOCUMENT_BOOST);
    }

    private Query withEntities(HybridRetriever retriever, String asked, Query filter) {
        String question = NamedInstruments.singleSpaced(asked);
        List<AliasExpander.NameMatch> names = entityNames.get().namesIn(question);
        if (names.isEmpty()) {
            return retriever.lexicalQuery(asked, filter);
        }
        StringBuilder words = new StringBuilder(question);
        for (AliasExpander.NameMatch name : names) {
            for (int i = name.start(); i < name.end(); i++) {
                words.setCharAt(i, ' ');
            }
        }
        return retriever.lexicalQuery(words.toString(),
                names.stream().map(name -> name.group().names()).toList(), filter);
    }
}
