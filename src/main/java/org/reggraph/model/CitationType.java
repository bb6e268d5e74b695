package org.reggraph.model;

public enum CitationType {
    CFR,
    USC,
    FEDERAL_REGISTER,
    EXECUTIVE_ORDER,
    PRESIDENTIAL_MEMORANDUM,
    OMB_MEMORANDUM,
    NIST_PUBLICATION,
    EU_ACT,
    ECCN,
    PUBLIC_LAW,
    /** A Chinese law, regulation or measure named by its title in book-title marks: 《网络安全法》. */
    CHINESE_INSTRUMENT,
    OTHER
}
