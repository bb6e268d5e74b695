package org.reggraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.reggraph.model.CanonicalId;
import org.reggraph.model.EntityMention;
import org.reggraph.model.EntityType;
import org.reggraph.model.Span;

/**
 * Finds entity mentions: names from the {@link EntityCatalog}, and acronyms a document defines itself with
 * "Full Name (ACRONYM)". A defined acronym that names a known entity joins it; an unknown one becomes an
 * entity keyed by its acronym's slug, and its later bare uses in the same document are mentions of it too.
 */
final class EntityExtractor {
    private static final Pattern ACRONYM_DEFINITION = Pattern.compile(
            "((?:[A-Z][\\w'’&.-]*[\\s\\u00A0]+(?:(?:of|and|for|the|on|in|to|&)[\\s\\u00A0]+)*){1,9}[A-Z][\\w'’-]*)"
                    + "[\\s\\u00A0]+\\((?:the[\\s\\u00A0]+)?[\"“]?([A-Z][A-Za-z0-9&-]{1,9})[\"”]?\\)");
    private static final Pattern ORGANIZATION_HEAD = Pattern.compile(
            "\\b(?:Office|Agency|Department|Bureau|Council|Commission|Institute|Administration|Board|Authority|Service|"
                    + "Committee|Center|Centre|Foundation|Corporation|Organization|Organisation|Parliament|Ministry|Group)\\b");
    private static final Pattern INSTRUMENT_HEAD = Pattern.compile(
            "\\b(?:Act|Regulation|Regulations|Directive|Order|Framework|Memorandum|Rule|Plan|Strategy|Standard|Profile|Guidance)\\b");

    private final EntityCatalog catalog;

    EntityExtractor(EntityCatalog catalog) {
        this.catalog = catalog;
    }

    List<EntityMention> extract(String text) {
        List<EntityMention> mentions = new ArrayList<>();
        for (EntityMatcher.Match match : EntityMatcher.forCatalog(catalog).find(text)) {
            mentions.add(mention(match.entity(), match.start(), match.end()));
        }
        Map<String, KnownEntity> defined = new LinkedHashMap<>();
        Matcher definition = ACRONYM_DEFINITION.matcher(text);
        while (definition.find()) {
            String fullName = trimLeadingArticle(definition.group(1));
            String acronym = definition.group(2);
            if (!looksLikeAcronymOf(acronym, fullName)) {
                continue;
            }
            String label = asLabel(fullName);
            KnownEntity entity = catalog.byName(label).or(() -> catalog.byName(acronym))
                    .orElseGet(() -> new KnownEntity(CanonicalId.slug(acronym), typeOf(label), label, List.of(acronym)));
            int nameStart = definition.start(1) + (definition.group(1).length() - fullName.length());
            mentions.add(mention(entity, nameStart, definition.end()));
            if (catalog.byKey(entity.key()).isEmpty() || catalog.byName(acronym).isEmpty()) {
                defined.putIfAbsent(acronym, new KnownEntity(entity.key(), entity.type(), entity.preferredLabel(), List.of(acronym)));
            }
        }
        if (!defined.isEmpty()) {
            for (EntityMatcher.Match match : EntityMatcher.of(List.copyOf(defined.values())).find(text)) {
                KnownEntity entity = catalog.byKey(match.entity().key()).orElse(match.entity());
                mentions.add(mention(entity, match.start(), match.end()));
            }
        }
        return withoutOverlaps(mentions);
    }

    private static String trimLeadingArticle(String name) {
        return name.replaceFirst("^(?:The|A|An|Its|This)[\\s\\u00A0]+", "").trim();
    }

    /**
     * A name as a label, on one line: a page's line breaks and indentation inside it are one space, and a
     * compound broken after its hyphen ("Validated End-\nUser") is whole again.
     */
    static String asLabel(String name) {
        return name.replaceAll("-\\s*\\n\\s*", "-").replaceAll("\\s+", " ");
    }

    /** "National Institute of Standards and Technology" / "NIST": the acronym's letters start words of the name. */
    static boolean looksLikeAcronymOf(String acronym, String fullName) {
        String letters = acronym.replaceAll("[^A-Za-z]", "").toUpperCase(Locale.ROOT);
        if (letters.length() < 2 || acronym.chars().filter(Character::isUpperCase).count() < 2) {
            return false;
        }
        String[] words = fullName.split("[\\s\\u00A0-]+");
        if (words.length < 2 || Character.toUpperCase(words[0].charAt(0)) != letters.charAt(0)) {
            return false;
        }
        int matched = 0;
        for (String word : words) {
            if (matched < letters.length() && !word.isEmpty() && Character.toUpperCase(word.charAt(0)) == letters.charAt(matched)) {
                matched++;
            }
        }
        return matched >= Math.min(letters.length(), 2) && matched * 2 >= letters.length();
    }

    private static EntityType typeOf(String fullName) {
        if (ORGANIZATION_HEAD.matcher(fullName).find()) {
            return EntityType.ORGANIZATION;
        }
        return INSTRUMENT_HEAD.matcher(fullName).find() ? EntityType.INSTRUMENT : EntityType.CONCEPT;
    }

    private static EntityMention mention(KnownEntity entity, int start, int end) {
        return new EntityMention(entity.key(), entity.type(), entity.preferredLabel(), entity.aliases(), new Span(start, end));
    }

    private static List<EntityMention> withoutOverlaps(List<EntityMention> mentions) {
        mentions.sort(Comparator.comparingInt((EntityMention m) -> m.span().start())
                .thenComparing(Comparator.comparingInt((EntityMention m) -> m.span().length()).reversed()));
        List<EntityMention> kept = new ArrayList<>();
        int coveredUntil = -1;
        for (EntityMention mention : mentions) {
            if (mention.span().start() >= coveredUntil) {
                kept.add(mention);
                coveredUntil = mention.span().end();
            }
        }
        return kept;
    }
}
