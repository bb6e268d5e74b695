package org.reggraph.model;

/**
 * A citable piece of a document: a section, article, paragraph or control, in reading order.
 *
 * @param ordinal position in the document, from 0; with the version it makes the provision's identity
 * @param label   how the text itself names it ("Sec. 3(a)(1)", "§ 744.23(b)", "Article 5", "GV.OV-01"),
 *                or empty for unlabelled text such as a preamble or a news paragraph
 * @param heading the provision's heading line, or empty
 */
public record Provision(int ordinal, String label, String heading, Span span) {
}
