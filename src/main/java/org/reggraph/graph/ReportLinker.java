package org.reggraph.graph;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ResourceFactory;
import org.reggraph.model.DocumentKind;
import org.reggraph.model.SourceDocument;

/**
 * Links news to the acts it reports when the news does not cite them by number, as fact sheets rarely do
 * ("President Biden is issuing a landmark Executive Order ..."): an act issued within a day of the news
 * whose title shares most of its distinctive words with the news title, or the only act of those days when
 * the news speaks of an order, memorandum or rule. Runs in the write transaction of whichever side arrives
 * second, so the link is made whatever the order of ingest.
 */
public final class ReportLinker {
    static final double TITLE_OVERLAP = 0.4;
    /** Words in nearly every White House title: they say nothing about which act a title names. */
    private static final Set<String> GENERIC = Set.of("the", "and", "for", "of", "to", "in", "on", "a", "an", "by",
            "with", "fact", "sheet", "presi", "donal", "trump", "biden", "joe", "white", "house", "execu", "order",
            "ai", "ameri", "natio", "unite", "state", "feder", "illus", "sampl", "news", "repor");
    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}]+");
    private static final Pattern SPEAKS_OF_AN_ACT = Pattern.compile(
            "\\b(executive order|memorandum|interim final rule|final rule|directive|signed)\\b", Pattern.CASE_INSENSITIVE);
    private static final int DAYS_APART = 1;

    private final Iris iris;

    public ReportLinker(Iris iris) {
        this.iris = iris;
    }

    /** Must run inside the write transaction that stored {@code source}; returns the triples it added. */
    public int link(Dataset dataset, SourceDocument source) {
        if (source.date().isEmpty() || source.kind() == DocumentKind.PASSAGE) {
            return 0;
        }
        LocalDate date = source.date().get();
        boolean isNews = source.kind() == DocumentKind.NEWS;
        List<Candidate> candidates = candidates(dataset, date, isNews);
        if (isNews) {
            return linkNews(dataset, iris.document(source.key()), source.title(), source.text(), candidates);
        }
        int added = 0;
        for (Candidate news : candidates) {
            String newsText = newsText(dataset, news.iri);
            List<Candidate> acts = candidates(dataset, news.date, true);
            added += linkNews(dataset, news.iri, news.title, newsText, acts);
        }
        return added;
    }

    private int linkNews(Dataset dataset, String newsIri, String newsTitle, String newsText, List<Candidate> acts) {
        if (acts.isEmpty()) {
            return 0;
        }
        Set<String> newsWords = words(newsTitle);
        Candidate best = null;
        double bestOverlap = 0;
        for (Candidate act : acts) {
            double overlap = overlap(newsWords, words(act.title));
            if (overlap > bestOverlap) {
                best = act;
                bestOverlap = overlap;
            }
        }
        boolean soleAct = acts.size() == 1 && newsText != null
                && SPEAKS_OF_AN_ACT.matcher(newsText.substring(0, Math.min(newsText.length(), 5_000))).find();
        Candidate chosen = bestOverlap >= TITLE_OVERLAP ? best : soleAct ? acts.get(0) : null;
        if (chosen == null) {
            return 0;
        }
        Model graph = dataset.getNamedModel(newsIri);
        var link = graph.createStatement(ResourceFactory.createResource(newsIri), Vocab.reportsOn,
                ResourceFactory.createResource(chosen.iri));
        if (graph.contains(link)) {
            return 0;
        }
        graph.add(link);
        return 1;
    }

    private record Candidate(String iri, String title, LocalDate date) {
    }

    /** Acts (directives, guidance) near a news date, or news near an act's date. */
    private List<Candidate> candidates(Dataset dataset, LocalDate date, boolean wantActs) {
        String kinds = wantActs ? "rg:kind-directive rg:kind-guidance" : "rg:kind-news";
        return Queries.select(dataset, """
                SELECT ?doc ?title ?date WHERE {
                  VALUES ?kind { %s }
                  ?doc a rg:Document ; rg:kind ?kind ; dcterms:title ?title ; dcterms:date ?date .
                  FILTER (?date >= "%s"^^xsd:date && ?date <= "%s"^^xsd:date)
                }
                """.formatted(kinds, date.minusDays(DAYS_APART), date.plusDays(DAYS_APART)), Map.of(),
                row -> new Candidate(Queries.string(row, "doc"), Queries.string(row, "title"),
                        LocalDate.parse(Queries.string(row, "date"))));
    }

    private String newsText(Dataset dataset, String newsIri) {
        return Queries.select(dataset, "SELECT ?text WHERE { ?doc rg:currentVersion/rg:plainText ?text }",
                GraphReader.bind("doc", newsIri), row -> Queries.string(row, "text")).stream().findFirst().orElse(null);
    }

    /** Distinctive words of a title, cut to five letters so "Promoting" meets "Promotes". */
    static Set<String> words(String title) {
        String text = title.toLowerCase(Locale.ROOT).replace("artificial intelligence", "ai");
        return Arrays.stream(NOT_LETTER.split(text))
                .filter(word -> word.length() >= 2)
                .map(word -> word.length() > 5 ? word.substring(0, 5) : word)
                .filter(word -> !GENERIC.contains(word))
                .collect(Collectors.toCollection(HashSet::new));
    }

    /** Shared words over the smaller title's words. */
    static double overlap(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> shared = new HashSet<>(a);
        shared.retainAll(b);
        return (double) shared.size() / Math.min(a.size(), b.size());
    }
}
