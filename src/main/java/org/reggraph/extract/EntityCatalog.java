package org.reggraph.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.reggraph.model.EntityType;

/**
 * The entities RegGraph knows by name across documents: agencies, jurisdictions, instruments, technologies
 * and concepts of AI and export-control regulation. An office holder ("the Secretary of Commerce") is an
 * alias of the department it heads, so the department's page gathers the duties its head bears. Instrument
 * keys are the {@link org.reggraph.model.CanonicalId} keys documents take, so a mention of "the AI RMF" and
 * the stored framework meet. Immutable; safe to share.
 */
public final class EntityCatalog {
    /** key | type | preferred label | aliases separated by ";". */
    private static final String TABLE = """
            bis|ORGANIZATION|Bureau of Industry and Security|BIS;Commerce's Bureau of Industry and Security;Under Secretary of Commerce for Industry and Security;Under Secretary for Industry and Security
            department-of-commerce|ORGANIZATION|Department of Commerce|U.S. Department of Commerce;Commerce Department;Secretary of Commerce;Commerce Secretary;Department of Commerce's
            nist|ORGANIZATION|National Institute of Standards and Technology|NIST;Director of NIST;Director of the National Institute of Standards and Technology
            us-aisi|ORGANIZATION|U.S. AI Safety Institute|AI Safety Institute;US AI Safety Institute;United States AI Safety Institute;AISI;Center for AI Standards and Innovation;CAISI
            omb|ORGANIZATION|Office of Management and Budget|OMB;Director of OMB;Director of the Office of Management and Budget;OMB Director
            cisa|ORGANIZATION|Cybersecurity and Infrastructure Security Agency|CISA;Director of CISA;Director of the Cybersecurity and Infrastructure Security Agency
            dhs|ORGANIZATION|Department of Homeland Security|DHS;Secretary of Homeland Security;Homeland Security Secretary;U.S. Department of Homeland Security
            dod|ORGANIZATION|Department of Defense|DoD;DOD;Secretary of Defense;Department of War;Secretary of War;DoW;Pentagon;Defense Department
            department-of-state|ORGANIZATION|Department of State|State Department;Secretary of State;U.S. Department of State
            doe|ORGANIZATION|Department of Energy|DOE;Secretary of Energy;Energy Department
            doj|ORGANIZATION|Department of Justice|DOJ;Attorney General;Justice Department
            treasury|ORGANIZATION|Department of the Treasury|Treasury;Secretary of the Treasury;Treasury Department
            hhs|ORGANIZATION|Department of Health and Human Services|HHS;Secretary of Health and Human Services
            department-of-labor|ORGANIZATION|Department of Labor|Secretary of Labor;DOL
            department-of-education|ORGANIZATION|Department of Education|Secretary of Education
            ostp|ORGANIZATION|Office of Science and Technology Policy|OSTP;Director of OSTP;Director of the Office of Science and Technology Policy
            nsc|ORGANIZATION|National Security Council|NSC;Assistant to the President for National Security Affairs;National Security Advisor
            odni|ORGANIZATION|Office of the Director of National Intelligence|ODNI;Director of National Intelligence;DNI
            nsa|ORGANIZATION|National Security Agency|NSA
            ftc|ORGANIZATION|Federal Trade Commission|FTC
            fcc|ORGANIZATION|Federal Communications Commission|FCC
            gsa|ORGANIZATION|General Services Administration|GSA;Administrator of General Services
            opm|ORGANIZATION|Office of Personnel Management|OPM;Director of OPM
            nsf|ORGANIZATION|National Science Foundation|NSF;Director of the National Science Foundation
            fedramp|ORGANIZATION|FedRAMP|Federal Risk and Authorization Management Program
            us-president|ORGANIZATION|President of the United States|President;the President
            us-vice-president|ORGANIZATION|Vice President of the United States|Vice President
            congress|ORGANIZATION|United States Congress|Congress;U.S. Congress
            chief-ai-officer|ORGANIZATION|Chief AI Officer|Chief AI Officers;Chief Artificial Intelligence Officer;Chief Artificial Intelligence Officers;CAIO;CAIOs
            federal-agencies|ORGANIZATION|Federal agencies|executive departments and agencies;Federal agencies;federal agencies;heads of agencies;heads of executive departments and agencies;agency heads
            european-commission|ORGANIZATION|European Commission|Commission
            ai-office|ORGANIZATION|AI Office|European AI Office
            european-ai-board|ORGANIZATION|European Artificial Intelligence Board|AI Board
            edpb|ORGANIZATION|European Data Protection Board|EDPB
            european-parliament|ORGANIZATION|European Parliament
            council-of-the-eu|ORGANIZATION|Council of the European Union
            enisa|ORGANIZATION|European Union Agency for Cybersecurity|ENISA
            cac|ORGANIZATION|Cyberspace Administration of China|CAC;国家网信部门;国家互联网信息办公室;网信部门;中央网络安全和信息化委员会办公室
            ndrc|ORGANIZATION|National Development and Reform Commission|NDRC;国家发展改革委;国家发展和改革委员会
            china-moe|ORGANIZATION|Ministry of Education of the People's Republic of China|教育部
            china-most|ORGANIZATION|Ministry of Science and Technology of the People's Republic of China|科技部;科学技术部
            miit|ORGANIZATION|Ministry of Industry and Information Technology|MIIT;工业和信息化部;工信部
            china-mps|ORGANIZATION|Ministry of Public Security of the People's Republic of China|公安部
            nrta|ORGANIZATION|National Radio and Television Administration|NRTA;国家广播电视总局
            nppa|ORGANIZATION|National Press and Publication Administration|国家新闻出版署
            genai-service-provider|CONCEPT|generative AI service provider (China)|生成式人工智能服务提供者;提供者
            dsit|ORGANIZATION|Department for Science, Innovation and Technology|DSIT
            united-states|JURISDICTION|United States|U.S.;US;USA;United States of America;America;U.S.A.
            eu|JURISDICTION|European Union|EU;E.U.
            eu-member-states|JURISDICTION|EU Member States|Member States;Member State
            china|JURISDICTION|People's Republic of China|PRC;China;People’s Republic of China
            macau|JURISDICTION|Macau|Macao
            uk|JURISDICTION|United Kingdom|UK;U.K.;Great Britain;Britain
            california|JURISDICTION|California|State of California
            russia|JURISDICTION|Russia|Russian Federation
            iran|JURISDICTION|Iran
            north-korea|JURISDICTION|North Korea|Democratic People's Republic of Korea;DPRK
            ear|INSTRUMENT|Export Administration Regulations|EAR
            ecra|INSTRUMENT|Export Control Reform Act of 2018|ECRA;Export Control Reform Act
            ieepa|INSTRUMENT|International Emergency Economic Powers Act|IEEPA
            defense-production-act|INSTRUMENT|Defense Production Act
            eu-regulation-2024-1689|INSTRUMENT|Artificial Intelligence Act|AI Act;EU AI Act;Regulation (EU) 2024/1689
            eu-regulation-2016-679|INSTRUMENT|General Data Protection Regulation|GDPR;Regulation (EU) 2016/679
            eu-directive-2022-2555|INSTRUMENT|NIS 2 Directive|NIS2;NIS 2;NIS2 Directive;Directive (EU) 2022/2555
            nist-ai-100-1|INSTRUMENT|AI Risk Management Framework|AI RMF;NIST AI RMF;AI RMF 1.0;NIST AI 100-1;Artificial Intelligence Risk Management Framework
            nist-ai-600-1|INSTRUMENT|Generative AI Profile|NIST AI 600-1;Generative Artificial Intelligence Profile
            nist-cswp-29|INSTRUMENT|Cybersecurity Framework 2.0|CSF 2.0;NIST CSF;NIST CSF 2.0;NIST Cybersecurity Framework;NIST Cybersecurity Framework 2.0;Cybersecurity Framework;CSF
            nist-cswp-10|INSTRUMENT|NIST Privacy Framework|Privacy Framework
            nist-sp-800-218|INSTRUMENT|Secure Software Development Framework|SSDF;SP 800-218
            nist-sp-800-53|INSTRUMENT|Security and Privacy Controls for Information Systems and Organizations|SP 800-53
            computer-misuse-act-1990|INSTRUMENT|Computer Misuse Act 1990|Computer Misuse Act
            circia|INSTRUMENT|Cyber Incident Reporting for Critical Infrastructure Act of 2022|CIRCIA
            fisma|INSTRUMENT|Federal Information Security Modernization Act|FISMA
            ai-action-plan|INSTRUMENT|America's AI Action Plan|AI Action Plan;America’s AI Action Plan
            california-sb-53|INSTRUMENT|Transparency in Frontier Artificial Intelligence Act|SB 53;SB-53;Senate Bill No. 53;Senate Bill 53
            ai-model-weights|TECHNOLOGY|AI model weights|model weights;model weight;AI model weight;weights of AI models
            advanced-computing-ics|TECHNOLOGY|advanced computing integrated circuits|advanced computing ICs;advanced ICs;advanced computing chips;advanced chips;advanced AI chips;advanced integrated circuits;advanced semiconductors
            dual-use-foundation-model|TECHNOLOGY|dual-use foundation model|dual-use foundation models
            frontier-ai-model|TECHNOLOGY|frontier AI model|frontier AI models;frontier model;frontier models;covered frontier model;covered frontier models;frontier AI
            generative-ai|TECHNOLOGY|generative AI|generative artificial intelligence;GenAI;GAI
            large-language-model|TECHNOLOGY|large language model|large language models;LLM;LLMs
            artificial-intelligence|TECHNOLOGY|artificial intelligence
            ai-system|TECHNOLOGY|AI system|AI systems
            high-risk-ai-system|TECHNOLOGY|high-risk AI system|high-risk AI systems
            general-purpose-ai-model|TECHNOLOGY|general-purpose AI model|general-purpose AI models;GPAI model;GPAI models
            semiconductor-manufacturing-equipment|TECHNOLOGY|semiconductor manufacturing equipment
            data-center|TECHNOLOGY|data center|data centers;data centre;data centres;datacenter;datacenters
            high-bandwidth-memory|TECHNOLOGY|high-bandwidth memory|HBM
            iaas|TECHNOLOGY|Infrastructure as a Service|IaaS
            dual-use|CONCEPT|dual-use|dual use;dual-use items
            critical-infrastructure|CONCEPT|critical infrastructure
            personal-data|CONCEPT|personal data
            national-security|CONCEPT|national security
            export-controls|CONCEPT|export controls|export control
            red-teaming|CONCEPT|red-teaming|red teaming;AI red-teaming
            zero-trust|CONCEPT|zero trust|zero trust architecture;zero-trust
            supply-chain-risk|CONCEPT|supply chain risk|supply-chain risk;supply chain risks
            license-exception|CONCEPT|license exception|license exceptions
            provider|CONCEPT|provider (AI Act)|providers;providers of high-risk AI systems
            deployer|CONCEPT|deployer|deployers
            controller|CONCEPT|controller (GDPR)|controllers
            exporter|CONCEPT|exporter|exporters;reexporters;transferors
            ai-developer|CONCEPT|AI developer|AI developers;developer of AI;developers of AI;developers of AI models;developers of AI systems;developers of artificial intelligence;AI model developer;AI model developers;model developer;model developers;frontier developer;frontier developers;large frontier developer;large frontier developers
            """;

