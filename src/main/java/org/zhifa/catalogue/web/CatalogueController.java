package org.zhifa.catalogue.web;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhifa.catalogue.Catalogue;
import org.zhifa.catalogue.CatalogueSettings;
import org.zhifa.shared.CleanText;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/**
 * PM7, PM15: disclosure officers maintain their agency's catalogue — every change a version, reviewed and published
 * in Tasklist within 20 working days; supervisors see what is overdue.
 */
@RestController
@RequestMapping("/api/disclosure/catalogue")
@Tag(name = "事前公开目录", description = "权责清单、随机抽查事项清单、救济渠道等的维护和变更（第七条、第十五条）")
class CatalogueController {

    /** An entry as the officer enters it: its name, its fields by the section's field names, what changed. */
    record EntryForm(
            @Size(max = 255, message = "事项名称不能超过 {max} 个字符") @CleanText String title,
            @Size(max = 64, message = "内容最多 {max} 个字段") Map<String, Object> content,
            @Size(max = 1024, message = "变更说明不能超过 {max} 个字符") @CleanText(multiline = true) String note) {
    }

    /** Why an entry is taken off the catalogue. */
    record RemovalForm(
            @Size(max = 1024, message = "删除理由不能超过 {max} 个字符") @CleanText(multiline = true) String note) {
    }

    private final Catalogue catalogue;

    CatalogueController(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/sections")
    @Operation(summary = "可维护的公开栏目及其字段")
    List<CatalogueSettings.Section> sections() {
        return catalogue.sections();
    }

    @PutMapping("/{agency}/{section}/{key}")
    @PreAuthorize("hasAnyAuthority('disclosure-officer', 'camunda-admin')")
    @Operation(summary = "新增或者变更事项（提交审核，20 个工作日内公示）")
    ResponseEntity<Catalogue.Version> propose(@PathVariable String agency, @PathVariable String section,
            @PathVariable String key, @Valid @RequestBody EntryForm form, Authentication user) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(catalogue.propose(agency, section, key, form.title(),
                form.content(), form.note(), user.getName()));
    }

    @PostMapping("/{agency}/{section}/{key}/removal")
    @PreAuthorize("hasAnyAuthority('disclosure-officer', 'camunda-admin')")
    @Operation(summary = "删除已公示的事项（提交审核）")
    ResponseEntity<Catalogue.Version> remove(@PathVariable String agency, @PathVariable String section,
            @PathVariable String key, @Valid @RequestBody RemovalForm form, Authentication user) {
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(catalogue.proposeRemoval(agency, section, key, form.note(), user.getName()));
    }

    @GetMapping("/{agency}/{section}/{key}/versions")
    @PreAuthorize("hasAnyAuthority('disclosure-officer', 'supervisor', 'leader', 'camunda-admin')")
    @Operation(summary = "事项的全部版本：谁、何时变更，审核结果")
    List<Catalogue.Version> versions(@PathVariable String agency, @PathVariable String section,
            @PathVariable String key) {
        return catalogue.versions(agency, section, key);
    }
}
