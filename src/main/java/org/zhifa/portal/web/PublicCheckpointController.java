package org.zhifa.portal.web;

import java.time.Instant;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.zhifa.record.Checkpoints;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The latest signed checkpoint of the full-process record, for anyone to keep and compare (RM4): its time, how many
 * cases it covers, the Merkle root, the signature and the public key. Case numbers stay inside.
 */
@Controller
@Tag(name = "公开接口", description = "公示平台开放数据")
class PublicCheckpointController {

    private final Checkpoints checkpoints;

    PublicCheckpointController(Checkpoints checkpoints) {
        this.checkpoints = checkpoints;
    }

    record PublicCheckpoint(long number, Instant createdAt, long cases, String root, String previousRoot, String keyId,
            String signedStatement, String signature, boolean timeStamped, String publicKey) {
    }

    @GetMapping("/api/public/record/checkpoint")
    @ResponseBody
    @Operation(summary = "全过程记录的最新签名检查点")
    PublicCheckpoint latest() {
        return checkpoints.latest().map(c -> new PublicCheckpoint(c.id(), c.createdAt(), c.treeSize(), c.root(),
                c.previousRoot(), c.keyId(), c.signedStatement(), c.signature(), c.timeStamped(), checkpoints.publicKey()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "尚无检查点"));
    }

    @GetMapping("/portal/checkpoint")
    String page(Model model) {
        model.addAttribute("checkpoint", checkpoints.latest().orElse(null));
        model.addAttribute("publicKey", checkpoints.publicKey());
        return "portal/checkpoint";
    }
}
