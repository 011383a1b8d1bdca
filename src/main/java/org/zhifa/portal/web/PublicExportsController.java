package org.zhifa.portal.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.zhifa.disclosure.PublishedResults;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Published results for the other channels of PM13 (websites, screens, the credit system): a CSV of everything that
 * matches a search, for spreadsheets, and an Atom feed of what was published or changed last.
 */
@RestController
@Tag(name = "公开：执法决定")
class PublicExportsController {

    /** Rows in one CSV export at most: a year of a large agency's decisions. */
    static final int CSV_LIMIT = 50_000;
    private static final String[] COLUMNS = { "决定文号", "案件名称", "当事人", "类别", "执法机关", "决定日期", "违法事实",
            "法律依据", "处理决定", "公示方式", "公示时间", "最近更新", "网址" };
    private final PublishedResults results;
    private final DateTimeFormatter shown;

    PublicExportsController(PublishedResults results, Clock clock) {
        this.results = results;
        this.shown = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(clock.getZone());
    }

    @GetMapping("/api/public/results.csv")
    @Operation(summary = "已公示的执法决定（CSV，UTF-8，检索条件同 /api/public/results）")
    ResponseEntity<StreamingResponseBody> csv(@RequestParam(required = false) String q,
            @RequestParam(required = false) String agency, @RequestParam(required = false) String kind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        PublishedResults.Criteria criteria = new PublishedResults.Criteria(q, agency, kind, from, to);
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().path("/portal/results/").toUriString();
        StreamingResponseBody body = out -> writeCsv(criteria, base, out);
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"results.csv\"; filename*=UTF-8''"
                        + "%E6%89%A7%E6%B3%95%E5%86%B3%E5%AE%9A%E5%85%AC%E7%A4%BA.csv")
                .body(body);
    }

    private void writeCsv(PublishedResults.Criteria criteria, String base, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(org.zhifa.shared.web.CsvCells.BOM);
        writer.write(String.join(",", COLUMNS) + "\r\n");
        int written = 0;
        for (int page = 0; written < CSV_LIMIT; page++) {
            List<PublishedResults.Result> batch = results.search(criteria, page, PublishedResults.MAX_PAGE_SIZE)
                    .results();
            for (PublishedResults.Result r : batch) {
                writer.write(String.join(",", cell(r.decisionNumber()), cell(r.caseName()), cell(r.partyShown()),
                        cell(PortalController.KINDS.getOrDefault(r.caseKind(), r.caseKind())), cell(r.agencyName()),
                        cell(String.valueOf(r.decisionDate())), cell(r.facts()), cell(r.legalBasis()),
                        cell(r.decision()), cell("full".equals(r.form()) ? "全文" : "摘要"),
                        cell(shown.format(r.publishedAt())), cell(shown.format(r.changedAt())), cell(base + r.id()))
                        + "\r\n");
                written++;
            }
            if (batch.size() < PublishedResults.MAX_PAGE_SIZE) {
                break;
            }
        }
        writer.flush();
    }

    static String cell(String value) {
        return org.zhifa.shared.web.CsvCells.cell(value);
    }

    @GetMapping(path = "/api/public/results.atom", produces = "application/atom+xml;charset=UTF-8")
    @Operation(summary = "新公示、更新的执法决定（Atom 订阅）")
    ResponseEntity<StreamingResponseBody> atom() {
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        List<PublishedResults.Result> latest = results.latest(50);
        StreamingResponseBody body = out -> {
            try {
                writeAtom(latest, base, out);
            } catch (XMLStreamException e) {
                throw new IOException(e);
            }
        };
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
                .body(body);
    }

    private static void writeAtom(List<PublishedResults.Result> latest, String base, OutputStream out)
            throws XMLStreamException {
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace("http://www.w3.org/2005/Atom");
        text(xml, "title", "行政执法决定公示");
        text(xml, "id", base + "/portal/results");
        text(xml, "updated", latest.isEmpty() ? "1970-01-01T00:00:00Z" : latest.get(0).changedAt().toString());
        link(xml, base + "/portal/results", "alternate");
        link(xml, base + "/api/public/results.atom", "self");
        for (PublishedResults.Result r : latest) {
            xml.writeStartElement("entry");
            text(xml, "title", r.decisionNumber() + " " + r.caseName());
            text(xml, "id", base + "/portal/results/" + r.id());
            text(xml, "published", r.publishedAt().toString());
            text(xml, "updated", r.changedAt().toString());
            link(xml, base + "/portal/results/" + r.id(), "alternate");
            xml.writeStartElement("author");
            text(xml, "name", r.agencyName());
            xml.writeEndElement();
            text(xml, "summary", "当事人：" + r.partyShown() + "；处理决定：" + r.decision() + "；决定日期：" + r.decisionDate());
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
    }

    private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value == null ? "" : value);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String href, String rel) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
    }
}
