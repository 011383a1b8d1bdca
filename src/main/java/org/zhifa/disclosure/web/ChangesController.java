package org.zhifa.disclosure.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.zhifa.disclosure.DecisionChanges;
import org.zhifa.disclosure.PublicationWithdrawals;
import org.zhifa.disclosure.Publications;
import org.zhifa.disclosure.PublishedResults;
import org.zhifa.shared.CleanText;
import org.zhifa.shared.NotFound;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/** PM16: disclosure officers publish a change of a decision; anyone reads the changes of a published result. */
@RestController
@Tag(name = "执法公示监督")
class ChangesController {

    /** Why a published result is taken off the platform: a PM11 ground and the reason. */
    /** Why a published result is withdrawn; bounded by its columns in {@code publication_versions}. */
    record WithdrawalForm(
            @Size(max = 16, message = "撤回情形不能超过 {max} 个字符") @CleanText String ground,
            @Size(max = 2048, message = "撤回理由不能超过 {max} 个字符") @CleanText(multiline = true) String reason) {
    }

    /** A change as the officer enters it; kind is changed, revoked or unlawful; changeDate yyyy-MM-dd. */
    record ChangeForm(
            @Size(max = 16, message = "变更种类不能超过 {max} 个字符") @CleanText String kind,
            @Size(max = 255, message = "作出变更的机关不能超过 {max} 个字符") @CleanText String changedBy,
            @Size(max = 128, message = "变更文书文号不能超过 {max} 个字符") @CleanText String documentNumber,
            @Size(max = 10, message = "变更日期不能超过 {max} 个字符") @CleanText String changeDate,
            @Size(max = 4000, message = "变更内容不能超过 {max} 个字符") @CleanText(multiline = true) String content) {
    }

    private final DecisionChanges changes;
    private final PublishedResults published;
    private final PublicationWithdrawals withdrawals;

    ChangesController(DecisionChanges changes, PublishedResults published, PublicationWithdrawals withdrawals) {
        this.changes = changes;
        this.published = published;
        this.withdrawals = withdrawals;
    }

    @PostMapping("/api/disclosure/publications/{id}/withdrawal")
    @PreAuthorize("hasAnyAuthority('disclosure-officer', 'camunda-admin')")
    @Operation(summary = "撤回已公示的执法决定（发现第十一条情形的；记入全过程记录）")
    ResponseEntity<Publications.Version> withdraw(@PathVariable long id, @Valid @RequestBody WithdrawalForm form,
            Authentication user) {
        return ResponseEntity.ok(withdrawals.withdraw(id, form.ground(), form.reason(), user.getName()));
    }

    @PostMapping("/api/disclosure/publications/{id}/changes")
    @PreAuthorize("hasAnyAuthority('disclosure-officer', 'camunda-admin')")
    @Operation(summary = "公示决定被变更、撤销或者确认违法的情况（第十六条）")
    ResponseEntity<DecisionChanges.Change> register(@PathVariable long id, @Valid @RequestBody ChangeForm form,
            Authentication user) {
        return ResponseEntity.status(HttpStatus.CREATED).body(changes.register(id, form.kind(), form.changedBy(),
                form.documentNumber(), form.changeDate(), form.content(), user.getName()));
    }

    @GetMapping("/api/public/results/{id}/changes")
    @Operation(summary = "已公示执法决定的变更、撤销、确认违法情况")
    List<DecisionChanges.Change> changes(@PathVariable long id) {
        if (published.find(id).isEmpty()) {
            throw new NotFound("没有编号为 " + id + " 的已公示执法决定");
        }
        return changes.changes(id);
    }
}
