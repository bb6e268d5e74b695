package org.reggraph.graph;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
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
 * whose title shares most of its distinctive words with the news title, else the only act of the form the
 * news first speaks of (an executive order, a rule, a memorandum, told by the act's identifier), else the
 * only act of those days when the news speaks of an act at all ("signed"). A rule is published in the
 * Federal Register some days after it is announced, so news may come up to {@link #PUBLICATION_LAG} days
 * before it. Runs in the write transaction of whichever side arrives second, so the link is made whatever
 * the order of ingest.
 */
public final class ReportLinker {
    static final double TITLE_OVERLAP = 0.4;
    /** Words in nearly every White House title: they say nothing about which act a title names. */
    private static final Set<String> GENERIC = Set.of("the", "and", "for", "of", "to", "in", "on", "a", "an", "by",
            "with", "fact", "sheet", "presi", "donal", "trump", "biden", "joe", "white", "house", "execu", "order",
            "ai", "ameri", "natio", "unite", "state", "feder", "illus", "sampl", "news", "repor");
    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}]+");
    private static final Pattern SPEAKS_OF_AN_ACT = Pattern.compile(
            "\\b(executive order|memorandum|(?:interim final|final|proposed) rule|directive|signed)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final int DAYS_APART = 1;
    static final int PUBLICATION_LAG = 5;
    private static final int OPENING = 5_000;

    /** The forms of act news names, each known by the words news uses and by the act's identifier. */
    enum ActForm {
        ORDER("executive order", "^Executive Order\\b"),
        RULE("(?:interim final|final|proposed) rule", "^FR Doc\\."),
        MEMORANDUM("memorandum", "^(?:NSM|NSPM|OMB M)-?\\d");

        private final Pattern spokenAs;
        private final Pattern identifiedAs;

        ActForm(String spokenAs, String identifiedAs) {
            this.spokenAs = Pattern.compile(spokenAs, Pattern.CASE_INSENSITIVE);
            this.identifiedAs = Pattern.compile(identifiedAs);
        }

        static Optional<ActForm> spokenAs(String words) {
            return Arrays.stream(values()).filter(form -> form.spokenAs.matcher(words).matches()).findFirst();
        }

        static Optional<ActForm> identifiedBy(String identifier) {
            return Arrays.stream(values()).filter(form -> form.identifiedAs.matcher(identifier).find()).findFirst();
        }
    }

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
            return linkNews(dataset, new Candidate(iris.document(source.key()), source.title(), "", date),
                    source.text(), candidates);
        }
        int added = 0;
        for (Candidate news : candidates) {
            added += linkNews(dataset, news, newsText(dataset, news.iri), candidates(dataset, news.date, true));
        }
        return added;
    }

    private int linkNews(Dataset dataset, Candidate news, String newsText, List<Candidate> acts) {
        List<Candidate> reachable = acts.stream().filter(act -> reaches(news.date, act)).toList();
        if (reachable.isEmpty()) {
            return 0;
        }
        Set<String> newsWords = words(news.title);
        Candidate best = null;
        double bestOverlap = 0;
        for (Candidate act : reachable) {
            double overlap = overlap(newsWords, words(act.title));
            if (overlap > bestOverlap) {
                best = act;
                bestOverlap = overlap;
            }
        }
        Candidate chosen = bestOverlap >= TITLE_OVERLAP ? best : soleActSpokenOf(newsText, news.date, reachable);
        if (chosen == null) {
            return 0;
        }
        Model graph = dataset.getNamedModel(news.iri);
        var link = graph.createStatement(ResourceFactory.createResource(news.iri), Vocab.reportsOn,
                ResourceFactory.createResource(chosen.iri));
        if (graph.contains(link)) {
            return 0;
        }
        graph.add(link);
        return 1;
    }

    /**
     * The one act the news speaks of ("an Interim Final Rule"): of that form, or of a form its identifier does
     * not tell, but never an act of another form (the order of the same days); an act of the very form comes
     * first. When the news names no form ("signed"), the one act of its days.
     */
    private static Candidate soleActSpokenOf(String newsText, LocalDate newsDate, List<Candidate> reachable) {
        if (newsText == null) {
            return null;
        }
        Matcher spoken = SPEAKS_OF_AN_ACT.matcher(newsText).region(0, Math.min(newsText.length(), OPENING));
        if (!spoken.find()) {
            return null;
        }
        Optional<ActForm> form = ActForm.spokenAs(spoken.group(1));
        if (form.isEmpty()) {
            List<Candidate> ofItsDays = reachable.stream()
                    .filter(act -> Math.abs(ChronoUnit.DAYS.between(newsDate, act.date)) <= DAYS_APART).toList();
            return ofItsDays.size() == 1 ? ofItsDays.get(0) : null;
        }
        List<Candidate> ofForm = reachable.stream().filter(act -> act.form().equals(form)).toList();
        List<Candidate> possible = reachable.stream().filter(act -> act.form().isEmpty() || act.form().equals(form))
                .toList();
        return ofForm.size() == 1 ? ofForm.get(0) : possible.size() == 1 ? possible.get(0) : null;
    }

    /** Whether news of {@code newsDate} can report {@code act}: within a day, or a rule published after it. */
    private static boolean reaches(LocalDate newsDate, Candidate act) {
        long days = ChronoUnit.DAYS.between(newsDate, act.date);
        return Math.abs(days) <= DAYS_APART || act.form().equals(Optional.of(ActForm.RULE)) && days >= 0
                && days <= PUBLICATION_LAG;
    }

    private record Candidate(String iri, String title, String identifier, LocalDate date) {
        Optional<ActForm> form() {
            return ActForm.identifiedBy(identifier);
        }
    }

    /**
     * Acts (directives, guidance) near a news date, or news near an act's date, as far as a rule's
     * publication lags: {@link #reaches} says which of them one can report.
     */
    private List<Candidate> candidates(Dataset dataset, LocalDate date, boolean wantActs) {
        String kinds = wantActs ? "rg:kind-directive rg:kind-guidance" : "rg:kind-news";
        return Queries.select(dataset, """
                SELECT ?doc ?title ?identifier ?date WHERE {
                  VALUES ?kind { %s }
                  ?doc a rg:Document ; rg:kind ?kind ; dcterms:title ?title ; dcterms:identifier ?identifier ;
                       dcterms:date ?date .
                  FILTER (?date >= "%s"^^xsd:date && ?date <= "%s"^^xsd:date)
                }
                """.formatted(kinds, date.minusDays(PUBLICATION_LAG), date.plusDays(PUBLICATION_LAG)), Map.of(),
                row -> new Candidate(Queries.string(row, "doc"), Queries.string(row, "title"),
                        Queries.string(row, "identifier"), LocalDate.parse(Queries.string(row, "date"))));
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
