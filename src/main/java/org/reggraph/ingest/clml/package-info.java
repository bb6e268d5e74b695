/**
 * Acts and instruments in the Crown Legislation Markup Language that legislation.gov.uk publishes. Tika reads
 * such a file as its text nodes in a row, so a section's number stands on a line apart from its words and the
 * segmenter cannot tell section 3A from a stray "3A"; here the structure itself is read, and each section,
 * subsection and paragraph becomes a provision labelled as it is cited ({@code Section 3A(1)},
 * {@code Schedule 1, paragraph 2(a)}), each annotation ({@code F1}: which later act changed the words) one more.
 */
package org.reggraph.ingest.clml;
