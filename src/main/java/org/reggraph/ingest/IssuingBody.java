package org.reggraph.ingest;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A body that issues regulation or guidance, and the ways a document shows it as its maker: words in a
 * letterhead, masthead or enacting formula ({@code names}), the web sites it publishes on ({@code hosts}), the
 * acronyms its publications' names begin with ({@code brands}: "NIST SP 800-53", "FedRAMP Extensions ...").
 *
 * @param jurisdiction where its documents apply, as a short code (US, EU, UK, CN)
 */
record IssuingBody(String name, String jurisdiction, List<Pattern> names, List<String> hosts, List<String> brands) {

    /** The same body, its publications' names opening with one of {@code acronyms}. */
    IssuingBody brandedAs(String... acronyms) {
        return new IssuingBody(name, jurisdiction, names, hosts, List.of(acronyms));
    }

    /** Whether {@code host} ("www.bis.gov") is one of this body's sites or a site under one of them. */
    boolean publishesAt(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        return hosts.stream().anyMatch(site -> lower.equals(site) || lower.endsWith("." + site));
    }

    /** Whether a publication's name opens with one of this body's acronyms, as a word of its own. */
    boolean brands(String publicationName) {
        return brands.stream().anyMatch(brand -> publicationName.startsWith(brand + " "));
    }
}
