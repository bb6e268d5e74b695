package org.reggraph.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The queries the search benchmark times, written for the shared corpus (export controls, AI acts and
 * orders, NIST guidance, GDPR, NIS2, the Computer Misuse Act): what an analyst types into the search box.
 * Keyword queries use Lucene syntax (wildcards, phrases, boolean operators, a field, fuzzy) or are one or
 * two words, so the API reads them as queries; questions are plain English of three words or more, which
 * the API answers through the question path.
 */
final class AnalystQueries {
    static final List<String> KEYWORDS = List.of(
            "licen*",
            "\"model weights\"",
            "export AND China",
            "export AND control*",
            "\"critical infrastructure\"",
            "incident AND report*",
            "\"high-risk AI system\"",
            "cybersecurity",
            "encryption",
            "\"personal data\" AND transfer*",
            "\"supply chain\"",
            "semiconductor*",
            "4E091",
            "ECCN",
            "\"foundation model\" OR \"frontier model\"",
            "watermark*",
            "\"red teaming\"",
            "\"zero trust\"",
            "penalt* AND fine*",
            "\"data protection impact assessment\"",
            "\"covered frontier model\"",
            "\"chief AI officer\"",
            "deepfake OR \"deep fake\"",
            "audit~1",
            "\"risk management\" AND govern*",
            "\"dual-use foundation model\"",
            "\"unauthorised access\"",
            "documentTitle:misuse AND access",
            "BIS",
            "\"advanced computing\" AND PRC",
            "notif* AND \"72 hours\"",
            "\"AI RMF\"",
            "\"generative AI\" AND label*",
            "biometric AND identification",
            "\"training data\" AND copyright");

    static final List<String> QUESTIONS = List.of(
            "What must a provider of a high-risk AI system do before placing it on the market?",
            "Which export licence is required to transfer model weights abroad?",
            "When must a significant cyber incident be reported to CISA?",
            "who can be fined for infringing the data protection rules",
            "what are the obligations of providers of general-purpose AI models",
            "how should agencies appoint a chief AI officer",
            "rules on exporting advanced computing chips to China",
            "what does the executive order say about red teaming of dual-use foundation models",
            "how long can personal data be kept",
            "penalties for unauthorised access to computer material",
            "requirements for essential and important entities under NIS2",
            "what must frontier developers publish about their safety framework",
            "zero trust architecture deadlines for federal agencies",
            "how to manage risks of generative AI hallucinations",
            "which countries are subject to the AI diffusion rule");

    private AnalystQueries() {
    }

    /** Every query, keywords first. */
    static List<String> all() {
        List<String> all = new ArrayList<>(KEYWORDS);
        all.addAll(QUESTIONS);
        return List.copyOf(all);
    }

    static boolean isQuestion(String query) {
        return QUESTIONS.contains(query);
    }
}
