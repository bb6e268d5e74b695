package org.reggraph.extract;

/** The parts of a rule as written; any part may be null when the clause does not state it. */
record RuleParts(String bearer, String action, String object, String condition, String exception, String deadline,
                 String penalty) {
}
