package org.zhifa.dossier;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.zhifa.evidence.Derivation;
import org.zhifa.evidence.EvidenceExport;
import org.zhifa.evidence.EvidenceItem;
import org.zhifa.evidence.EvidenceKind;
import org.zhifa.evidence.EvidenceNotes;
import org.zhifa.record.RecordEntry;
import org.zhifa.record.Verification;

/** The parts of the case file the server writes itself: cover, evidence list, 备考表 and the record annex. */
final class DossierSections {

    private final ZoneId zone;
    private final DateTimeFormatter minutes = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    DossierSections(ZoneId zone) {
        this.zone = zone;
    }

    /** 卷宗封面. */
    void cover(PdfFlow flow, Map<String, String> cover) throws IOException {
        flow.newPage();
        flow.space(110);
        flow.centred("行政执法案卷", 26);
        flow.space(40);
        for (Map.Entry<String, String> line : cover.entrySet()) {
            flow.paragraph(line.getKey() + "：" + line.getValue(), 12, 40);
            flow.space(4);
        }
    }

    /** 证据和音像记录清单 (RM12, RM21): each item, its notes, copies and where it lies in the ZIP. */
    void evidence(PdfFlow flow, List<RecordEntry> entries, EvidenceExport.CaseFiles files, Map<String, String> paths,
            Map<String, String> people, Map<Long, String> signed) throws IOException {
        Map<String, String> steps = new LinkedHashMap<>();
        entries.forEach(entry -> steps.putIfAbsent(entry.getActivityId(), name(entry.getActivityName(),
                entry.getActivityId())));
        flow.newPage();
        flow.heading("证据和音像记录清单（RM12、RM21）");
        if (files.evidence().isEmpty()) {
            flow.paragraph("无。");
        }
        for (EvidenceItem item : files.evidence()) {
            String kind = EvidenceKind.of(item.kind()).map(EvidenceKind::label).orElse(item.kind());
            String what = item.original() ? "原件" : Derivation.of(item.derivation()).map(Derivation::label)
                    .orElse(item.derivation()) + "（原件 " + item.derivedFrom() + "，" + item.derivationReason() + "）";
            flow.paragraph(item.id() + ". " + kind + " " + what + "  " + (item.fileName() == null ? "" : item.fileName()));
            if (signed.containsKey(item.id())) {
                flow.paragraph("签名件：" + signed.get(item.id()) + " 经签名后的扫描件", 9, 18);
            }
            flow.paragraph("办案步骤：" + steps.getOrDefault(item.step(), item.step()) + "；录制人：" + dash(item.recordedBy())
                    + "；录制时间：" + (item.recordedAt() == null ? "—" : time(item.recordedAt())) + "；地点："
                    + dash(item.place()) + "；设备：" + dash(item.deviceId()), 9, 18);
            flow.paragraph("类型：" + item.detectedType() + "；大小：" + item.size() + " 字节；上传："
                    + people.get(item.uploadedBy()) + " " + time(item.uploadedAt()) + (item.storedLate()
                            ? "；逾期存储（应不晚于 " + item.storageLastDay() + "，RM20）" : ""), 9, 18);
            for (EvidenceNotes.Note note : files.notes().getOrDefault(item.id(), List.of())) {
                flow.paragraph("证据说明：采集人 " + note.collector() + "，采集时间 " + time(note.collectedAt()) + "，地点 "
                        + note.place() + (note.remarks() == null ? "" : "，" + note.remarks()), 9, 18);
            }
            flow.paragraph("卷内文件：" + paths.get("e" + item.id()), 9, 18);
            flow.paragraph("SHA-256：" + item.sha256(), 8, 18);
            flow.space(3);
        }
    }

    /** 备考表: what the file holds, who filed and who checked it. */
    void keeping(PdfFlow flow, String businessKey, EvidenceExport.CaseFiles files, List<RecordEntry> entries,
            Verification verification, int documentPages, DossierPdf.Keeping keeping) throws IOException {
        flow.newPage();
        flow.centred("备考表", 18);
        flow.space(10);
        flow.paragraph("本卷为案件 " + businessKey + " 的行政执法案卷，内有执法文书 " + files.documents().size() + " 件共 "
                + documentPages + " 页；证据和音像记录 " + files.evidence().size() + " 件，电子文件见卷宗 ZIP 的“证据/”目录，"
                + "按 SHA256SUMS 核对；全过程记录 " + entries.size() + " 条，哈希链" + (verification.valid() ? "完整。"
                        : "不完整（第 " + verification.brokenSeq() + " 条：" + verification.reason() + "）。"), 11, 0);
        flow.space(16);
        flow.paragraph("立卷人：" + dash(keeping.archivist()) + "　立卷时间："
                + (keeping.archivedAt() == null ? "未归档" : time(keeping.archivedAt())), 11, 0);
        flow.space(8);
        flow.paragraph("检查人（签名）：________________　检查时间：________________", 11, 0);
        flow.space(8);
        flow.paragraph("本卷由 " + dash(keeping.exportedBy()) + " 于 " + time(keeping.exportedAt()) + " 从系统导出。", 11, 0);
    }

    /** The annex: every record entry with its law item and hash, and how to check the file. */
    void record(PdfFlow flow, String businessKey, List<RecordEntry> entries, Verification verification,
            Map<String, String> people) throws IOException {
        flow.newPage();
        flow.heading("附：全过程记录目录（RM3、RM8）");
        for (RecordEntry entry : entries) {
            flow.paragraph(entry.getSeq() + ". " + time(entry.getEndedAt() != null ? entry.getEndedAt()
                    : entry.getStartedAt()) + "  " + name(entry.getActivityName(), entry.getActivityId()));
            flow.paragraph("执行人：" + (entry.getActor() == null ? "系统" : people.get(entry.getActor())) + "；法律依据："
                    + (entry.isUnmapped() ? "未标注" : entry.getLaw()) + "；流程：" + entry.getProcessDefinitionKey()
                    + " 第 " + entry.getProcessDefinitionVersion() + " 版", 9, 18);
            flow.paragraph("哈希：" + entry.getHash(), 8, 18);
            flow.space(3);
        }
        flow.heading("核验说明");
        flow.paragraph("解压卷宗 ZIP 后，在 " + Dossier.safe(businessKey) + " 目录中执行 sha256sum -c " + Dossier.MANIFEST
                + "，可逐一核对卷内文件与登记时的 SHA-256 是否一致；任何改动都会显示为 FAILED。全过程记录"
                + (verification.valid() ? "哈希链完整" : "哈希链不完整") + "，可随时通过 /api/cases/" + businessKey
                + "/record/verify 重新校验。每份执法文书页脚的校验码可在公示平台“文书查验”核对。");
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
