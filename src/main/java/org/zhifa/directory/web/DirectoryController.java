package org.zhifa.directory.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zhifa.directory.Agency;
import org.zhifa.directory.Directory;
import org.zhifa.directory.Officer;
import org.zhifa.directory.OfficerPhotos;
import org.zhifa.shared.CleanText;
import org.zhifa.shared.PlausibleDate;
import org.zhifa.shared.InvalidInput;
import org.zhifa.shared.NotFound;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

@RestController
@RequestMapping("/api")
@Tag(name = "执法主体和执法人员", description = "执法机关、执法证（PM7.1、PM7.2、PM12）")
class DirectoryController {

    private final Directory directory;
    private final OfficerPhotos photos;

    DirectoryController(Directory directory, OfficerPhotos photos) {
        this.directory = directory;
        this.photos = photos;
    }

    /** What an agency is registered with; each field bounded by its column in {@code agencies}. */
    record AgencyForm(
            @NotBlank(message = "执法机关名称不能为空") @Size(max = 255, message = "执法机关名称不能超过 {max} 个字符")
            @CleanText String name,
            @NotBlank(message = "文号简称不能为空") @Size(max = 64, message = "文号简称不能超过 {max} 个字符")
            @CleanText String shortName,
            @Size(max = 255, message = "负责人不能超过 {max} 个字符") @CleanText String head,
            @Size(max = 512, message = "地址不能超过 {max} 个字符") @CleanText String address,
            @Pattern(regexp = PHONE, message = PHONE_RULE) String phone,
            @Pattern(regexp = PHONE, message = PHONE_RULE) String supervisionHotline) {
    }

    /** What an officer is registered with; each field bounded by its column in {@code officers}. */
    record OfficerForm(
            @NotBlank(message = "姓名不能为空") @Size(max = 255, message = "姓名不能超过 {max} 个字符") @CleanText String name,
            @NotBlank(message = "所属执法机关不能为空") @Pattern(regexp = CODE, message = CODE_RULE) String agencyCode,
            @Pattern(regexp = "[A-Za-z0-9._@-]{1,64}", message = "用户名应为 1–64 个字母、数字或 ._@-") String userId,
            @Size(max = 255, message = "职务不能超过 {max} 个字符") @CleanText String post,
            @Size(max = 255, message = "执法类别不能超过 {max} 个字符") @CleanText String category,
            @Size(max = 255, message = "执法区域不能超过 {max} 个字符") @CleanText String area,
            @PlausibleDate(message = "执法证有效期起应在 1949-10-01 至今后 {yearsAhead} 年之间") LocalDate validFrom,
            @PlausibleDate(message = "执法证有效期至应在 1949-10-01 至今后 {yearsAhead} 年之间") LocalDate validUntil,
            boolean revoked) {
    }

    /** Agency codes and certificate numbers: letters, digits, hyphens (no quotes, spaces or markup). */
    static final String CODE = "[A-Za-z0-9-]{1,32}";
    static final String CODE_RULE = "应为 1–32 个字母、数字或连字符";
    static final String CERTIFICATE = "[A-Za-z0-9-]{1,64}";
    /** A telephone number as agencies print it: digits, +, brackets, hyphens and spaces, 5 to 32 characters. */
    static final String PHONE = "[0-9+() -]{5,32}";
    static final String PHONE_RULE = "应为电话号码（数字、+、括号、连字符或空格，5–32 个字符）";

    @GetMapping("/agencies")
    @Operation(summary = "执法机关")
    List<Agency> agencies() {
        return directory.agencies();
    }

    @GetMapping("/agencies/{code}/officers")
    @Operation(summary = "执法机关的执法人员")
    List<Officer> officers(@PathVariable String code) {
        return directory.officersOf(code);
    }

    @GetMapping("/officers/{certificateNumber}")
    @Operation(summary = "按执法证号查询执法人员")
    Officer officer(@PathVariable String certificateNumber) {
        return directory.officer(certificateNumber).orElseThrow(() -> new NotFound(
                "执法证号 " + certificateNumber + " 不在执法人员名录中"));
    }

    @PutMapping("/agencies/{code}")
    @PreAuthorize("hasAuthority('camunda-admin')")
    @Operation(summary = "登记或修改执法机关（管理员）")
    Agency saveAgency(@PathVariable @Pattern(regexp = CODE, message = CODE_RULE) String code,
            @Valid @RequestBody AgencyForm form) {
        return directory.saveAgency(new Agency(code, form.name(), form.shortName())
                .withContact(form.head(), form.address(), form.phone(), form.supervisionHotline()));
    }

    @PutMapping("/officers/{certificateNumber}")
    @PreAuthorize("hasAuthority('camunda-admin')")
    @Operation(summary = "登记或修改执法人员（管理员）")
    Officer saveOfficer(@PathVariable @Pattern(regexp = CERTIFICATE, message = "执法证号应为 1–64 个字母、数字或连字符")
            String certificateNumber, @Valid @RequestBody OfficerForm form) {
        if (form.validFrom() != null && form.validUntil() != null && form.validUntil().isBefore(form.validFrom())) {
            throw new InvalidInput("执法证有效期 validUntil 不能早于 validFrom");
        }
        Officer officer = new Officer(certificateNumber, form.name(), form.agencyCode(), form.userId(),
                form.validFrom(), form.validUntil()).withPost(form.post(), form.category(), form.area());
        return directory.saveOfficer(form.revoked() ? officer.revoke() : officer);
    }

    @PutMapping(path = "/officers/{certificateNumber}/photo", consumes = { "image/jpeg", "image/png",
            "application/octet-stream" })
    @PreAuthorize("hasAuthority('camunda-admin')")
    @Operation(summary = "上传或更换执法人员照片（管理员；JPEG 或 PNG，不超过 2 MiB）")
    Map<String, Object> savePhoto(@PathVariable String certificateNumber, @RequestBody byte[] content) {
        OfficerPhotos.Photo photo = photos.save(certificateNumber, content);
        return Map.of("certificateNumber", certificateNumber, "contentType", photo.contentType(), "sha256",
                photo.sha256(), "updatedAt", photo.updatedAt());
    }
}
