package org.zhifa.portal.web;

import java.time.LocalDate;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.zhifa.documents.Documents;
import org.zhifa.documents.IssuedDocument;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Anyone holding a document checks it is genuine by the verification code printed on it: its kind, number, agency,
 * date and SHA-256, never its content or its case. Codes are 59 random bits: they cannot be guessed.
 */
@RestController
@Tag(name = "公开接口", description = "公示平台开放数据")
class DocumentVerificationController {

    private final Documents documents;

    DocumentVerificationController(Documents documents) {
        this.documents = documents;
    }

    /**
     * What the public learns of a genuine document.
     *
     * @param ofdSha256 the SHA-256 of a decision's OFD copy, else null
     */
    public record Verified(String verificationCode, String title, String number, String agencyName, LocalDate issuedOn,
            int pages, String sha256, String ofdSha256) {
        public static Verified of(IssuedDocument d) {
            return new Verified(d.printedCode(), d.title(), d.number(), d.agencyName(), d.issuedOn(), d.pages(),
                    d.sha256(), d.ofdSha256());
        }
    }

    @GetMapping("/api/public/documents/verify")
    @Operation(summary = "按校验码查验执法文书真伪：种类、文号、机关、日期和 SHA-256，不含内容")
    Verified verify(@RequestParam String code) {
        return documents.byCode(code).map(Verified::of).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.NOT_FOUND, "校验码 " + shorten(code) + " 不属于本平台出具的任何文书"));
    }

    static String shorten(String code) {
        return code.length() > 40 ? code.substring(0, 40) : code;
    }
}
