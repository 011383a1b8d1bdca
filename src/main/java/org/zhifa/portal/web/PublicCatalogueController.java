package org.zhifa.portal.web;

import java.util.List;
import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhifa.catalogue.Procedures;
import org.zhifa.shared.NotFound;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The open API of the pre-enforcement catalogue (PM7, PM13): agencies, officers, entries, guides, flow charts. */
@RestController
@RequestMapping("/api/public")
@Tag(name = "事前公开（开放接口）", description = "执法主体、执法人员、权责清单、执法流程、服务指南等（第七条）")
class PublicCatalogueController {

    private final AgencyCatalogue catalogue;
    private final Procedures procedures;

    PublicCatalogueController(AgencyCatalogue catalogue, Procedures procedures) {
        this.catalogue = catalogue;
        this.procedures = procedures;
    }

    @GetMapping("/agencies")
    @Operation(summary = "执法主体")
    List<AgencyCatalogue.PublicAgency> agencies() {
        return catalogue.agencies();
    }

    @GetMapping("/agencies/{code}/catalogue")
    @Operation(summary = "执法主体的事前公开信息：执法人员、权责清单、随机抽查事项、救济渠道、服务指南、执法流程、音像记录事项")
    AgencyCatalogue.View agency(@PathVariable String code) {
        return catalogue.view(code).orElseThrow(() -> new NotFound("没有执法主体 " + code));
    }

    @GetMapping("/officers/{certificateNumber}/photo")
    @Operation(summary = "执法人员照片（执法证有效期内）")
    ResponseEntity<byte[]> photo(@PathVariable String certificateNumber) {
        return catalogue.photo(certificateNumber)
                .map(photo -> ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType()))
                        .cacheControl(CacheControl.noCache()).eTag(photo.sha256())
                        .body(photo.content()))
                .orElseThrow(() -> new NotFound("执法证号 " + certificateNumber + " 没有公示的照片"));
    }

    @GetMapping("/service-guides/{code}")
    @Operation(summary = "服务指南：申请材料和示范文本")
    AgencyCatalogue.Guide guide(@PathVariable String code) {
        return catalogue.guide(code).orElseThrow(() -> new NotFound("没有服务事项 " + code));
    }

    @GetMapping("/procedures")
    @Operation(summary = "执法流程（现行有效的流程模型）")
    List<Procedures.Procedure> procedures() {
        return procedures.procedures();
    }

    @GetMapping("/procedures/{key}")
    @Operation(summary = "执法流程的步骤及依据")
    Map<String, Object> procedure(@PathVariable String key) {
        Procedures.Procedure procedure = procedures.procedure(key)
                .orElseThrow(() -> new NotFound("没有公示的执法流程 " + key));
        return Map.of("procedure", procedure, "steps", procedures.steps(key));
    }

    @GetMapping(path = "/procedures/{key}/diagram.bpmn", produces = "application/xml;charset=UTF-8")
    @Operation(summary = "执法流程图（BPMN 2.0 XML，去掉引擎配置）")
    String diagram(@PathVariable String key) {
        return procedures.diagram(key).orElseThrow(() -> new NotFound("没有公示的执法流程 " + key));
    }
}
