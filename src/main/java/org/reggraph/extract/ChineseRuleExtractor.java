package org.reggraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.reggraph.model.ChineseDrafting;
import org.reggraph.model.DocumentKind;
import org.reggraph.model.Modality;
import org.reggraph.model.Rule;
import org.reggraph.model.Span;

/**
 * Rules in Chinese legal text. Chinese drafting marks force with a few fixed words: 应当 and 必须 (shall,
 * must), 不得, 不应当, 禁止 and 严禁 (shall not, is prohibited), 可以 and 有权 (may, has the right), 鼓励 and 提倡
 * (encourages). A clause ends at 。！？ or ；, since each item of a list states its own rule, or at a line
 * break. The first cue of a clause gives its modality; before the cue, the last comma-separated phrase is the
 * bearer ("提供者") and the phrases ahead of it are the condition ("涉及个人信息的"); after it comes the
 * action. A lead-in that ends in ：("提供者应当……遵守以下规定：") passes its modality and bearer to the
 * items （一）, （二）… that follow it, as in English lists.
 */
final class ChineseRuleExtractor {
    private static final Map<String, Modality> MODALITY = Map.of(
            "不应当", Modality.PROHIBITION, "不得", Modality.PROHIBITION, "禁止", Modality.PROHIBITION,
            "严禁", Modality.PROHIBITION, "应当", Modality.OBLIGATION, "必须", Modality.OBLIGATION,
            "可以", Modality.PERMISSION, "有权", Modality.PERMISSION, "鼓励", Modality.RECOMMENDATION,
            "提倡", Modality.RECOMMENDATION);
    /** The cue words, longest first, so 不应当 is read whole rather than as 应当. */
    private static final Pattern CUE = Pattern.compile(String.join("|", MODALITY.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).toList()));
    private static final Pattern LABEL = Pattern.compile("^" + ChineseDrafting.DIVISION + "[\\s\\u3000]*");
    private static final Pattern ITEM = Pattern.compile("^" + ChineseDrafting.ITEM + "[\\s\\u3000]*");
    private static final String TRIM = " \t\u3000\u00A0，、：。；！？";

    List<Rule> extract(String text, DocumentKind kind) {
        // Screens out texts with no cue at all, which is every English text, before any clause is cut.
        if (MODALITY.keySet().stream().noneMatch(text::contains)) {
            return List.of();
        }
        List<Rule> rules = new ArrayList<>();
        Rule leadIn = null;
        for (Span clause : clauses(text)) {
            String words = clause.of(text);
            Matcher item = ITEM.matcher(words);
            boolean isItem = item.find();
            Matcher cue = mainCue(words);
            Rule rule = null;
            if (cue != null) {
                rule = rule(clause, words, cue, isItem ? item.end() : opening(words), isItem ? leadIn : null, kind);
            } else if (isItem && leadIn != null) {
                rule = new Rule(leadIn.modality(), clause, leadIn.bearer(), trim(words.substring(item.end())),
                        null, leadIn.condition(), null, null, null, kind == DocumentKind.NEWS);
            }
            if (rule != null) {
                rules.add(rule);
            }
            if (rule != null && (words.endsWith("：") || words.endsWith(":"))) {
                leadIn = rule;
            } else if (!isItem) {
                leadIn = null;
            }
        }
        return rules;
    }

    /**
     * The first cue that is not inside a conditional phrase: in "规定提供服务应当取得许可的，提供者应当……" the
     * first 应当 belongs to the condition, which the particle 的 closes, and the second one is the rule's.
     */
    private static Matcher mainCue(String words) {
        Matcher cue = CUE.matcher(words);
        while (cue.find()) {
            int phraseEnd = words.indexOf('，', cue.end());
            String phrase = words.substring(cue.end(), phraseEnd < 0 ? words.length() : phraseEnd);
            if (!trim(phrase).endsWith("的")) {
                return cue;
            }
        }
        return null;
    }

    /**
     * Splits the words before the cue into phrases at commas: the last phrase names the bearer unless it ends
     * in 的, which marks a condition ("涉及个人信息的"); a bearer "提供者对使用者的输入信息" is cut before 对 ("as
     * to"), which introduces what the duty concerns. A list item without a bearer or condition of its own
     * takes its lead-in's.
     */
    private static Rule rule(Span clause, String words, Matcher cue, int from, Rule leadIn, DocumentKind kind) {
        String before = words.substring(Math.min(from, cue.start()), cue.start());
        List<String> phrases = new ArrayList<>(List.of(before.split("，", -1)));
        String bearer = trim(phrases.remove(phrases.size() - 1));
        List<String> conditions = new ArrayList<>();
        phrases.stream().map(ChineseRuleExtractor::trim).filter(phrase -> phrase.endsWith("的"))
                .forEach(conditions::add);
        if (bearer.endsWith("的")) {
            conditions.add(bearer);
            bearer = "";
        } else if (bearer.isEmpty() && leadIn == null && !phrases.isEmpty() && conditions.isEmpty()) {
            // "提供和使用生成式人工智能服务，应当……": a topic phrase and no subject; the topic says when the rule holds.
            conditions.add(trim(phrases.get(phrases.size() - 1)));
        }
        int about = bearer.indexOf('对');
        if (about > 0) {
            bearer = bearer.substring(0, about);
        }
        String condition = String.join("，", conditions);
        if (leadIn != null) {
            bearer = bearer.isEmpty() && leadIn.bearer() != null ? leadIn.bearer() : bearer;
            condition = condition.isEmpty() && leadIn.condition() != null ? leadIn.condition() : condition;
        }
        return new Rule(MODALITY.get(cue.group()), clause, blankToNull(bearer),
                blankToNull(trim(words.substring(cue.end()))), null, blankToNull(condition), null, null, null,
                kind == DocumentKind.NEWS);
    }

    /** Where a clause's own words start, after an article label such as 第七条. */
    private static int opening(String words) {
        Matcher label = LABEL.matcher(words);
        return label.find() ? label.end() : 0;
    }

    /** The clauses of the text that hold a Han ideograph, trimmed of white space. */
    private static List<Span> clauses(String text) {
        List<Span> clauses = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n' || ChineseDrafting.endsSentence(text.charAt(i))) {
                int end = i < text.length() && text.charAt(i) != '\n' ? i + 1 : i;
                Span clause = trimmed(text, start, end);
                if (clause.length() > 0 && holdsHan(clause.of(text))) {
                    clauses.add(clause);
                }
                start = i + 1;
            }
        }
        return clauses;
    }

    private static Span trimmed(String text, int start, int end) {
        while (start < end && (Character.isWhitespace(text.charAt(start)) || text.charAt(start) == '\u3000')) {
            start++;
        }
        while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == '\u3000')) {
            end--;
        }
        return new Span(start, end);
    }

    private static boolean holdsHan(String words) {
        return words.codePoints().anyMatch(point -> Character.UnicodeScript.of(point) == Character.UnicodeScript.HAN);
    }

    private static String trim(String words) {
        int start = 0;
        int end = words.length();
        while (start < end && TRIM.indexOf(words.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && TRIM.indexOf(words.charAt(end - 1)) >= 0) {
            end--;
        }
        return words.substring(start, end);
    }

    private static String blankToNull(String words) {
        return words.isEmpty() ? null : words;
    }
}
