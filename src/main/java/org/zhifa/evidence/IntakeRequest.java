package org.zhifa.evidence;

import java.util.List;

import org.zhifa.shared.CleanText;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What an uploader says about a piece of evidence; the bytes come separately as a stream. Each field is bounded by
 * where it is stored (the {@code evidence_items} columns), checked before a byte is stored.
 *
 * @param step           the BPMN activity id or task id of the case step it belongs to
 * @param kind           document, photo, audio or video
 * @param focus          RM12 tags: scene, people, items, measures, documents, other
 * @param recordedAt     when it was recorded, ISO-8601 date or date-time
 * @param declaredSha256 the SHA-256 the device computed, checked against the bytes; may be null
 * @param returnedAt     for field, water or remote work: the date the officers returned to the agency (RM20)
 */
public record IntakeRequest(
        @NotBlank(message = "缺少案件编号") @Size(max = 255, message = "案件编号不能超过 {max} 个字符") String businessKey,
        @Size(max = 255, message = "办案步骤不能超过 {max} 个字符") String step,
        @Size(max = 16, message = "证据种类不能超过 {max} 个字符") String kind,
        @Size(max = 6, message = "记录重点最多 {max} 项")
        List<@Size(max = 16, message = "记录重点不能超过 {max} 个字符") String> focus,
        @Size(max = 255, message = "记录人不能超过 {max} 个字符") @CleanText String recordedBy,
        @Size(max = 40, message = "录制时间不能超过 {max} 个字符") String recordedAt,
        @Size(max = 512, message = "地点不能超过 {max} 个字符") @CleanText String place,
        @Size(max = 255, message = "设备编号不能超过 {max} 个字符") @CleanText String deviceId,
        @Size(max = 512, message = "文件名不能超过 {max} 个字符") @CleanText String fileName,
        @Size(max = 255, message = "声明的文件类型不能超过 {max} 个字符") @CleanText String declaredType,
        @Pattern(regexp = "[0-9a-fA-F]{64}", message = "声明的 SHA-256 应为 64 位十六进制数") String declaredSha256,
        @Size(max = 10, message = "返回日期应为 yyyy-MM-dd") String returnedAt) {
}
