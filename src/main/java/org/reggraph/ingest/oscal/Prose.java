package org.reggraph.ingest.oscal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A part's prose as plain text. In the model prose is blocks (paragraphs, list items) separated by a blank
 * line, keeping a parameter's place as {@code {{ insert: param, ID }}} whichever form it was read from.
 */
final class Prose {
    private static final Pattern BLOCK_BREAK = Pattern.compile("\\n[ \\t]*\\n");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
    private static final Pattern INSERT = Pattern.compile("\\{\\{\\s*insert:\\s*param,\\s*([^}\\s]+)\\s*}}");
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern MARKDOWN_EMPHASIS = Pattern.compile("(\\*{1,2})(\\S(?:[^*]*\\S)?)\\1");
    private static final Pattern MARKDOWN_ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!])");

    private Prose() {
    }

    /** The blocks of a prose, each on one line, with every parameter replaced by what {@code insert} gives. */
    static List<String> blocks(String prose, Function<String, String> insert) {
        List<String> blocks = new ArrayList<>();
        if (prose == null) {
            return blocks;
        }
        for (String block : BLOCK_BREAK.split(prose)) {
            String line = WHITE_SPACE.matcher(block).replaceAll(" ").strip();
            if (!line.isEmpty()) {
                blocks.add(INSERT.matcher(line)
                        .replaceAll(found -> Matcher.quoteReplacement(insert.apply(found.group(1)))));
            }
        }
        return blocks;
    }

    static String insertOf(String paramId) {
        return "{{ insert: param, " + paramId + " }}";
    }

    /** OSCAL's JSON writes prose as Markdown: its emphasis and links are read as their words. */
    static String fromMarkdown(String markdown) {
        if (markdown == null) {
            return "";
        }
        String text = MARKDOWN_LINK.matcher(markdown).replaceAll("$1");
        text = MARKDOWN_EMPHASIS.matcher(text).replaceAll("$2");
        return MARKDOWN_ESCAPE.matcher(text).replaceAll("$1");
    }
}
