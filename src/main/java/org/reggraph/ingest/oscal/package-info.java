/**
 * OSCAL catalogs and profiles (NIST's Open Security Controls Assessment Language): SP 800-53's controls and
 * baselines, the Cybersecurity Framework's functions and subcategories. Tika reads such a file as raw JSON or
 * YAML, or as XML without its attributes, which is where a control's identifier lives; here it is read in any
 * of the three forms into one model and rendered as the publication reads ("AC-2 Account Management",
 * "a. Define and document ...", "[Assignment: organization-defined frequency]"), with each control, statement
 * item and part a provision labelled as NIST cites it ({@code AC-2a.1}, {@code AC-2(4)}, {@code GV.OC-01}).
 */
package org.reggraph.ingest.oscal;
