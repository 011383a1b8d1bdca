package org.zhifa.supervision.web;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zhifa.supervision.TamperRuns;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** For supervisors (RM24): the nightly verification of every record, its history, and a run on demand. */
@RestController
@RequestMapping("/api/supervision/tamper-runs")
@Tag(name = "执法监督", description = "全过程记录防篡改校验（RM24）")
@PreAuthorize("hasAnyAuthority('supervisor', 'camunda-admin')")
class TamperRunController {

    private final TamperRuns runs;

    TamperRunController(TamperRuns runs) {
        this.runs = runs;
    }

    @PostMapping
    @Operation(summary = "立即校验全部案件的记录链、检查点和证据访问日志（由流程引擎执行，结果见历次校验）")
    ResponseEntity<Map<String, Object>> request(Authentication user) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("processInstanceId",
                runs.request(user.getName())));
    }

    @GetMapping
    @Operation(summary = "历次校验的结果（最近的在前）：校验的案件数、不完整的记录及原因、访问日志")
    List<TamperRuns.Run> latest(@RequestParam(defaultValue = "20") @Min(value = 1, message = "limit 至少为 {value}")
            @Max(value = 500, message = "limit 最多为 {value}") int limit) {
        return runs.latest(limit);
    }
}
