package org.reggraph.model;

/**
 * One normative sentence or clause. Optional parts are null when the text does not state them.
 *
 * @param span     the rule's sentence or clause in the document's plain text
 * @param bearer   who holds the duty, permission or prohibition, as written ("the Secretary of Commerce")
 * @param reported true when the document only reports the rule (news, press releases), not imposes it
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
}
