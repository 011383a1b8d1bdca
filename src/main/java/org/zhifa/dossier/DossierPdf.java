package org.zhifa.dossier;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.tika.Tika;
import org.springframework.stereotype.Component;
import org.zhifa.documents.DocumentFonts;
import org.zhifa.evidence.CaseDocument;
import org.zhifa.evidence.Derivation;
import org.zhifa.evidence.EvidenceExport;
import org.zhifa.evidence.EvidenceItem;
import org.zhifa.evidence.EvidenceKind;
import org.zhifa.evidence.EvidenceNotes;
import org.zhifa.record.RecordEntry;
import org.zhifa.record.Verification;

/**
 * The case file's PDF (RM20): the cover, the record's table of entries with their hashes, the evidence list with
 * each item's notes and place in the archive, the documents, how to check the archive, and the documents' text.
 */
@Component
class DossierPdf {

    private static final int DOCUMENT_TEXT_LIMIT = 200_000;

    private final DocumentFonts font;
    private final EvidenceExport export;
    private final ZoneId zone;
    private final DateTimeFormatter minutes = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final Tika tika = new Tika();

    DossierPdf(DocumentFonts font, EvidenceExport export, Clock clock) {
        this.font = font;
        this.export = export;
        this.zone = clock.getZone();
        this.tika.setMaxStringLength(DOCUMENT_TEXT_LIMIT);
    }

    byte[] render(String businessKey, Map<String, String> cover, List<RecordEntry> entries,
            Verification verification, EvidenceExport.CaseFiles files, Map<String, String> paths,
            Map<String, String> people) throws IOException {
        Map<String, String> steps = new LinkedHashMap<>();
        entries.forEach(entry -> steps.putIfAbsent(entry.getActivityId(), name(entry.getActivityName(),
                entry.getActivityId())));
        List<AutoCloseable> fonts = new ArrayList<>();
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("行政执法案卷 " + businessKey);
            info.setCreator("Zhifa 执法");
            PdfFlow flow = new PdfFlow(document, font.load(document, fonts));

            flow.newPage();
            flow.space(120);
            flow.centred("行政执法案卷", 26);
            flow.space(40);
            for (Map.Entry<String, String> line : cover.entrySet()) {
                flow.paragraph(line.getKey() + "：" + line.getValue(), 12, 40);
                flow.space(4);
            }

            flow.newPage();
            flow.heading("一、全过程记录目录（RM3、RM8）");
            for (RecordEntry entry : entries) {
                flow.paragraph(entry.getSeq() + ". " + time(entry.getEndedAt() != null ? entry.getEndedAt()
                        : entry.getStartedAt()) + "  " + name(entry.getActivityName(), entry.getActivityId()));
                flow.paragraph("执行人：" + (entry.getActor() == null ? "系统" : people.get(entry.getActor())) + "；法律依据："
                        + (entry.isUnmapped() ? "未标注" : entry.getLaw()) + "；流程：" + entry.getProcessDefinitionKey()
                        + " 第 " + entry.getProcessDefinitionVersion() + " 版", 9, 18);
                flow.paragraph("哈希：" + entry.getHash(), 8, 18);
                flow.space(3);
            }

            flow.heading("二、证据和音像记录清单（RM12、RM21）");
            if (files.evidence().isEmpty()) {
                flow.paragraph("无。");
            }
            for (EvidenceItem item : files.evidence()) {
                String kind = EvidenceKind.of(item.kind()).map(EvidenceKind::label).orElse(item.kind());
                String what = item.original() ? "原件" : Derivation.of(item.derivation()).map(Derivation::label)
                        .orElse(item.derivation()) + "（原件 " + item.derivedFrom() + "，" + item.derivationReason() + "）";
                flow.paragraph(item.id() + ". " + kind + " " + what + "  "
                        + (item.fileName() == null ? "" : item.fileName()));
                flow.paragraph("办案步骤：" + steps.getOrDefault(item.step(), item.step()) + "；录制人："
                        + dash(item.recordedBy()) + "；录制时间："
                        + (item.recordedAt() == null ? "—" : time(item.recordedAt())) + "；地点：" + dash(item.place())
                        + "；设备：" + dash(item.deviceId()), 9, 18);
                flow.paragraph("类型：" + item.detectedType() + "；大小：" + item.size() + " 字节；上传："
                        + people.get(item.uploadedBy()) + " " + time(item.uploadedAt()) + (item.storedLate() ? "；逾期存储（应不晚于 "
                                + item.storageLastDay() + "，RM20）" : ""), 9, 18);
                for (EvidenceNotes.Note note : files.notes().getOrDefault(item.id(), List.of())) {
                    flow.paragraph("证据说明：采集人 " + note.collector() + "，采集时间 " + time(note.collectedAt())
                            + "，地点 " + note.place() + (note.remarks() == null ? "" : "，" + note.remarks()), 9, 18);
                }
                flow.paragraph("卷内文件：" + paths.get("e" + item.id()), 9, 18);
                flow.paragraph("SHA-256：" + item.sha256(), 8, 18);
                flow.space(3);
            }

            flow.heading("三、执法文书");
            if (files.documents().isEmpty()) {
                flow.paragraph("无。");
            }
            for (int i = 0; i < files.documents().size(); i++) {
                CaseDocument doc = files.documents().get(i);
                flow.paragraph((i + 1) + ". " + doc.title() + "  " + time(doc.createdAt()) + "  "
                        + people.get(doc.createdBy()));
                flow.paragraph("卷内文件：" + paths.get("d" + i), 9, 18);
                flow.paragraph("SHA-256：" + doc.sha256(), 8, 18);
                flow.space(3);
            }

            flow.heading("四、核验说明");
            flow.paragraph("解压卷宗 ZIP 后，在 " + Dossier.safe(businessKey) + " 目录中执行 sha256sum -c " + Dossier.MANIFEST
                    + "，可逐一核对卷内文件与登记时的 SHA-256 是否一致；任何改动都会显示为 FAILED。全过程记录"
                    + (verification.valid() ? "哈希链完整" : "哈希链不完整") + "，可随时通过 /api/cases/" + businessKey
                    + "/record/verify 重新校验。");

            for (CaseDocument doc : files.documents()) {
                flow.newPage();
                flow.heading(doc.title());
                flow.paragraph("SHA-256：" + doc.sha256(), 8, 0);
                flow.space(6);
                flow.paragraph(text(files, doc));
            }
            flow.finish(businessKey + " 行政执法案卷");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } finally {
            for (AutoCloseable closeable : fonts) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    // nothing was written through it
                }
            }
        }
    }

    private String text(EvidenceExport.CaseFiles files, CaseDocument document) {
        try (InputStream in = export.open(files, document)) {
            return tika.parseToString(in).strip();
        } catch (Exception e) {
            return "（文书内容无法读取：" + e.getMessage() + "；原文件见卷内文件）";
        }
    }

    private String time(Instant instant) {
        return instant == null ? "—" : minutes.format(instant.atZone(zone));
    }

    private static String name(String name, String id) {
        return name == null || name.isBlank() ? id : name;
    }

    private static String dash(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }
}
