package org.zhifa.record.web;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.zhifa.record.Checkpoints;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "全过程记录", description = "案件每一步的记录及其完整性校验（RM3、RM4、RM8、RM24）")
class CheckpointController {

    private static final String OVERSIGHT = "hasAnyAuthority('supervisor', 'camunda-admin')";

    private final Checkpoints checkpoints;

    CheckpointController(Checkpoints checkpoints) {
        this.checkpoints = checkpoints;
    }

    @PostMapping("/api/record/checkpoints")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(OVERSIGHT)
    @Operation(summary = "立即生成检查点：对全部案件的记录链头计算 Merkle 根并签名，存入对象存储")
    Checkpoints.Checkpoint take() {
        return checkpoints.take();
    }

    @GetMapping("/api/record/checkpoints/latest")
    @PreAuthorize(OVERSIGHT)
    @Operation(summary = "最新的检查点")
    Checkpoints.Checkpoint latest() {
        return checkpoints.latest().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "尚无检查点"));
    }
}
