package org.zhifa.evidence.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.zhifa.evidence.EvidenceAccess;
import org.zhifa.evidence.EvidenceNotes;
import org.zhifa.shared.CleanText;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/** RM21: a record used as evidence says who collected it, when and where; read under the case's access rule. */
@RestController
@Tag(name = "证据和音像记录")
class EvidenceNotesController {

    private final EvidenceNotes notes;
    private final EvidenceAccess access;

    EvidenceNotesController(EvidenceNotes notes, EvidenceAccess access) {
        this.notes = notes;
        this.access = access;
    }

    /** The written note of an AV record (RM21); each field bounded by its column in {@code evidence_notes}. */
    record NoteForm(
            @Size(max = 255, message = "收集人不能超过 {max} 个字符") @CleanText String collector,
            @Size(max = 40, message = "收集时间不能超过 {max} 个字符") @CleanText String collectedAt,
            @Size(max = 512, message = "地点不能超过 {max} 个字符") @CleanText String place,
            @Size(max = 2048, message = "备注不能超过 {max} 个字符") @CleanText(multiline = true) String remarks) {
    }

    @PostMapping("/api/evidence/{id}/notes")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyAuthority('handler', 'legal-reviewer', 'archivist', 'camunda-admin')")
    @Operation(summary = "作为证据使用：写明采集人、采集时间、地点，保存期限随卷宗（RM21）")
    EvidenceNotes.Note addNote(@PathVariable long id, @Valid @RequestBody NoteForm form,
            Authentication user) {
        return notes.add(id, form.collector(), form.collectedAt(), form.place(), form.remarks(), user.getName(),
                EvidenceController.groups(user));
    }

    @GetMapping("/api/evidence/{id}/notes")
    @Operation(summary = "证据说明")
    List<EvidenceNotes.Note> notes(@PathVariable long id, Authentication user) {
        access.view(id, user.getName(), EvidenceController.groups(user));
        return notes.of(id);
    }
}
