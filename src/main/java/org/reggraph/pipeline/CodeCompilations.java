package org.reggraph.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reggraph.model.CanonicalId;
import org.reggraph.model.DocumentKind;
import org.reggraph.model.Provision;
import org.reggraph.model.SourceDocument;

/**
 * A compilation of the Code of Federal Regulations, as the eCFR gives a chapter of a title, holds the text of
 * every part and section it prints: a rule that amends "§ 748.15" or "part 740" amends what this document
 * holds, and citations of them resolve to it. The title is read where a download names it, at the head of its
 * file name ("eCFR_15CFR_...", "title-15-..."); the parts and sections are the ones its provisions are
 * labelled with ("§ 748.15(a)" is in § 748.15, "PART 745" is part 745), each beginning at the first provision
 * labelled in it, where a citation of it lands. A document that declared an identity of its own (a Federal
 * Register rule amending the same sections, an order) only cites them, and so does guidance.
 */
final class CodeCompilations {
    /** As far into the file name as a download's title may start ("eCFR_15CFR_ChapterVII..."). */
    private static final int TITLE_WITHIN = 12;
    private static final Pattern TITLE = Pattern.compile(
            "(?<![A-Za-z0-9])(?:(\\d{1,2})[\\s_-]*CFR|title[\\s_-]*(\\d{1,2}))(?![0-9])", Pattern.CASE_INSENSITIVE);
    private static final Pattern SECTION = Pattern.compile("^§\\s*(\\d{1,4}\\.\\d{1,4}[a-z]?)");
    private static final Pattern PART = Pattern.compile("^(?:PART|Part)\\s+(\\d{1,4})$");

    SourceDocument identify(SourceDocument source) {
        // A document that declared no identity is identified by its file name.
        if (source.kind() != DocumentKind.DIRECTIVE || !source.identifier().equals(source.fileName())) {
            return source;
        }
        Matcher title = TITLE.matcher(source.fileName());
        if (!title.find() || title.start() > TITLE_WITHIN) {
            return source;
        }
        int titleNumber = Integer.parseInt(title.group(1) != null ? title.group(1) : title.group(2));
        Map<String, String> held = new LinkedHashMap<>();
        for (Provision provision : source.provisions()) {
            Matcher section = SECTION.matcher(provision.label());
            Matcher part = PART.matcher(provision.label());
            if (section.find()) {
                held.putIfAbsent(CanonicalId.cfr(titleNumber, section.group(1)), provision.label());
            } else if (part.matches()) {
                held.putIfAbsent(CanonicalId.cfr(titleNumber, part.group(1)), provision.label());
            }
        }
        return held.isEmpty() ? source : source.holding(held);
    }
}
