package org.reggraph.graph;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.reggraph.model.Span;

/**
 * Points a node at its exact source with W3C Web Annotation selectors: a TextPositionSelector in code
 * points and a TextQuoteSelector whose {@code exact} is the text at those positions, with some context.
 */
final class SelectorWriter {
    /** Characters of context kept before and after a quote, enough to find it again in an edited text. */
    static final int CONTEXT_CHARS = 32;

    void write(Model graph, Resource node, Resource version, String text, Span span, CodePoints codePoints) {
        String base = node.getURI() + "/target";
        Resource position = graph.createResource(base + "/position")
                .addProperty(RDF.type, Std.TextPositionSelector)
                .addLiteral(Std.start, graph.createTypedLiteral(codePoints.toCodePoints(span.start())))
                .addLiteral(Std.end, graph.createTypedLiteral(codePoints.toCodePoints(span.end())));
        Resource quote = graph.createResource(base + "/quote")
                .addProperty(RDF.type, Std.TextQuoteSelector)
                .addProperty(Std.exact, span.of(text))
                .addProperty(Std.prefix, text.substring(safeStart(text, span.start() - CONTEXT_CHARS), span.start()))
                .addProperty(Std.suffix, text.substring(span.end(), safeEnd(text, span.end() + CONTEXT_CHARS)));
        Resource target = graph.createResource(base)
                .addProperty(RDF.type, Std.SpecificResource)
                .addProperty(Std.hasSource, version)
                .addProperty(Std.hasSelector, position)
                .addProperty(Std.hasSelector, quote);
        node.addProperty(Vocab.textSpan, target);
    }

    /** Never splits a surrogate pair, so the context strings stay valid Unicode. */
    private static int safeStart(String text, int offset) {
        int start = Math.max(0, offset);
        return start > 0 && Character.isLowSurrogate(text.charAt(start)) ? start + 1 : start;
    }

    private static int safeEnd(String text, int offset) {
        int end = Math.min(text.length(), offset);
        return end < text.length() && Character.isLowSurrogate(text.charAt(end)) ? end - 1 : end;
    }
}