    private static final EntityCatalog DEFAULT = new EntityCatalog(parse(TABLE));

    private final List<KnownEntity> entities;
    private final Map<String, KnownEntity> byKey = new HashMap<>();
    private final Map<String, KnownEntity> byName = new HashMap<>();

    private EntityCatalog(List<KnownEntity> entities) {
        this.entities = Collections.unmodifiableList(entities);
        for (KnownEntity entity : entities) {
            byKey.put(entity.key(), entity);
            for (String name : entity.names()) {
                byName.putIfAbsent(name.toLowerCase(Locale.ROOT), entity);
            }
        }
    }

    public static EntityCatalog standard() {
        return DEFAULT;
    }

    public List<KnownEntity> all() {
        return entities;
    }

    public Optional<KnownEntity> byKey(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** The entity whose preferred label or alias is exactly {@code name}, ignoring case and a leading "the". */
    public Optional<KnownEntity> byName(String name) {
        String normalized = name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        KnownEntity found = byName.get(normalized);
        if (found == null && normalized.startsWith("the ")) {
            found = byName.get(normalized.substring(4));
        }
        return Optional.ofNullable(found);
    }

    /**
     * The known entity a rule's bearer phrase names in its head ({@link BearerHead}): "the Secretary of Commerce,
     * acting through the Director of NIST" -> department-of-commerce; "all parties subject to the EAR" -> none.
     */
    public Optional<KnownEntity> bearerNamedIn(String bearer) {
        if (bearer == null) {
            return Optional.empty();
        }
        return EntityMatcher.forCatalog(this).find(bearer).stream()
                .filter(match -> BearerHead.holds(bearer, match.start()))
                .findFirst().map(match -> match.entity());
    }

    private static List<KnownEntity> parse(String table) {
        List<KnownEntity> entities = new ArrayList<>();
        for (String line : table.strip().split("\n")) {
            String[] fields = line.strip().split("\\|", -1);
            List<String> aliases = fields.length > 3 && !fields[3].isBlank()
                    ? Arrays.asList(fields[3].split(";")) : List.of();
            entities.add(new KnownEntity(fields[0], EntityType.valueOf(fields[1]), fields[2], aliases));
        }
        return entities;
    }
}
