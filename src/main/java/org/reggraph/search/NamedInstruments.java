package org.reggraph.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reggraph.extract.Extractor;
import org.reggraph.graph.EntityReader;
import org.reggraph.model.Citation;

/**
 * The stored documents a question names as the instrument it asks about: "what fines can be imposed under
 * the GDPR?" names Regulation (EU) 2016/679, and when the store holds it, its provisions are the answer the
 * analyst means, though many other documents speak of fines and cite the GDPR. An instrument is named by
 * its preferred label or an alias from the graph's entities (acronyms as written, longer names in any
 * case), or cited as a document would cite it ("NSPM-11", "EO 14110", "OMB M-22-09": the extractor's
 * citations, resolved to the key an act or guidance in the store took as its identifier); it leads to the
 * documents that took its key. A citation of a part ("Article 5 of the GDPR") does not count: its words are
 * what is asked. The name itself is then no part of what is asked: within the Computer Misuse Act every
 * provision that cites the Act's name would otherwise outrank those that create the offences asked about.
 * Rebuilt when the graph has changed since it was made.
 */
public final class NamedInstruments implements Function<String, NamedInstruments.Found> {
    /** Line breaks and runs of spaces, as a question pasted from a document carries them inside a name. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\h]{2,}|[\\s\\h&&[^ ]]");

    private final EntityReader entities;
    private Catalogue catalogue = new Catalogue(List.of(), Map.of());
    private long builtAt = -1;

    /** One name of an instrument, with the keys of the documents that are that instrument. */
    private record Name(Pattern pattern, String folded, List<String> documentKeys) {
    }

    /** The instruments' names, and the stored acts and guidance by the identifier keys they took. */
    private record Catalogue(List<Name> names, Map<String, List<String>> actsByIdentifier) {
    }

    /**
     * The extractor that reads a question's citations, made on the first question that may have one rather
     * than when the store opens (its patterns take a tenth of a second to build); stateless, so shared.
     */
    private static final class Citations {
        static final Extractor EXTRACTOR = new Extractor();
    }

    /**
     * What a question names: the keys of the stored documents that are the instruments it names (empty when
     * it names none), and the question with those names blanked out, which is what it asks about them.
     */
    public record Found(Set<String> documentKeys, String subject) {
        public static Found nothingIn(String question) {
            return new Found(Set.of(), question);
        }
    }

    public NamedInstruments(EntityReader entities) {
        this.entities = entities;
    }

    @Override
    public Found apply(String asked) {
        String question = singleSpaced(asked);
        String folded = question.toLowerCase(Locale.ROOT);
        Catalogue known = current();
        Set<String> keys = new LinkedHashSet<>();
        StringBuilder subject = new StringBuilder(question);
        for (Name name : known.names()) {
            // Most names are ruled out by a plain search before their pattern runs.
            if (!folded.contains(name.folded)) {
                continue;
            }
            Matcher matcher = name.pattern.matcher(question);
            while (matcher.find()) {
                keys.addAll(name.documentKeys);
                blank(subject, matcher.start(), matcher.end());
            }
        }
        if (!known.actsByIdentifier().isEmpty()) {
            for (Citation cited : Citations.EXTRACTOR.citations(question)) {
                List<String> documents = cited.pinpoint() == null ? known.actsByIdentifier().get(cited.targetKey()) : null;
                if (documents != null) {
                    keys.addAll(documents);
                    blank(subject, cited.span().start(), cited.span().end());
                }
            }
        }
        return keys.isEmpty() ? Found.nothingIn(asked) : new Found(keys, subject.toString());
    }

    private static void blank(StringBuilder text, int start, int end) {
        for (int i = start; i < end; i++) {
            text.setCharAt(i, ' ');
        }
    }

    /** The text with each run of spaces, line breaks or no-break spaces as one space, as names are written. */
    static String singleSpaced(String text) {
        return SPACES.matcher(text).replaceAll(" ");
    }

    private synchronized Catalogue current() {
        long generation = entities.generation();
        if (generation != builtAt) {
            List<Name> built = new ArrayList<>();
            for (EntityReader.StoredInstrument instrument : entities.storedInstruments()) {
                for (String name : instrument.names()) {
                    built.add(new Name(patternOf(name), name.toLowerCase(Locale.ROOT), instrument.documentKeys()));
                }
            }
            catalogue = new Catalogue(List.copyOf(built), entities.storedActsByIdentifier());
            builtAt = generation;
        }
        return catalogue;
    }

    /** The name as a whole word or phrase; an acronym ("GDPR", "NIS2") only in capitals, as it is written. */
    private static Pattern patternOf(String name) {
        String bounded = "(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])";
        return Pattern.compile(bounded, AliasExpander.isAcronym(name) ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
