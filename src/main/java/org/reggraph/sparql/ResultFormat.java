package org.reggraph.sparql;

import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;

/** The formats of SELECT and ASK answers; the first is the default. */
public enum ResultFormat implements MediaFormat {
    JSON(ResultSetLang.RS_JSON, List.of("json", "srj")),
    XML(ResultSetLang.RS_XML, List.of("xml", "srx")),
    CSV(ResultSetLang.RS_CSV, List.of("csv")),
    TSV(ResultSetLang.RS_TSV, List.of("tsv"));

    private final Lang lang;
    private final List<String> names;

    ResultFormat(Lang lang, List<String> names) {
        this.lang = lang;
        this.names = names;
    }

    public Lang lang() {
        return lang;
    }

    @Override
    public String mediaType() {
        return lang.getHeaderString();
    }

    @Override
    public List<String> names() {
        return names;
    }

}
