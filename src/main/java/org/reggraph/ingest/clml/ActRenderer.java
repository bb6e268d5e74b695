package org.reggraph.ingest.clml;

import static org.reggraph.ingest.clml.ClmlElements.child;
import static org.reggraph.ingest.clml.ClmlElements.children;
import static org.reggraph.ingest.clml.ClmlElements.lines;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.reggraph.ingest.StructuredText;
import org.w3c.dom.Element;

/**
 * Writes an act as legislation.gov.uk prints it and cuts it where it is cited: its prelims (title, long title,
 * enacting formula) are one provision; each section ("1 Unauthorised access to computer material.", label
 * {@code Section 1}), subsection ({@code Section 1(1)}) and paragraph ({@code Section 1(1)(a)}) is one, and a
 * schedule's paragraphs are labelled {@code Schedule 1, paragraph 2}. Words inserted or substituted by later
 * acts read as the current text, as the site shows them; each annotation saying so ({@code F1}) is a provision
 * after the body, numbered in the order the text refers to it, as the site numbers it.
 */
final class ActRenderer {
    private static final String INDENT = StructuredText.INDENT;
    private static final Pattern LEVEL = Pattern.compile("P[2-7]");
    private static final Set<String> DIVISIONS = Set.of("Part", "Chapter", "Pblock", "PsubBlock");
    private static final Set<String> HEADING_PARTS = Set.of("Number", "Title", "TitleBlock");

    private final StructuredText text = new StructuredText();
    private final ActAnnotations annotations;
    /** The last part, chapter, cross-heading or schedule heading written: what an untitled paragraph is under. */
    private String divisionHeading = "";

    /** What a numbered provision of the body is called: "Section" in an act, "Regulation" in regulations ... */
    private final String provisionWord;

    private ActRenderer(Element legislation, Element act) {
        annotations = new ActAnnotations(legislation);
        provisionWord = provisionWord(act);
    }

    static StructuredText render(Element legislation) {
        Element act = child(legislation, "Primary").or(() -> child(legislation, "Secondary")).orElse(legislation);
        ActRenderer renderer = new ActRenderer(legislation, act);
        for (Element part : children(act)) {
            if (part.getLocalName().endsWith("Prelims")) {
                renderer.prelims(part);
            } else {
                renderer.structure(part, "");
            }
        }
        child(legislation, "Commentaries").ifPresent(notes -> renderer.annotations.write(notes, renderer.text));
        return renderer.text;
    }

    /** The title, number, long title, date and enacting formula, as one provision headed by the title. */
    private void prelims(Element prelims) {
        int start = text.position();
        String title = child(prelims, "Title").map(ClmlElements::words).orElse("");
        for (Element field : children(prelims)) {
            if (field.getLocalName().equals("Title")) {
                text.line(title);
            } else {
                lines(field).forEach(text::line);
            }
        }
        if (text.position() > start) {
            text.provision("", title, start);
            text.blankLine();
        }
    }

    /** Divisions (parts, chapters, cross-headings, schedules) head what they hold; sections are provisions. */
    private void structure(Element element, String schedule) {
        String name = element.getLocalName();
        if (name.equals("Commentaries")) {
            return;
        }
        if (name.equals("P1")) {
            section(element, "", schedule);
            return;
        }
        String scheduleHere = schedule;
        if (name.equals("Schedule")) {
            scheduleHere = child(element, "Number").map(ClmlElements::words).map(ActRenderer::titleCase).orElse("Schedule");
        }
        if (DIVISIONS.contains(name) || name.equals("Schedule")) {
            String heading = String.join(" ", headingParts(element)).strip();
            if (!heading.isEmpty()) {
                text.line(heading);
                text.blankLine();
                divisionHeading = heading;
            }
        }
        String sectionTitle = name.equals("P1group") ? child(element, "Title").map(ClmlElements::words).orElse("") : "";
        for (Element child : children(element)) {
            if (HEADING_PARTS.contains(child.getLocalName())) {
                continue;
            }
            if (child.getLocalName().equals("P1")) {
                section(child, sectionTitle, scheduleHere);
            } else {
                structure(child, scheduleHere);
            }
        }
    }

    /**
     * A section, or a schedule's paragraph: under a title, the number and title head it ("1 Security of model
     * weights."); without one (most schedule paragraphs) the number leads its first line and the division's
     * heading heads it.
     */
    private void section(Element section, String title, String schedule) {
        String number = child(section, "Pnumber").map(ClmlElements::words).orElse("");
        String label = schedule.isEmpty() ? provisionWord + " " + number : schedule + ", paragraph " + number;
        int start = text.position();
        if (title.isEmpty()) {
            body(section, label, divisionHeading, 0, start, number + " ");
        } else {
            String heading = number + " " + title;
            text.line(heading);
            body(section, label, heading, 0, start, "");
        }
        text.blankLine();
    }

    /**
     * A numbered level's words and the levels under it: its own lines are one provision (begun at
     * {@code start}, the first led by {@code mark}), each lower level another, and words after a lower level
     * ("closing words") one more.
     */
    private void body(Element level, String label, String heading, int depth, int start, String mark) {
        boolean writing = true;
        int from = start;
        String lead = mark;
        for (Element para : children(level)) {
            if (para.getLocalName().equals("Pnumber")) {
                continue;
            }
            for (Element block : para.getLocalName().matches("P\\dpara") ? children(para) : List.of(para)) {
                if (LEVEL.matcher(block.getLocalName()).matches()) {
                    if (!lead.isEmpty()) {
                        text.line(INDENT.repeat(depth) + lead.strip());
                        lead = "";
                    }
                    if (writing) {
                        text.provision(label, heading, from);
                        writing = false;
                    }
                    String subMark = "(" + child(block, "Pnumber").map(ClmlElements::words).orElse("") + ")";
                    body(block, label + subMark, heading, depth + 1, text.position() + INDENT.length() * (depth + 1),
                            subMark + " ");
                } else {
                    if (!writing) {
                        from = text.position() + INDENT.length() * depth;
                        writing = true;
                    }
                    for (String line : lines(block)) {
                        text.line(INDENT.repeat(depth) + lead + line);
                        lead = "";
                    }
                }
            }
        }
        if (!lead.isEmpty()) {
            text.line(INDENT.repeat(depth) + lead.strip());
        }
        if (writing && text.position() > from) {
            text.provision(label, heading, from);
        }
    }

    /**
     * An act has sections; a statutory instrument names its provisions by what it is: regulations have
     * regulations, rules rules, and an order (or anything else) articles.
     */
    private static String provisionWord(Element act) {
        if (!act.getLocalName().equals("Secondary")) {
            return "Section";
        }
        String title = children(act).stream().filter(part -> part.getLocalName().endsWith("Prelims")).findFirst()
                .flatMap(prelims -> child(prelims, "Title")).map(ClmlElements::words).orElse("");
        return title.contains("Regulations") ? "Regulation" : title.contains("Rules") ? "Rule" : "Article";
    }

    private static List<String> headingParts(Element division) {
        List<String> parts = new ArrayList<>();
        child(division, "Number").map(ClmlElements::words).ifPresent(parts::add);
        child(division, "Title").or(() -> child(division, "TitleBlock").flatMap(block -> child(block, "Title")))
                .map(ClmlElements::words).ifPresent(parts::add);
        return parts;
    }

    /** "SCHEDULE 1" is cited "Schedule 1". */
    private static String titleCase(String number) {
        return number.isEmpty() ? number : number.charAt(0) + number.substring(1).toLowerCase(java.util.Locale.ROOT);
    }

}
