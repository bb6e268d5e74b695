package org.reggraph.model;

/** How a citing document relates to what it cites; mirrors ELI's legal resource relations. */
public enum CitationRelation {
    CITES,
    AMENDS,
    REVOKES,
    SUPERSEDES,
    IMPLEMENTS,
    /** A news item or fact sheet that reports on the cited act. */
    REPORTS_ON
}
