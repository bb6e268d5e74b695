package org.reggraph.sparql;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;

/**
 * Chooses an answer format as Fuseki does: a {@code format} parameter (a short name such as {@code json} or
 * {@code ttl}, or a media type) wins over the Accept header; an Accept header that matches nothing we offer,
 * or none at all, gets the default (the first offer), because most SPARQL clients send loose headers.
 */
public final class ContentNegotiation {
    private ContentNegotiation() {
    }

    public static <F extends Enum<F> & MediaFormat> F choose(Class<F> type, String formatParameter, String accept) {
        F[] offers = type.getEnumConstants();
        if (formatParameter != null && !formatParameter.isBlank()) {
            return byName(offers, formatParameter.trim());
        }
        if (accept == null || accept.isBlank()) {
            return offers[0];
        }
        AcceptList offered = AcceptList.create(Arrays.stream(offers).map(MediaFormat::mediaType).toArray(String[]::new));
        MediaType chosen;
        try {
            chosen = AcceptList.match(new AcceptList(accept), offered);
        } catch (RuntimeException unparsable) {
            return offers[0];
        }
        if (chosen == null) {
            return offers[0];
        }
        for (F offer : offers) {
            if (offer.mediaType().equalsIgnoreCase(chosen.getContentTypeStr())) {
                return offer;
            }
        }
        return offers[0];
    }

    /** Whether the client prefers a web page to every RDF format (a browser following a link). */
    public static boolean prefersHtml(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        // The page is offered last, so "*/*" alone gets RDF and only an explicit text/html gets the page.
        String[] offers = new String[GraphFormat.values().length + 1];
        for (GraphFormat format : GraphFormat.values()) {
            offers[format.ordinal()] = format.mediaType();
        }
        offers[offers.length - 1] = "text/html";
        try {
            MediaType chosen = AcceptList.match(new AcceptList(accept), AcceptList.create(offers));
            return chosen != null && "text/html".equalsIgnoreCase(chosen.getContentTypeStr());
        } catch (RuntimeException unparsable) {
            return false;
        }
    }

    private static <F extends MediaFormat> F byName(F[] offers, String requested) {
        String wanted = requested.toLowerCase(Locale.ROOT);
        for (F offer : offers) {
            if (offer.names().contains(wanted) || offer.mediaType().equalsIgnoreCase(wanted)) {
                return offer;
            }
        }
        List<String> known = Arrays.stream(offers).map(offer -> offer.names().get(0)).toList();
        throw SparqlException.badRequest("parameter 'format' must be one of " + String.join(", ", known)
                + " or a media type among them, was '" + requested + "'");
    }
}
