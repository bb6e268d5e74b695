/**
 * The SPARQL 1.1 service on Jena ARQ, in-process: query and update following Fuseki's pipeline (reject
 * blank, parse or 400, run in a transaction with a time limit or 503), result formats and content
 * negotiation, the protocol's dataset description, Graph Store Protocol reads, the service description,
 * node descriptions for linked data, and {@code rg:textSearch}, a property function over the provision
 * index. Nothing here knows HTTP frameworks; the api package maps {@link org.reggraph.sparql.SparqlException}
 * onto responses.
 */
package org.reggraph.sparql;
