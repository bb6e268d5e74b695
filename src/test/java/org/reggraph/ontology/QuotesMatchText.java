package org.reggraph.ontology;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.ModelFactory;

/**
 * Checks what the shapes leave to code because SPARQL is too slow at it on large texts: every quote selector's
 * {@code oa:exact} is its source version's plain text between the position selector's code point offsets, and
 * its prefix and suffix are the text just before and after.
 */
final class QuotesMatchText {
    private static final String SELECTORS = """
            PREFIX rg: <https://reggraph.org/ontology#>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            SELECT ?span ?version ?start ?end ?exact ?prefix ?suffix WHERE {
              ?span oa:hasSource ?version ; oa:hasSelector ?position , ?quote .
              ?position oa:start ?start ; oa:end ?end .
              ?quote oa:exact ?exact ; oa:prefix ?prefix ; oa:suffix ?suffix .
            } ORDER BY ?version
            """;

    private QuotesMatchText() {
    }

    /** The spans whose quote does not match, each with why; empty when all match. */
    static List<String> mismatches(Graph graph, int[] checked) {
        var model = ModelFactory.createModelForGraph(graph);
        List<String> mismatches = new ArrayList<>();
        String currentVersion = null;
        int[] text = null;
        try (QueryExecution execution = QueryExecution.model(model).query(SELECTORS).build()) {
            var results = execution.execSelect();
            while (results.hasNext()) {
                QuerySolution row = results.next();
                String version = row.getResource("version").getURI();
                if (!version.equals(currentVersion)) {
                    currentVersion = version;
                    text = model.getResource(version)
                            .getRequiredProperty(model.createProperty("https://reggraph.org/ontology#plainText"))
                            .getString().codePoints().toArray();
                }
                int start = row.getLiteral("start").getInt();
                int end = row.getLiteral("end").getInt();
                String span = row.getResource("span").getURI();
                checked[0]++;
                if (end > text.length) {
                    mismatches.add(span + ": end " + end + " is past the text's " + text.length + " code points");
                } else if (!new String(text, start, end - start).equals(row.getLiteral("exact").getString())) {
                    mismatches.add(span + ": exact is not the text at " + start + ".." + end);
                } else if (!endsAt(text, start, row.getLiteral("prefix").getString())
                        || !startsAt(text, end, row.getLiteral("suffix").getString())) {
                    mismatches.add(span + ": prefix or suffix is not the text around " + start + ".." + end);
                }
            }
        }
        return mismatches;
    }

    private static boolean endsAt(int[] text, int at, String expected) {
        int[] codePoints = expected.codePoints().toArray();
        return at >= codePoints.length && startsAt(text, at - codePoints.length, expected);
    }

    private static boolean startsAt(int[] text, int at, String expected) {
        int[] codePoints = expected.codePoints().toArray();
        if (at + codePoints.length > text.length) {
            return false;
        }
        for (int i = 0; i < codePoints.length; i++) {
            if (text[at + i] != codePoints[i]) {
                return false;
            }
        }
        return true;
    }
}
