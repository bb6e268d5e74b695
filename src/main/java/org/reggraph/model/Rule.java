package org.reggraph.model;

/**
 * One normative sentence or clause. Optional parts are null when the text does not state them.
 *
 * @param span     the rule's sentence or clause in the document's plain text
 * @param bearer   who holds the duty, permission or prohibition, as written ("the Secretary of Commerce")
 * @param reported true when the document only reports the rule, not imposes it: news and press releases
 *                 report an order's duties, an act's preamble explains and restates what its operative text
 *                 imposes
 */
public record Rule(
        Modality modality,
        Span span,
        String bearer,
        String action,
        String object,
        String condition,
        String exception,
        String deadline,
        String penalty,
        boolean reported) {

    /** The same rule, as a document reports it. */
    public Rule reportedOnly() {
        return reported ? this
                : new Rule(modality, span, bearer, action, object, condition, exception, deadline, penalty, true);
    }
}
