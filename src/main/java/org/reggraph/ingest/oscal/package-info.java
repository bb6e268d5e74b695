/**
 * OSCAL catalogs (NIST's Open Security Controls Assessment Language): SP 800-53's controls, the Cybersecurity
 * Framework's functions and subcategories. Tika reads such a file as raw JSON, or as XML without its attributes,
 * which is where a control's identifier lives; here the catalog is read in either form into one model and
 * rendered as the publication reads ("AC-2 Account Management", "a. Define and document ...",
 * "[Assignment: organization-defined frequency]"), with each control, statement item and part a provision
 * labelled as NIST cites it ({@code AC-2a.1}, {@code AC-2(4)}, {@code GV.OC-01}).
 */
package org.reggraph.ingest.oscal;
